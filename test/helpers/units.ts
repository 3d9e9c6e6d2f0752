// A small master with two Penanggung Jawab (one spelled two ways) and an indicator without one, for
// `distribute` and for merging its unit files back.
import ExcelJS from "exceljs";
import { TemplateIndicator } from "../../src/core/newSheet";
import { TW_COLUMNS, TwColumn } from "../../src/core/contract";

const TRANTIB = "Bidang Trantib";

/** TW I reported everywhere; TW II by `tw2` (null: left for the units). */
export function unitIndicators(
  tw2: Partial<Record<string, number | [number, number]>> = {}
): TemplateIndicator[] {
  const base = (kode: string) => ({ 1: null, 2: tw2[kode] ?? null, 3: null, 4: null });
  return [
    {
      kode: "A-01",
      sasaran: "Ketertiban",
      indikator: "Jumlah razia gabungan",
      satuan: "Kali",
      polaritas: "Positif",
      agregasi: "Jumlah",
      targetTahunan: 40,
      quarterTargets: [10, 10, 10, 10],
      penanggungJawab: TRANTIB,
      realisasi: { ...base("A-01"), 1: 8 },
      unit: TRANTIB,
    },
    {
      kode: "A-02",
      sasaran: "Ketertiban",
      indikator: "Persentase aduan ditindaklanjuti",
      satuan: "%",
      polaritas: "Positif",
      agregasi: "Rasio",
      targetTahunan: 90,
      quarterTargets: [90, 90, 90, 90],
      // The same unit as A-01's, typed with another case and spacing.
      penanggungJawab: " bidang  TRANTIB",
      realisasi: { ...base("A-02"), 1: [9, 10] },
      unit: TRANTIB,
    },
    {
      kode: "B-01",
      sasaran: "Akuntabilitas",
      indikator: "Jumlah sosialisasi SAKIP",
      satuan: "Kegiatan",
      polaritas: "Positif",
      agregasi: "Jumlah",
      targetTahunan: 20,
      quarterTargets: [5, 5, 5, 5],
      penanggungJawab: "Sekretariat",
      realisasi: { ...base("B-01"), 1: 6 },
      unit: "Sekretariat",
    },
    {
      kode: "C-01",
      sasaran: "Akuntabilitas",
      indikator: "Indikator tanpa penanggung jawab",
      satuan: "Dokumen",
      polaritas: "Positif",
      agregasi: "Jumlah",
      targetTahunan: 4,
      quarterTargets: [1, 1, 1, 1],
      penanggungJawab: "",
      realisasi: { ...base("C-01"), 1: 1 },
      unit: "",
    },
  ];
}

const column = (k: TwColumn) => (Object.keys(TW_COLUMNS) as TwColumn[]).indexOf(k) + 1;
export type Entry = Partial<Record<TwColumn, string | number>>;

/**
 * What a unit does with its file: types into its quarter sheet's rows by Kode (a Kode it does not
 * have adds a row below), then `edit` anything else, and saves. ExcelJS is fine here: it is our own
 * new file, not a user's workbook.
 */
export async function fillUnitFile(
  file: string,
  sheet: string,
  entries: Record<string, Entry>,
  edit: (book: ExcelJS.Workbook) => void = () => undefined
): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const ws = book.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  for (const [kode, entry] of Object.entries(entries)) {
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(1).value === kode) row = n;
    });
    if (row === 0) {
      row = ws.rowCount + 1;
      ws.getCell(row, 1).value = kode;
    }
    for (const [k, v] of Object.entries(entry)) ws.getCell(row, column(k as TwColumn)).value = v;
  }
  edit(book);
  await book.xlsx.writeFile(file);
}
