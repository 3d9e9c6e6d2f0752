// A generated recap sheet (Semester I, Semester II, Tahunan) as a patch: a title row, the header row
// of the contract, one row per indicator with live formulas and their computed values, and hidden
// position columns the formulas look up through.
import { PeriodDef, PkColumn, RECAP_COLUMNS, RecapColumn } from "./contract";
import { KinerjaModel } from "./model";
import { recapPeriod, RecapRow } from "./recap";
import { RowCells, RowFormulas, SourceLayouts } from "./formulas";
import { columnLetter, ColumnSpec, OutCell, SheetPatch } from "./workbook";
import { kodeKey } from "./names";

export const RECAP_TITLE_ROWS = 1;
export const AUTO_NOTE = "dibuat otomatis — jangan diketik";

const ORDER = Object.keys(RECAP_COLUMNS) as RecapColumn[];
const letterOf = (c: RecapColumn): string => columnLetter(ORDER.indexOf(c));

const WIDTHS: Record<RecapColumn, number> = {
  no: 5, kode: 10, sasaran: 30, indikator: 45, satuan: 10, polaritas: 10, agregasi: 11,
  target: 11, realisasi: 11, capaian: 12, kategori: 14, status: 28,
};

export function recapTitle(period: PeriodDef, year: number | null): string {
  return `Rekap Kinerja ${period.title}${year === null ? "" : ` Tahun ${year}`}`;
}

export function buildRecapSheet(model: KinerjaModel, period: PeriodDef): { patch: SheetPatch; rows: RecapRow[] } {
  const rows = recapPeriod(model, period);
  const src: SourceLayouts = {
    pk: model.pkLayout,
    quarters: {
      1: model.quarters[1].layout,
      2: model.quarters[2].layout,
      3: model.quarters[3].layout,
      4: model.quarters[4].layout,
    },
  };
  // Hidden helpers after Status: PK position, then per period quarter its position, figure, penyebut.
  const n = period.quarters.length;
  const helper = (i: number) => columnLetter(ORDER.length + i);
  const pkPosition = helper(0);
  const position = period.quarters.map((_, k) => helper(1 + k));
  const value = period.quarters.map((_, k) => helper(1 + n + k));
  const penyebut = period.quarters.map((_, k) => helper(1 + 2 * n + k));
  const labels = period.quarters.map((q) => model.quarters[q].layout.sheet);
  const helperHeaders = [
    "Baris PK",
    ...labels.map((l) => `Baris ${l}`),
    ...labels.map((l) => `Nilai ${l}`),
    ...labels.map((l) => `Penyebut ${l}`),
  ];

  const title: OutCell[] = ORDER.map(() => ({ value: null }));
  title[0] = { value: recapTitle(period, model.settings.year), style: "title" };
  title[ORDER.length - 1] = { value: AUTO_NOTE, style: "subtitle" };
  const header: OutCell[] = [...ORDER.map((c) => RECAP_COLUMNS[c]), ...helperHeaders].map((value) => ({ value, style: "header" }));

  const body = rows.map((row, i): OutCell[] => {
    const r = RECAP_TITLE_ROWS + 2 + i;
    const cells: RowCells = {
      row: r,
      kode: letterOf("kode"),
      polaritas: letterOf("polaritas"),
      target: letterOf("target"),
      realisasi: letterOf("realisasi"),
      capaian: letterOf("capaian"),
      pkPosition,
      quarters: period.quarters,
      position,
      value,
      penyebut,
    };
    const f = new RowFormulas(src, cells);
    const ind = row.indicator;
    const text = (column: PkColumn, value: string): OutCell => {
      const formula = f.pkText(column);
      return formula ? { value, formula, style: "text" } : { value, style: "text" };
    };
    const byColumn: Record<RecapColumn, OutCell> = {
      no: { value: row.no, style: "integer" },
      kode: { value: ind.kode, style: "text" },
      sasaran: text("sasaran", ind.sasaran),
      indikator: text("indikator", ind.indikator),
      satuan: text("satuan", ind.satuan),
      polaritas: { value: ind.polaritas, style: "text" },
      agregasi: { value: ind.agregasi, style: "text" },
      target: {
        value: row.target ?? "",
        formula: period.usesAnnualTarget ? f.annualTarget() : f.semesterTarget(ind.agregasi),
        style: "number",
      },
      realisasi: { value: row.realisasi ?? "", formula: f.realisasi(ind.agregasi), style: "number" },
      capaian: { value: row.capaian ?? "", formula: f.capaian(), style: "decimal" },
      kategori: { value: row.kategori ?? "", formula: f.kategori(model.settings.scale), style: "text" },
      status: { value: row.status, formula: f.status(ind.agregasi), style: "text" },
    };
    const isRasio = ind.agregasi === "Rasio";
    const entries = period.quarters.map((q) => model.quarters[q].entries.get(kodeKey(ind.kode)));
    const blank: OutCell = { value: null };
    const helpers: OutCell[] = [
      { value: ind.row + 1, formula: f.pkPosition(), style: "integer" },
      ...period.quarters.map((q, k): OutCell => {
        const row = entries[k]?.row ?? model.quarters[q].layout.headerRow;
        return { value: row + 1, formula: f.quarterPosition(k), style: "integer" };
      }),
      ...entries.map((e, k): OutCell => ({
        value: (isRasio ? e?.pembilang : e?.realisasi) ?? "",
        formula: f.quarterFigure(k, isRasio ? "pembilang" : "realisasi"),
        style: "number",
      })),
      ...entries.map((e, k): OutCell => (isRasio ? { value: e?.penyebut ?? "", formula: f.quarterFigure(k, "penyebut"), style: "number" } : blank)),
    ];
    return [...ORDER.map((c) => byColumn[c]), ...helpers];
  });

  const columns: ColumnSpec[] = [
    ...ORDER.map((c) => ({ width: WIDTHS[c] })),
    ...helperHeaders.map(() => ({ width: 10, hidden: true })),
  ];
  return {
    patch: { name: period.sheet, rows: [title, header, ...body], columns, frozenRows: RECAP_TITLE_ROWS + 1, protect: true },
    rows,
  };
}
