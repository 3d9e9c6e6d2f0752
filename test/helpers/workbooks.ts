// Workbooks written to disk for CLI and LibreOffice tests, built from the core's own templates with
// deliberate twists (what real offices do to their sheets).
import { mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { NewSheet, TemplateIndicator } from "../../src/core/newSheet";
import { newWorkbook } from "../../src/core/template";
import { SAMPLE_INDICATORS, SAMPLE_SETTINGS } from "../../src/core/sample";
import { writeNewWorkbook } from "../../src/cli/newWorkbook";
import { OutCell } from "../../src/core/workbook";

export const tmpDir = (): string => mkdtempSync(path.join(os.tmpdir(), "rekap-"));

export const sampleSheets = (
  indicators: readonly TemplateIndicator[] = SAMPLE_INDICATORS
): NewSheet[] => newWorkbook({ year: 2023, settings: SAMPLE_SETTINGS, indicators });

export async function writeBook(dir: string, name: string, sheets: NewSheet[]): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, await writeNewWorkbook(sheets));
  return file;
}

export const sheetNamed = (sheets: NewSheet[], name: string): NewSheet => {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** Sets a cell (0-based) of a template sheet, growing rows as needed. */
export function setCell(sheet: NewSheet, row: number, col: number, cell: OutCell): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  while (sheet.rows[row].length <= col) sheet.rows[row].push({ value: null });
  sheet.rows[row][col] = cell;
}

/** Row index (0-based) of a Kode in a template sheet whose Kode is column A. */
export const rowOfKode = (sheet: NewSheet, kode: string): number =>
  sheet.rows.findIndex((r) => r[0]?.value === kode);

/**
 * The sample, twisted: an office's own Kategori scale, quarter sheets sorted backwards, a Positif
 * indicator with target 0, a Rasio semester whose denominators are all 0, a numeric Kode, a quarter
 * sheet whose header row sits lower with its columns shuffled.
 */
export function trickySheets(): NewSheet[] {
  const extra: TemplateIndicator[] = [
    {
      kode: "IK-21",
      indikator: "Jumlah laporan tanpa target",
      satuan: "Laporan",
      polaritas: "Positif",
      agregasi: "Jumlah",
      targetTahunan: 0,
      quarterTargets: [0, 0, 0, 0],
      realisasi: { 1: 2, 2: 1, 3: 0, 4: null },
    },
    {
      kode: "IK-22",
      indikator: "Persentase aduan diselesaikan (tanpa aduan semester II)",
      satuan: "%",
      polaritas: "Positif",
      agregasi: "Rasio",
      targetTahunan: 90,
      quarterTargets: [90, 90, 90, 90],
      realisasi: { 1: [3, 4], 2: [5, 5], 3: [0, 0], 4: [0, 0] },
    },
    {
      kode: 7 as unknown as string,
      indikator: "Indikator berkode angka",
      satuan: "Kali",
      polaritas: "Negatif",
      agregasi: "Terakhir",
      targetTahunan: 10,
      quarterTargets: [] as unknown as [number, number, number, number],
      realisasi: { 1: 12, 2: null, 3: 9, 4: null },
    },
  ];
  const sheets = sampleSheets([...SAMPLE_INDICATORS, ...extra]);
  const settings = sheetNamed(sheets, "Pengaturan");
  for (const [min, label] of [
    [90, "Sangat Baik"],
    [75, "Baik"],
    [60, "Cukup"],
    [0, "Kurang"],
  ] as const) {
    settings.rows.push([{ value: "Skala" }, { value: `${min} ${label}` }]);
  }
  for (const name of ["TW II", "TW III"]) {
    const tw = sheetNamed(sheets, name);
    const [title, header, ...body] = tw.rows;
    tw.rows = [title, header, ...body.reverse()];
  }
  const tw4 = sheetNamed(sheets, "TW IV");
  const order = [4, 0, 6, 5, 1, 2, 3, 7, 8, 9, 10]; // Realisasi first, Kode second, …
  tw4.rows = [
    [{ value: "Laporan triwulan IV" }],
    [{ value: "disusun oleh subbag" }],
    [],
    ...tw4.rows.slice(1).map((r) => order.map((c) => r[c] ?? { value: null })),
  ];
  tw4.columns = order.map((c) => tw4.columns[c]);
  tw4.frozenRows = 0;
  return sheets;
}
