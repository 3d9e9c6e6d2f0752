// The draft of LKjIP (PermenPAN-RB 53/2014) chapter III "Akuntabilitas Kinerja", section A
// "Capaian Kinerja Organisasi", as plain data: headings, paragraphs and tables that a renderer lays out
// (src/report/docx.ts). Every sentence is made from the figures; what only people know (causes,
// solutions, programmes, efficiency) is a marked placeholder, never invented text.
import { Band, sortScale } from "./capaian";
import { RecapRow } from "./recap";
import { ApprovalShown, approvalLines, formatFigure, letterheadLines } from "./report";
import { RiwayatRow } from "./riwayat";
import { Settings } from "./settings";
import { capaianSentence, historyYears, renstraSentence, riwayatByYear } from "./lkjipFigures";
import { historyTable, LkjipTable, measuredTable, renstraTable } from "./lkjipTables";

export type { LkjipColumn, LkjipTable } from "./lkjipTables";
/** `placeholder`: what the office must write, marked as such; `note`: where the figures come from. */
export type LkjipTone = "body" | "label" | "note" | "placeholder";
export type LkjipBlock =
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string; tone: LkjipTone }
  | { kind: "table"; table: LkjipTable };
export type LkjipDocument = {
  letterhead: string[];
  title: string;
  subtitle: string;
  blocks: LkjipBlock[];
};

/** The Tahunan recap's approval as the draft states it (src/app/approvals.ts decides which). */
export type LkjipApproval =
  ({ state: "approved" } & ApprovalShown) | { state: "changed" } | { state: "none" };

export type LkjipInput = {
  /** The Tahunan recap's rows, in Perjanjian Kinerja order. */
  rows: readonly RecapRow[];
  riwayat: readonly RiwayatRow[];
  settings: Settings;
  approval: LkjipApproval;
};

/** What people must write for each Sasaran: PermenPAN-RB 53/2014's analysis items the figures cannot give. */
export const PLACEHOLDERS: readonly { label: string; ask: string }[] = [
  {
    label: "Penyebab keberhasilan/kegagalan",
    ask: "penyebab keberhasilan atau kegagalan, peningkatan atau penurunan kinerja sasaran ini",
  },
  { label: "Alternatif solusi", ask: "alternatif solusi yang telah dan akan dilakukan" },
  {
    label: "Program/kegiatan penunjang",
    ask: "program dan kegiatan yang menunjang keberhasilan atau kegagalan sasaran ini",
  },
  {
    label: "Efisiensi penggunaan sumber daya",
    ask: "efisiensi penggunaan sumber daya (anggaran, SDM, sarana) untuk sasaran ini",
  },
];

const placeholderText = (ask: string): string => `[Diisi: ${ask}]`;

const NO_SASARAN = "(Sasaran Strategis belum diisi di Perjanjian Kinerja)";

/** Indicators grouped by Sasaran Strategis, in the order Perjanjian Kinerja first names each. */
function bySasaran(rows: readonly RecapRow[]): { sasaran: string; rows: RecapRow[] }[] {
  const groups = new Map<string, { sasaran: string; rows: RecapRow[] }>();
  for (const row of rows) {
    const text = row.indicator.sasaran.trim().replace(/\s+/g, " ");
    const key = text.toLowerCase();
    const group = groups.get(key) ?? { sasaran: text === "" ? NO_SASARAN : text, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function buildLkjip(input: LkjipInput): LkjipDocument {
  const { rows, settings } = input;
  const year = settings.year;
  const yearText = year === null ? "" : ` Tahun ${year}`;
  const groups = bySasaran(rows);
  const blocks: LkjipBlock[] = [
    {
      kind: "paragraph",
      tone: "note",
      text: "Draf disusun otomatis oleh Rekap Kinerja dari angka buku kerja. Bagian bertanda [Diisi: …] wajib ditulis penyusun; kalimat lain dibentuk dari angka saja.",
    },
    { kind: "heading", level: 1, text: "BAB III AKUNTABILITAS KINERJA" },
    { kind: "heading", level: 2, text: "A. Capaian Kinerja Organisasi" },
    ...introduction(input, groups.length),
  ];
  let tableNo = 0;
  const caption = (what: string) => `Tabel 3.${++tableNo} ${what}`;
  groups.forEach((group, i) => {
    blocks.push({
      kind: "heading",
      level: 3,
      text: `Sasaran Strategis ${i + 1}: ${group.sasaran}`,
    });
    blocks.push(...sasaranBlocks(group.rows, input, i + 1, caption));
  });
  return {
    letterhead: letterheadLines(settings),
    title: `DRAF LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)${yearText.toUpperCase()}`,
    subtitle: settings.values["Nama Instansi"]?.trim() ?? "",
    blocks,
  };
}

/** What the chapter measures and how, the Kategori counts, where the figures come from. */
function introduction(input: LkjipInput, sasaranCount: number): LkjipBlock[] {
  const { rows, settings, approval } = input;
  const year = settings.year === null ? "ini" : String(settings.year);
  const scale = sortScale(settings.scale);
  const counted = scale
    .map((b: Band) => [b.label, rows.filter((r) => r.kategori === b.label).length] as const)
    .filter(([, n]) => n > 0);
  const body = (text: string): LkjipBlock => ({ kind: "paragraph", tone: "body", text });
  const note = (text: string): LkjipBlock => ({ kind: "paragraph", tone: "note", text });
  return [
    body(
      `Pengukuran kinerja tahun ${year} membandingkan target dan realisasi ${rows.length} indikator kinerja dari ${sasaranCount} sasaran strategis Perjanjian Kinerja. Capaian indikator berpolaritas positif dihitung sebagai realisasi ÷ target × 100; indikator berpolaritas negatif (makin kecil makin baik) sebagai (2 × target − realisasi) ÷ target × 100. Capaian terhadap target akhir Renstra memakai rumus yang sama terhadap target akhir.`
    ),
    body(
      `Kategori capaian: ${scale.map(bandText).join(", ")}.` +
        (counted.length > 0
          ? ` Dari ${rows.length} indikator: ${counted.map(([label, n]) => `${n} ${label}`).join(", ")}.`
          : "")
    ),
    note(
      `Sumber angka: lembar Tahunan (rekap tahun ${year}) dan lembar Riwayat (tahun-tahun sebelumnya).`
    ),
    ...approvalNote(approval, year).map(note),
  ];
}

/** `Tinggi (≥ 76)`; the lowest band, open below, as `Sangat Rendah (< 51)`. */
const bandText = (band: Band, i: number, scale: readonly Band[]): string =>
  Number.isFinite(band.min)
    ? `${band.label} (≥ ${formatFigure(band.min)})`
    : `${band.label} (< ${formatFigure(scale[i - 1]?.min ?? 0)})`;

function approvalNote(approval: LkjipApproval, year: string): string[] {
  if (approval.state === "approved") return approvalLines(approval).map((l) => `${l}.`);
  if (approval.state === "changed")
    return [
      `Rekap Tahunan ${year} pernah disetujui Kasubag Perencanaan, tetapi angkanya berubah sesudahnya atau catatan persetujuannya tidak utuh: draf ini tidak memuat tanda persetujuan.`,
    ];
  return [
    `Rekap Tahunan ${year} belum disetujui Kasubag Perencanaan: angka dalam draf ini dapat berubah.`,
  ];
}

function sasaranBlocks(
  rows: readonly RecapRow[],
  input: LkjipInput,
  sasaranNo: number,
  caption: (what: string) => string
): LkjipBlock[] {
  const { settings, riwayat } = input;
  const year = settings.year;
  const yearText = year === null ? " ini" : ` ${year}`;
  const label = (text: string): LkjipBlock => ({ kind: "paragraph", tone: "label", text });
  const body = (text: string): LkjipBlock => ({ kind: "paragraph", tone: "body", text });
  const table = (t: LkjipTable): LkjipBlock => ({ kind: "table", table: t });
  const years = historyYears(riwayat, year);
  const latest = years[years.length - 1];
  const history = rows.map((r) => riwayatByYear(riwayat, r.indicator.kode));
  const withHistory = rows.some((_, i) => years.some((y) => history[i].has(y)));
  const sasaran = `Sasaran Strategis ${sasaranNo}`;
  return [
    label(`Pengukuran kinerja tahun${yearText}`),
    table(measuredTable(caption(`Pengukuran Kinerja ${sasaran} Tahun${yearText}`), rows)),
    ...rows.map((r, i) =>
      body(
        capaianSentence(r, year, latest === undefined ? undefined : history[i].get(latest), latest)
      )
    ),
    label("Perbandingan dengan tahun sebelumnya"),
    withHistory
      ? table(
          historyTable(
            caption(`Perbandingan Capaian ${sasaran} dengan Tahun Sebelumnya`),
            rows,
            history,
            years,
            year
          )
        )
      : body(
          year === null
            ? "Tahun di Pengaturan kosong: perbandingan dengan tahun sebelumnya tidak dapat disusun."
            : "Lembar Riwayat belum memuat tahun sebelumnya untuk indikator sasaran ini."
        ),
    label("Perbandingan dengan target akhir Renstra"),
    table(
      renstraTable(
        caption(`Capaian ${sasaran} terhadap Target Akhir Renstra`),
        rows,
        year,
        settings.predikat
      )
    ),
    ...rows
      .map((r) => renstraSentence(r, year, settings.predikat))
      .filter((t): t is string => t !== null)
      .map(body),
    ...PLACEHOLDERS.flatMap((p) => [
      label(p.label),
      { kind: "paragraph" as const, tone: "placeholder" as const, text: placeholderText(p.ask) },
    ]),
  ];
}
