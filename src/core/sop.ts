// The SOP "Pengumpulan Data Kinerja" as data (shared/sop): the seed of the `SOP` sheet and the
// standard times the step tracker compares against. The SOP numbers its steps 1–4 and 6–9 (there is
// no step 5) and the executor marks of steps 2–6 are not legible, so those executors are defaults
// that an office edits in its own `SOP` sheet — which is why the add-in reads the steps from there.
import { PeriodId, SOP_SHEET } from "./contract";
import { readLayout } from "./layout";
import type { ProblemText } from "./messages";
import { Problem, problem } from "./problems";
import { a1, Cell, cellText, findSheet, WorkbookSnapshot } from "./workbook";
import { parseWaktuBaku } from "./workingTime";

export type Pelaksana = "Sekretaris" | "Kepala Bidang" | "Kasubag Perencanaan" | "Staf";
export const PELAKSANA: readonly Pelaksana[] = [
  "Sekretaris",
  "Kepala Bidang",
  "Kasubag Perencanaan",
  "Staf",
];

export type SopStep = {
  no: number;
  kegiatan: string;
  /** One of PELAKSANA in the seed; an office's own sheet may name another office holder. */
  pelaksana: string;
  persyaratan: string;
  waktuBaku: string;
  output: string;
  keputusan: string;
};

export const SOP_COLUMNS = [
  "No",
  "Kegiatan",
  "Pelaksana",
  "Persyaratan/Kelengkapan",
  "Waktu Baku",
  "Output",
  "Keputusan",
] as const;

export const SOP_STEPS: readonly SopStep[] = [
  {
    no: 1,
    kegiatan:
      "Mengumpulkan data laporan kinerja triwulan kepada subbag/seksi, OPD dan instansi terkait",
    pelaksana: "Sekretaris",
    persyaratan: "Perjanjian Kinerja, Rencana Aksi",
    waktuBaku: "15 Menit",
    output: "Disposisi",
    keputusan: "",
  },
  {
    no: 2,
    kegiatan: "Merekap laporan kinerja triwulan",
    pelaksana: "Staf",
    persyaratan: "Disposisi, Perjanjian Kinerja, Rencana Aksi",
    waktuBaku: "30 Menit",
    output: "Lembar Disposisi",
    keputusan: "",
  },
  {
    no: 3,
    kegiatan: "Mengolah data laporan kinerja triwulan",
    pelaksana: "Staf",
    persyaratan: "Disposisi, Perjanjian Kinerja, Rencana Aksi, Laporan",
    waktuBaku: "2 Menit",
    output: "Draft Laporan Kinerja",
    keputusan: "",
  },
  {
    no: 4,
    kegiatan: "Menyusun laporan kinerja triwulan",
    pelaksana: "Kepala Bidang",
    persyaratan: "Perjanjian Kinerja, Rencana Aksi, Draft Laporan Kinerja",
    waktuBaku: "30 Menit",
    output: "Draft Laporan Kinerja",
    keputusan: "",
  },
  {
    no: 6,
    kegiatan: "Merekap 2 (dua) laporan triwulan untuk menyusun laporan semester",
    pelaksana: "Staf",
    persyaratan: "Catatan Pembagian Tugas",
    waktuBaku: "2 Hari",
    output: "Disposisi",
    keputusan: "",
  },
  {
    no: 7,
    kegiatan: "Menyusun laporan semester dan laporan tahunan",
    pelaksana: "Kasubag Perencanaan",
    persyaratan: "Data Laporan Kinerja Triwulan",
    waktuBaku: "120 Hari",
    output: "Lembar Disposisi",
    keputusan: "Ya: lanjut ke langkah 8; Tidak: kembali ke langkah 4",
  },
  {
    no: 8,
    kegiatan: "Mensosialisasikan laporan semesteran",
    pelaksana: "Kasubag Perencanaan",
    persyaratan: "Hasil Koreksi Laporan Kinerja Triwulan",
    waktuBaku: "60 Menit",
    output: "Draft Laporan Kinerja",
    keputusan: "",
  },
  {
    no: 9,
    kegiatan: "Menyusun 2 (dua) laporan semesteran menjadi laporan kinerja tahunan",
    pelaksana: "Kasubag Perencanaan",
    persyaratan: "Laporan Kinerja Triwulan",
    waktuBaku: "15 Menit",
    output: "Draft Laporan Kinerja",
    keputusan: "",
  },
];

/** The step the add-in's own recap carries out, recorded in the tracker with the recap. */
export const RECAP_STEP: Record<PeriodId, number> = { semester1: 6, semester2: 6, tahunan: 9 };
/** The Kasubag's decision Ya / Tidak on a semester or annual report. */
export const DECISION_STEP = 7;

const SOP_HEADERS = {
  no: SOP_COLUMNS[0],
  kegiatan: SOP_COLUMNS[1],
  pelaksana: SOP_COLUMNS[2],
  persyaratan: SOP_COLUMNS[3],
  waktuBaku: SOP_COLUMNS[4],
  output: SOP_COLUMNS[5],
  keputusan: SOP_COLUMNS[6],
} as const;
type SopKey = keyof typeof SOP_HEADERS;

export type SopSteps = { steps: SopStep[]; problems: Problem[]; source: "sheet" | "seed" };

/**
 * The steps of the workbook's `SOP` sheet, ordered by No. A row whose No is unreadable is left out; a
 * row whose Waktu Baku is unreadable is kept (its duration cannot be judged) and reported. Without a
 * usable sheet the seed applies, so the tracker always has steps to offer.
 */
export function readSopSteps(book: WorkbookSnapshot): SopSteps {
  const sheet = findSheet(book, SOP_SHEET);
  if (!sheet) return { steps: [...SOP_STEPS], problems: [], source: "seed" };
  const problems: Problem[] = [];
  const layout = readLayout(
    sheet,
    SOP_HEADERS,
    ["no", "kegiatan", "waktuBaku"],
    problems,
    SOP_HEADERS.kegiatan
  );
  if (!layout) return { steps: [...SOP_STEPS], problems, source: "seed" };
  const report = (row: number, key: SopKey, text: ProblemText) =>
    problems.push(
      problem({
        sheet: SOP_SHEET,
        cell: a1(row, layout.columns[key] ?? 0),
        severity: "error",
        text,
      })
    );
  const seen = new Map<number, number>();
  const steps: SopStep[] = [];
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const at = (key: SopKey): Cell | undefined => {
      const col = layout.columns[key];
      return col === undefined ? undefined : sheet.rows[r]?.[col];
    };
    const text = (key: SopKey) => cellText(at(key)?.value);
    const noText = text("no");
    if (noText === "" && text("kegiatan") === "") continue;
    const no = /^\d+\.?$/.test(noText) ? Number(noText.replace(".", "")) : NaN;
    if (!(no >= 1)) {
      report(
        r,
        "no",
        noText === "" ? { key: "sopNoBlank" } : { key: "sopNoInvalid", params: { no: noText } }
      );
      continue;
    }
    if (seen.has(no)) {
      report(r, "no", { key: "sopStepTwice", params: { no, row: (seen.get(no) as number) + 1 } });
      continue;
    }
    seen.set(no, r);
    const waktuBaku = text("waktuBaku");
    if (parseWaktuBaku(waktuBaku) === undefined)
      report(r, "waktuBaku", { key: "waktuBakuUnknown", params: { value: waktuBaku } });
    steps.push({
      no,
      kegiatan: text("kegiatan"),
      pelaksana: text("pelaksana"),
      persyaratan: text("persyaratan"),
      waktuBaku,
      output: text("output"),
      keputusan: text("keputusan"),
    });
  }
  if (steps.length === 0) {
    problems.push(
      problem({
        sheet: SOP_SHEET,
        cell: a1(layout.headerRow, 0),
        severity: "error",
        text: { key: "sopEmpty" },
      })
    );
    return { steps: [...SOP_STEPS], problems, source: "seed" };
  }
  return { steps: steps.sort((a, b) => a.no - b.no), problems, source: "sheet" };
}

/** A step of the office's SOP, or of the seed when the office's sheet lacks it. */
export function stepByNo(steps: readonly SopStep[], no: number): SopStep | undefined {
  return steps.find((s) => s.no === no) ?? SOP_STEPS.find((s) => s.no === no);
}
