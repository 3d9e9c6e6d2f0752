// The hostile-workbook corpus (issue: scale, preservation and hostile input): what staff type and
// what other tools save. Each case builds its bytes and says what the CLI must answer. Generated
// here, never kept as binaries; the corpus test leaves them in test/artifacts/corpus/ for a look.
import { writeFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { NewSheet } from "../../src/core/newSheet";
import { writeNewWorkbook } from "../../src/cli/newWorkbook";
import { OutCell } from "../../src/core/workbook";
import { rowOfKode, sampleSheets, setCell, sheetNamed, tmpDir } from "../helpers/workbooks";
import { resavedByLibreOffice } from "../helpers/libreoffice";
import { addChart, editZip, sheetPart, setText, text } from "./zip";

export type CorpusCase = {
  id: string;
  build: () => Promise<Uint8Array>;
  /** Exit code of `check` (and `recap`: 0 means recap succeeds). */
  code: 0 | 1;
  /** Fragments `check` must print (problems name the sheet and cell). */
  says?: string[];
  /** Fragments `check` must not print (a problem said away from its cause). */
  never?: string[];
  /** Figures the recap must then show: [sheet, Kode, header, value]. */
  shows?: [string, string, string, string | number][];
};

const REALISASI = 4;
const PEMBILANG = 5;
const PENYEBUT = 6;

/** The sample with edits applied to its template sheets. */
const sample = (edit: (sheets: NewSheet[]) => void) => async () => {
  const sheets = sampleSheets();
  edit(sheets);
  return new Uint8Array(await writeNewWorkbook(sheets));
};
/** Sets one cell of a quarter (or PK) sheet in the row of a Kode. */
const cell = (sheet: string, kode: string, col: number, out: OutCell) =>
  sample((sheets) => {
    const s = sheetNamed(sheets, sheet);
    setCell(s, rowOfKode(s, kode), col, out);
  });
const realisasi = (sheet: string, kode: string, value: OutCell["value"]) =>
  cell(sheet, kode, REALISASI, { value });

/** The sample through ExcelJS's object model, for what templates cannot say (dates, merges, images). */
const viaExcelJs = (edit: (book: ExcelJS.Workbook) => void | Promise<void>) => async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await sample(() => undefined)()) as unknown as ArrayBuffer);
  await edit(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
};
const viaZip = (edit: Parameters<typeof editZip>[1]) => async () =>
  editZip(await sample(() => undefined)(), edit);

/** Rewrites one cell element of a sheet part; throws when the cell is not there, so a case never silently tests nothing. */
const rewriteCell = (sheet: string, ref: string, replacement: (attrs: string) => string) =>
  viaZip((e) => {
    const part = sheetPart(e, sheet);
    const re = new RegExp(`<c r="${ref}"([^>]*?)(?: t="\\w+")?(?:/>|>.*?</c>)`);
    const xml = text(e, part);
    if (!re.test(xml)) throw new Error(`cell ${sheet}!${ref} not found in ${part}`);
    setText(
      e,
      part,
      xml.replace(re, (_m, attrs: string) => replacement(attrs))
    );
  });

/** A zip whose central directory says one part inflates to ~4 GB: refused before anything is inflated. */
async function declaredZipBomb(): Promise<Uint8Array> {
  const bytes = Buffer.from(await sample(() => undefined)());
  for (let i = bytes.length - 46; i >= 0; i--) {
    if (bytes.readUInt32LE(i) === 0x02014b50) {
      bytes.writeUInt32LE(0xf0000000, i + 24);
      break;
    }
  }
  return new Uint8Array(bytes);
}

/** A 1×1 red PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64"
);

export const CORPUS: readonly CorpusCase[] = [
  { id: "clean-sample", build: sample(() => undefined), code: 0 },
  {
    id: "text-decimal-comma",
    build: realisasi("TW III", "IK-02", "14,5"),
    code: 1,
    says: [`TW III!E4: Realisasi "14,5" tersimpan sebagai teks — dibaca 14,5`],
  },
  {
    id: "text-thousands-indonesian",
    build: realisasi("TW I", "IK-04", "1.234,5"),
    code: 1,
    says: ["TW I!E6:", "dibaca 1234,5"],
  },
  {
    id: "text-thousands-english",
    build: realisasi("TW I", "IK-04", "1,234.5"),
    code: 1,
    says: ["TW I!E6:", "dibaca 1234,5"],
  },
  {
    id: "text-padded",
    build: realisasi("TW II", "IK-03", " 45 "),
    code: 1,
    says: [`TW II!E5: Realisasi " 45 " tersimpan sebagai teks — dibaca 45`],
  },
  {
    id: "text-nbsp-thousands",
    build: realisasi("TW II", "IK-03", "1\u00a0045"),
    code: 1,
    says: ["TW II!E5:", "dibaca 1045"],
  },
  {
    id: "text-ambiguous",
    build: realisasi("TW II", "IK-03", "1.045"),
    code: 1,
    says: ["TW II!E5:", "tidak jelas"],
  },
  {
    id: "text-words",
    build: realisasi("TW I", "IK-03", "lima"),
    code: 1,
    says: [`TW I!E5: Realisasi "lima" bukan angka`],
  },
  {
    id: "text-two-numbers",
    build: realisasi("TW I", "IK-03", "10/12"),
    code: 1,
    says: ["TW I!E5:", "lebih dari satu angka"],
  },
  {
    id: "text-number-and-unit",
    build: realisasi("TW I", "IK-03", "38 kasus"),
    code: 1,
    says: [`TW I!E5: Realisasi "38 kasus" berisi satuan — dibaca 38 [dapat diperbaiki`],
  },
  {
    id: "text-number-and-other-unit",
    build: realisasi("TW I", "IK-03", "Rp 38"),
    code: 1,
    says: [`TW I!E5: Realisasi "Rp 38": satuan Rp, padahal satuan indikator Kasus`],
  },
  {
    id: "nihil-is-zero",
    build: realisasi("TW I", "IK-06", "nihil"),
    code: 1,
    says: [`TW I!E8: Realisasi "nihil" berarti nol — dibaca 0 [dapat diperbaiki`],
  },
  {
    id: "no-data-dash",
    build: realisasi("TW III", "IK-03", "-"),
    code: 0,
    says: [
      `TW III!E5: peringatan — Realisasi "-" berarti tidak ada data — triwulan ini dihitung belum dilaporkan`,
    ],
    never: ["bukan angka"],
    shows: [
      ["Semester II", "IK-03", "Realisasi", 44],
      ["Semester II", "IK-03", "Status", "Belum lengkap (TW III)"],
    ],
  },
  {
    id: "no-data-words",
    build: realisasi("TW II", "IK-04", "Tidak ada data"),
    code: 0,
    says: [`TW II!E6: peringatan — Realisasi "Tidak ada data" berarti tidak ada data`],
    shows: [
      ["Semester I", "IK-04", "Realisasi", 48],
      ["Semester I", "IK-04", "Status", "Belum lengkap (TW II)"],
    ],
  },
  {
    id: "no-data-rasio",
    build: sample((s) => {
      const t = sheetNamed(s, "TW IV");
      for (const col of [REALISASI, PEMBILANG, PENYEBUT])
        setCell(t, rowOfKode(t, "IK-01"), col, { value: "N/A" });
    }),
    code: 0,
    says: [`TW IV!F3: peringatan — Pembilang "N/A"`, `TW IV!G3: peringatan — Penyebut "N/A"`],
    shows: [["Semester II", "IK-01", "Status", "Belum lengkap (TW IV)"]],
  },
  {
    id: "no-data-quarter-target",
    build: cell("Perjanjian Kinerja", "IK-03", 5, { value: "-" }),
    code: 0,
    // Jumlah: Semester I's target is Target TW II alone, 40.
    shows: [["Semester I", "IK-03", "Target", 40]],
  },
  {
    id: "no-data-target-tahunan",
    build: cell("Perjanjian Kinerja", "IK-03", 4, { value: "-" }),
    code: 1,
    says: [
      `Perjanjian Kinerja!E5: Target Tahunan "-" berarti tidak ada data, padahal Target Tahunan wajib diisi angka`,
    ],
    never: [`Kode "IK-03" tidak ada`],
  },
  {
    id: "pk-target-text-said-once",
    build: cell("Perjanjian Kinerja", "IK-04", 4, { value: "lima" }),
    code: 1,
    says: [`Perjanjian Kinerja!E6: Target Tahunan "lima" bukan angka`],
    never: [`Kode "IK-04" tidak ada`],
  },
  {
    id: "thousands-pasted-warns",
    build: realisasi("TW II", "IK-02", 34000),
    code: 0,
    says: [
      `TW II!E4: peringatan — Realisasi 34000 lebih dari 10× target (30) — salah ketik pemisah ribuan?`,
    ],
    shows: [["Semester I", "IK-02", "Realisasi", 34026]],
  },
  {
    id: "percent-over-100-warns",
    build: realisasi("TW III", "IK-07", 440),
    code: 0,
    says: [`TW III!E9: peringatan — Realisasi 440 lebih dari 100 %`],
  },
  {
    id: "negative-count-warns",
    build: realisasi("TW I", "IK-08", -118),
    code: 0,
    says: [`TW I!E10: peringatan — Realisasi -118 negatif, padahal Pos dihitung`],
  },
  {
    id: "negative-positif-floored",
    build: sample((s) => {
      for (const [q, v] of [
        ["TW I", -5],
        ["TW II", -3],
      ] as const) {
        const t = sheetNamed(s, q);
        setCell(t, rowOfKode(t, "IK-12"), REALISASI, { value: v });
      }
    }),
    code: 0,
    says: [`TW I!E14: peringatan — Realisasi -5 negatif pada indikator Positif`],
    // mean(−5, −3) = −4 against 80: −5 %, floored at 0.
    shows: [
      ["Semester I", "IK-12", "Realisasi", -4],
      ["Semester I", "IK-12", "Capaian (%)", 0],
    ],
  },
  {
    id: "negative-target",
    build: cell("Perjanjian Kinerja", "IK-10", 4, { value: -15 }),
    code: 1,
    says: [
      `Perjanjian Kinerja!E12: Target Tahunan -15: target negatif: capaian tidak dapat dihitung`,
    ],
  },
  {
    id: "error-ref",
    build: realisasi("TW IV", "IK-11", { error: "#REF!" } as never),
    code: 1,
    says: ["TW IV!E13: Realisasi berisi galat #REF!"],
  },
  {
    id: "error-div0",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW IV")!.getCell("E13").value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      } as never;
    }),
    code: 1,
    says: ["TW IV!E13: Realisasi berisi galat #DIV/0!"],
  },
  {
    id: "boolean",
    build: realisasi("TW IV", "IK-11", true as never),
    code: 1,
    says: ["TW IV!E13:", "nilai logika"],
  },
  {
    id: "date-in-number",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW II")!.getCell("E5").value = new Date(Date.UTC(2023, 5, 30));
    }),
    code: 1,
    says: ["TW II!E5:", "tanggal"],
  },
  {
    id: "negative-count",
    build: realisasi("TW I", "IK-02", -3),
    code: 1,
    says: ["TW I!E4:", "negatif"],
  },
  {
    id: "negative-penyebut",
    build: cell("TW I", "IK-01", PENYEBUT, { value: -20 }),
    code: 1,
    says: ["TW I!G3:", "negatif"],
  },
  {
    id: "negative-target-jumlah",
    build: cell("Perjanjian Kinerja", "IK-02", 5, { value: -30 }),
    code: 1,
    says: ["Perjanjian Kinerja!F4: Target TW I -30: target negatif"],
  },
  {
    id: "percent-fraction",
    build: viaExcelJs((b) => {
      const c = b.getWorksheet("TW II")!.getCell("E9");
      c.value = 0.31;
      c.numFmt = "0%";
    }),
    code: 1,
    says: ["TW II!E9:", "dibaca 31"],
  },
  {
    id: "percent-typed-as-text",
    build: realisasi("TW II", "IK-07", "31%"),
    code: 1,
    says: [`TW II!E9: Realisasi "31%" tersimpan sebagai teks — dibaca 31`],
  },
  {
    id: "percent-sign-on-count",
    build: realisasi("TW II", "IK-02", "34%"),
    code: 1,
    says: ["TW II!E4:", "satuan indikator bukan %"],
  },
  {
    id: "merged-title",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW I")!.mergeCells("A1:K1");
    }),
    code: 0,
  },
  {
    id: "merged-header-hides-column",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW I")!.mergeCells("D2:E2");
    }),
    code: 1,
    says: [`TW I!A2: kolom "Realisasi" tidak ada di baris judul`],
  },
  {
    id: "header-moved-down",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW III")!.spliceRows(1, 0, ["Laporan"], [], ["Satpol PP"]);
    }),
    code: 0,
    shows: [["Semester II", "IK-02", "Realisasi", 66]],
  },
  {
    id: "header-too-low",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW III")!.spliceRows(1, 0, ...Array.from({ length: 10 }, () => []));
    }),
    code: 1,
    says: [`TW III!A1: baris judul kolom tidak ditemukan`],
  },
  {
    id: "sheet-renamed",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW II")!.name = "TW 2";
    }),
    code: 1,
    says: [`TW II!A1: lembar "TW II" tidak ada; lembar "TW 2" mungkin dimaksud`],
  },
  {
    id: "sheet-missing",
    build: viaExcelJs((b) => {
      b.removeWorksheet(b.getWorksheet("TW IV")!.id);
    }),
    code: 1,
    says: [`TW IV!A1: lembar "TW IV" tidak ada`],
  },
  {
    id: "pk-missing",
    build: viaExcelJs((b) => {
      b.removeWorksheet(b.getWorksheet("Perjanjian Kinerja")!.id);
    }),
    code: 1,
    says: [`Perjanjian Kinerja!A1: lembar "Perjanjian Kinerja" tidak ada`],
  },
  {
    id: "duplicate-kode-pk",
    build: cell("Perjanjian Kinerja", "IK-05", 0, { value: "IK-04" }),
    code: 1,
    says: [`Perjanjian Kinerja!A7: Kode "IK-04" ganda — sudah dipakai di baris 6`],
  },
  {
    id: "blank-kode-with-figures",
    build: cell("TW I", "IK-05", 0, { value: null }),
    code: 1,
    says: ["TW I!A7: Kode kosong, padahal baris ini berisi angka"],
  },
  {
    id: "kode-only-in-quarter",
    build: cell("TW III", "IK-05", 0, { value: "IK-99" }),
    code: 1,
    says: [`TW III!A7: Kode "IK-99" tidak ada di Perjanjian Kinerja`],
  },
  {
    id: "duplicate-kode-quarter",
    build: cell("TW III", "IK-05", 0, { value: "IK-04" }),
    code: 1,
    says: [`TW III!A7: Kode "IK-04" ganda`],
  },
  {
    id: "kode-trailing-space",
    build: cell("TW III", "IK-05", 0, { value: "IK-05 " }),
    code: 1,
    says: ["TW III!A7:", "spasi"],
  },
  {
    id: "kode-wildcard",
    build: cell("Perjanjian Kinerja", "IK-05", 0, { value: "IK-0*" }),
    code: 1,
    says: ["Perjanjian Kinerja!A7:", "karakter * ? atau ~"],
  },
  {
    id: "jumlah-on-percent-warns",
    build: cell("Perjanjian Kinerja", "IK-07", 10, { value: "Jumlah" }),
    code: 0,
    says: ["Perjanjian Kinerja!K9: peringatan — IK-07: persentase tidak dijumlahkan"],
  },
  {
    id: "rasio-penyebut-zero",
    build: sample((s) => {
      for (const q of ["TW III", "TW IV"]) {
        const t = sheetNamed(s, q);
        setCell(t, rowOfKode(t, "IK-01"), PEMBILANG, { value: 0 });
        setCell(t, rowOfKode(t, "IK-01"), PENYEBUT, { value: 0 });
      }
    }),
    code: 0,
    shows: [
      ["Semester II", "IK-01", "Status", "Lengkap; penyebut 0"],
      ["Semester II", "IK-01", "Realisasi", ""],
    ],
  },
  {
    id: "rasio-pembilang-only",
    build: cell("TW II", "IK-01", PENYEBUT, { value: null }),
    code: 1,
    says: ["TW II!G3: indikator Rasio IK-01: isi Pembilang dan Penyebut bersama-sama"],
  },
  {
    id: "unknown-polaritas",
    build: cell("Perjanjian Kinerja", "IK-03", 9, { value: "Naik" }),
    code: 1,
    says: [`Perjanjian Kinerja!J5: Polaritas "Naik" tidak dikenal`],
  },
  {
    id: "unknown-agregasi",
    build: cell("Perjanjian Kinerja", "IK-03", 10, { value: "Total" }),
    code: 1,
    says: [`Perjanjian Kinerja!K5: Agregasi "Total" tidak dikenal`],
  },
  {
    id: "lowercase-vocabulary",
    build: sample((s) => {
      const pk = sheetNamed(s, "Perjanjian Kinerja");
      setCell(pk, rowOfKode(pk, "IK-03"), 9, { value: "positif" });
      setCell(pk, rowOfKode(pk, "IK-10"), 10, { value: "rata rata" });
    }),
    code: 0,
    shows: [
      ["Tahunan", "IK-10", "Agregasi", "Rata-rata"],
      ["Tahunan", "IK-03", "Polaritas", "Positif"],
    ],
  },
  {
    id: "blank-target-tahunan",
    build: cell("Perjanjian Kinerja", "IK-03", 4, { value: null }),
    code: 1,
    says: ["Perjanjian Kinerja!E5: Target Tahunan wajib diisi angka"],
  },
  { id: "long-note", build: cell("TW I", "IK-03", 8, { value: "catatan ".repeat(1250) }), code: 0 },
  {
    id: "formula-realisasi",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW I")!.getCell("E4").value = { formula: "20+7", result: 27 };
    }),
    code: 0,
    shows: [["Tahunan", "IK-02", "Realisasi", 127]],
  },
  {
    id: "formula-realisasi-zero",
    build: rewriteCell("TW I", "E8", (a) => `<c r="E8"${a}><f>1-1</f><v>0</v></c>`),
    code: 0,
    shows: [
      ["Semester I", "IK-06", "Status", "Lengkap"],
      ["Semester I", "IK-06", "Capaian (%)", 100],
    ],
  },
  {
    id: "shared-formula",
    build: async () => {
      const withMaster = await rewriteCell(
        "TW I",
        "E4",
        (a) => `<c r="E4"${a}><f t="shared" ref="E4:E5" si="0">15*2</f><v>30</v></c>`
      )();
      return editZip(withMaster, (e) => {
        const part = sheetPart(e, "TW I");
        const xml = text(e, part);
        const re = /<c r="E5"([^>]*?)(?:\/>|>.*?<\/c>)/;
        if (!re.test(xml)) throw new Error("E5 not found");
        setText(
          e,
          part,
          xml.replace(re, (_m, a: string) => `<c r="E5"${a}><f t="shared" si="0"/><v>40</v></c>`)
        );
      });
    },
    code: 0,
    shows: [
      ["Semester I", "IK-02", "Realisasi", 64],
      ["Semester I", "IK-03", "Realisasi", 85],
    ],
  },
  {
    id: "inline-strings",
    build: rewriteCell(
      "TW II",
      "E5",
      (a) => `<c r="E5"${a} t="inlineStr"><is><t>45,0</t></is></c>`
    ),
    code: 1,
    says: [`TW II!E5: Realisasi "45,0" tersimpan sebagai teks — dibaca 45`],
  },
  {
    id: "inline-string-kode",
    build: rewriteCell(
      "TW II",
      "A5",
      (a) => `<c r="A5"${a} t="inlineStr"><is><r><t>IK-</t></r><r><t>03</t></r></is></c>`
    ),
    code: 0,
    shows: [["Semester I", "IK-03", "Status", "Lengkap"]],
  },
  {
    id: "hidden-rows",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW I")!.getRow(5).hidden = true;
    }),
    code: 0,
    shows: [["Semester I", "IK-03", "Realisasi", 83]],
  },
  {
    id: "chart-and-picture",
    build: async () =>
      editZip(
        await viaExcelJs((b) => {
          const id = b.addImage({ buffer: PNG as never, extension: "png" });
          b.getWorksheet("Perjanjian Kinerja")!.addImage(id, "N2:P6");
        })(),
        (e) => addChart(e, "TW I")
      ),
    code: 0,
  },
  {
    id: "saved-by-libreoffice",
    build: async () => {
      const file = path.join(tmpDir(), "contoh.ods.xlsx");
      writeFileSync(file, await sample(() => undefined)());
      return resavedByLibreOffice(file);
    },
    code: 0,
    shows: [
      ["Tahunan", "IK-02", "Realisasi", 126],
      ["Tahunan", "IK-09", "Status", "Belum lengkap (TW III)"],
    ],
  },
  {
    id: "xls-instead",
    build: async () =>
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    code: 1,
    says: [".xls"],
  },
  {
    id: "csv-instead",
    build: async () => strToU8("Kode;Realisasi\nIK-01;17\n"),
    code: 1,
    says: ["bukan"],
  },
  { id: "empty-file", build: async () => new Uint8Array(0), code: 1, says: ["kosong"] },
  {
    id: "truncated-zip",
    build: async () => (await sample(() => undefined)()).slice(0, 3000),
    code: 1,
    says: ["rusak"],
  },
  {
    id: "zip-without-workbook",
    build: async () => zipSync({ "hello.txt": strToU8("hi") }),
    code: 1,
    says: ["bagian workbook tidak ditemukan"],
  },
  { id: "zip-bomb", build: declaredZipBomb, code: 1, says: ["terlalu besar", "ditolak"] },
  // ---- issue 8: silent wrong numbers ----------------------------------------------------------
  // Formulas saved without their result (openpyxl, ExcelJS and scripts write them), cached values
  // that are not number tokens, a contract header twice in one row: each is a problem at its cell,
  // never a blank, a guess or "the first wins" (docs/READING-FILES.md).
  {
    id: "uncached-realisasi",
    build: rewriteCell("TW I", "E4", (a) => `<c r="E4"${a}><f>20+7</f></c>`),
    code: 1,
    says: [
      "TW I!E4: rumus tanpa nilai tersimpan — buka dan simpan berkas ini di Excel atau LibreOffice dulu (Realisasi: =20+7)",
    ],
  },
  {
    id: "uncached-realisasi-empty-number",
    build: rewriteCell("TW III", "E4", (a) => `<c r="E4"${a}><f>SUM(20,9)</f><v></v></c>`),
    code: 1,
    says: ["TW III!E4: rumus tanpa nilai tersimpan", "(Realisasi: =SUM(20,9))"],
  },
  {
    id: "uncached-formula-column",
    build: viaZip((e) => {
      const part = sheetPart(e, "TW II");
      let xml = text(e, part);
      for (const [ref, formula] of [
        ["E4", "30+4"],
        ["E5", "D5+5"],
        ["E6", "ROUND(49.6,0)"],
      ]) {
        const re = new RegExp(`<c r="${ref}"([^>]*?)(?: t="\\w+")?(?:/>|>.*?</c>)`);
        if (!re.test(xml)) throw new Error(`cell TW II!${ref} not found`);
        xml = xml.replace(re, (_m, a: string) => `<c r="${ref}"${a}><f>${formula}</f></c>`);
      }
      setText(e, part, xml);
    }),
    code: 1,
    says: [
      "TW II!E4: rumus tanpa nilai tersimpan",
      "TW II!E5: rumus tanpa nilai tersimpan",
      "TW II!E6: rumus tanpa nilai tersimpan",
    ],
  },
  {
    id: "uncached-text-kode",
    build: rewriteCell("TW II", "A5", (a) => `<c r="A5"${a} t="str"><f>"IK-"&amp;"03"</f></c>`),
    code: 1,
    says: [
      `TW II!A5: rumus tanpa nilai tersimpan — buka dan simpan berkas ini di Excel atau LibreOffice dulu (Kode: ="IK-"&"03")`,
    ],
  },
  {
    id: "uncached-penyebut",
    build: rewriteCell("TW I", "G3", (a) => `<c r="G3"${a}><f>40+2</f></c>`),
    code: 1,
    says: ["TW I!G3: rumus tanpa nilai tersimpan", "(Penyebut: =40+2)"],
  },
  {
    id: "uncached-pk-target-tahunan",
    build: rewriteCell("Perjanjian Kinerja", "E5", (a) => `<c r="E5"${a}><f>40*4</f></c>`),
    code: 1,
    says: ["Perjanjian Kinerja!E5: rumus tanpa nilai tersimpan", "(Target Tahunan: =40*4)"],
  },
  {
    id: "uncached-pk-target-tw",
    build: rewriteCell("Perjanjian Kinerja", "F4", (a) => `<c r="F4"${a}><f>120/4</f></c>`),
    code: 1,
    says: ["Perjanjian Kinerja!F4: rumus tanpa nilai tersimpan", "(Target TW I: =120/4)"],
  },
  {
    id: "uncached-pengaturan",
    build: rewriteCell("Pengaturan", "B2", (a) => `<c r="B2"${a}><f>2000+24</f></c>`),
    code: 1,
    says: ["Pengaturan!B2: rumus tanpa nilai tersimpan"],
  },
  {
    id: "uncached-header",
    build: rewriteCell(
      "TW III",
      "K2",
      (a) => `<c r="K2"${a} t="str"><f>"Unit "&amp;"Pelapor"</f></c>`
    ),
    code: 1,
    says: ["TW III!K2: rumus tanpa nilai tersimpan", "(judul kolom: ="],
  },
  {
    // Decided: `<v></v>` of a text formula is a saved result — the formula shows blank, so the
    // quarter is not reported, exactly as Excel and LibreOffice show it.
    id: "formula-saved-blank-text",
    build: rewriteCell("TW I", "E4", (a) => `<c r="E4"${a} t="str"><f>IF(1,"","")</f><v></v></c>`),
    code: 0,
    shows: [
      ["Semester I", "IK-02", "Realisasi", 34],
      ["Semester I", "IK-02", "Status", "Belum lengkap (TW I)"],
    ],
  },
  {
    id: "cached-hex",
    build: rewriteCell("TW I", "E4", (a) => `<c r="E4"${a}><v>0x1E</v></c>`),
    code: 1,
    says: [`TW I!E4: nilai tersimpan "0x1E" bukan angka yang sah`],
  },
  {
    id: "cached-hex-pk-target",
    build: rewriteCell("Perjanjian Kinerja", "E4", (a) => `<c r="E4"${a}><v>0x78</v></c>`),
    code: 1,
    says: [`Perjanjian Kinerja!E4: nilai tersimpan "0x78" bukan angka yang sah`],
  },
  {
    id: "cached-infinity",
    build: rewriteCell("TW II", "E5", (a) => `<c r="E5"${a}><v>Infinity</v></c>`),
    code: 1,
    says: [`TW II!E5: nilai tersimpan "Infinity" bukan angka yang sah`],
  },
  {
    id: "cached-padded-number",
    build: rewriteCell("TW III", "E6", (a) => `<c r="E6"${a}><v> 44</v></c>`),
    code: 1,
    says: [`TW III!E6: nilai tersimpan " 44" bukan angka yang sah`],
  },
  {
    id: "cached-bare-exponent",
    build: rewriteCell("TW IV", "E4", (a) => `<c r="E4"${a}><v>37e</v></c>`),
    code: 1,
    says: [`TW IV!E4: nilai tersimpan "37e" bukan angka yang sah`],
  },
  {
    id: "formula-cached-hex",
    build: rewriteCell("TW I", "E5", (a) => `<c r="E5"${a}><f>20+10</f><v>0x1E</v></c>`),
    code: 1,
    says: [
      `TW I!E5: hasil rumus tersimpan "0x1E" bukan angka yang sah — buka dan simpan berkas ini di Excel atau LibreOffice dulu (Realisasi: =20+10)`,
    ],
  },
  {
    id: "duplicate-realisasi-header",
    build: viaExcelJs((b) => {
      const ws = b.getWorksheet("TW I")!;
      ws.getCell("L2").value = "Realisasi";
      ws.getCell("L4").value = 99;
    }),
    code: 1,
    says: [
      `TW I!E2: kolom "Realisasi" muncul dua kali (TW I!E2 dan TW I!L2) — hapus atau ganti nama salah satunya`,
    ],
  },
  {
    id: "duplicate-realisasi-header-spelling",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW III")!.getCell("H2").value = " REALISASI";
    }),
    code: 1,
    says: [`TW III!E2: kolom "Realisasi" muncul dua kali (TW III!E2 dan TW III!H2)`],
  },
  {
    id: "duplicate-kode-header",
    build: viaExcelJs((b) => {
      b.getWorksheet("TW II")!.getCell("L2").value = "Kode";
    }),
    code: 1,
    says: [`TW II!A2: kolom "Kode" muncul dua kali (TW II!A2 dan TW II!L2)`],
  },
  {
    id: "duplicate-pk-header",
    build: viaExcelJs((b) => {
      const ws = b.getWorksheet("Perjanjian Kinerja")!;
      ws.getCell("M2").value = "Target Tahunan";
      ws.getCell("M5").value = 200;
    }),
    code: 1,
    says: [`Perjanjian Kinerja!E2: kolom "Target Tahunan" muncul dua kali`],
  },
  // issue 8: files as the OS has them
  // Protect Workbook: a locked structure is named by check and refused by recap (nothing written);
  // a lock on windows only, or lockStructure="0", is no lock on the sheets.
  ...(
    [
      ["protected-structure", 'lockStructure="1"', 1],
      ["protected-structure-true", 'lockStructure="true" lockWindows="true"', 1],
      [
        "protected-structure-password",
        'workbookAlgorithmName="SHA-512" workbookHashValue="aGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"',
        1,
      ],
      ["protected-windows-only", 'lockWindows="1"', 0],
      ["protected-structure-off", 'lockStructure="0"', 0],
    ] as const
  ).map(([id, attrs, code]): CorpusCase => ({
    id,
    build: viaZip((e) => {
      const xml = text(e, "xl/workbook.xml");
      if (!xml.includes("<sheets>")) throw new Error("no <sheets> in workbook.xml");
      setText(
        e,
        "xl/workbook.xml",
        xml.replace("<sheets>", `<workbookProtection ${attrs}/><sheets>`)
      );
    }),
    code,
    says: code === 1 ? ["struktur buku kerja dikunci (Protect Workbook)"] : [],
  })),
  // issue 8: a sheet that merely shares a generated sheet's name. Without the marker it is someone's
  // own work: check names it and recap refuses (the file stays byte-identical). A marked sheet being
  // rewritten is test/cli/ownership.test.ts's (this harness counts any changed sheet part as lost).
  ...(
    [
      ["own-tahunan-sheet", "Tahunan", "Rekap buatan bagian umum", 1],
      ["own-semester-lowercase", "semester i", "catatan rapat", 1],
      ["own-tahunan-upper", "TAHUNAN", "milik saya", 1],
    ] as const
  ).map(([id, name, text, code]): CorpusCase => ({
    id,
    build: sample((sheets) => {
      sheets.push({
        name,
        rows: [
          [{ value: "Judul" }, { value: text }],
          [{ value: "IK-01" }, { value: 999 }],
        ],
        columns: [{ width: 20 }, { width: 30 }],
        frozenRows: 0,
        protect: false,
        validations: [],
        visibility: "visible",
      });
    }),
    code,
    says: code === 1 ? [`${name}!A1: lembar '${name}' bukan buatan Rekap Kinerja`] : [],
  })),
];
