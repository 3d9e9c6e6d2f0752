// A generated recap sheet (Semester I, Semester II, Tahunan) as a patch: a title row, the header row
// of the contract, one row per indicator with live formulas and their computed values, and hidden
// position columns the formulas look up through (and the row's Frekuensi and Pengali when Perjanjian
// Kinerja has those columns).
import {
  PeriodDef,
  periodById,
  PK_OPTIONAL_COLUMNS,
  PK_RECAP_HELPERS,
  Quarter,
  RECAP_COLUMNS,
  RecapColumn,
} from "./contract";
import { KinerjaModel } from "./model";
import { recapPeriod, RecapRow, shownValue } from "./recap";
import { a1Notation, R1C1 } from "./formulaNotation";
import { RecapFormulas } from "./formulas";
import { RecapCells, SourceLayouts } from "./recapCells";
import {
  CellStyle,
  columnLetter,
  ColumnSpec,
  FormulaColumn,
  OutCell,
  SheetPatch,
} from "./workbook";
import { kodeKey } from "./names";
import { AUTO_NOTE } from "./ownership";
import { CalendarDate, counts } from "./schedule";

export const RECAP_TITLE_ROWS = 1;

const ORDER = Object.keys(RECAP_COLUMNS) as RecapColumn[];
const ANNUAL = periodById("tahunan");
const letterOf = (c: RecapColumn): string => columnLetter(ORDER.indexOf(c));

const WIDTHS: Record<RecapColumn, number> = {
  no: 5,
  kode: 10,
  sasaran: 30,
  indikator: 45,
  satuan: 10,
  polaritas: 10,
  agregasi: 11,
  target: 11,
  realisasi: 11,
  capaian: 12,
  kategori: 14,
  status: 28,
};

export function recapTitle(period: PeriodDef, year: number | null): string {
  return `Rekap Kinerja ${period.title}${year === null ? "" : ` Tahun ${year}`}`;
}

/** Stands for the row number in an A1 template, replaced per row. */
const ROW = "\u0001";

export function buildRecapSheet(
  model: KinerjaModel,
  period: PeriodDef
): { patch: SheetPatch; rows: RecapRow[] } {
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
  const helperIndex = (i: number) => ORDER.length + i;
  const labels = period.quarters.map((q) => model.quarters[q].layout.sheet);
  // The optional columns' helpers come last, so the positions a semester borrows stay where they were.
  const optional = PK_RECAP_HELPERS.filter((k) => model.pkLayout.columns[k] !== undefined);
  const optionalLetter = (k: (typeof optional)[number]) =>
    optional.includes(k) ? columnLetter(helperIndex(1 + 3 * n + optional.indexOf(k))) : undefined;
  const helperHeaders = [
    "Baris PK",
    ...labels.map((l) => `Baris ${l}`),
    ...labels.map((l) => `Nilai ${l}`),
    ...labels.map((l) => `Penyebut ${l}`),
    ...optional.map((k) => PK_OPTIONAL_COLUMNS[k]),
  ];
  const pending: Partial<Record<Quarter, CalendarDate>> = {};
  for (const q of period.quarters) {
    const { end, ended } = model.clock[q];
    if (!ended && end) pending[q] = end;
  }
  const cells: RecapCells = {
    kode: letterOf("kode"),
    polaritas: letterOf("polaritas"),
    agregasi: letterOf("agregasi"),
    target: letterOf("target"),
    realisasi: letterOf("realisasi"),
    capaian: letterOf("capaian"),
    pkPosition: columnLetter(helperIndex(0)),
    quarters: period.quarters,
    position: period.quarters.map((_, k) => columnLetter(helperIndex(1 + k))),
    value: period.quarters.map((_, k) => columnLetter(helperIndex(1 + n + k))),
    penyebut: period.quarters.map((_, k) => columnLetter(helperIndex(1 + 2 * n + k))),
    frekuensi: optionalLetter("frekuensi"),
    pengali: optionalLetter("pengali"),
    pending,
    ...predikatCells(model),
    ...rangeCells(rows, period.usesAnnualTarget),
    // Tahunan's helpers hold every quarter's position in the same rows; a semester borrows them.
    borrow: period.usesAnnualTarget
      ? undefined
      : {
          sheet: ANNUAL.sheet,
          kode: letterOf("kode"),
          pkPosition: columnLetter(helperIndex(0)),
          position: Object.fromEntries(
            ANNUAL.quarters.map((q, k) => [q, columnLetter(helperIndex(1 + k))])
          ),
        },
  };

  // Which columns hold a formula, as a function of notation; the rest hold plain values.
  type Make = (f: RecapFormulas) => string | undefined;
  const makers = new Map<number, Make>([
    [ORDER.indexOf("sasaran"), (f) => f.pkText("sasaran")],
    [ORDER.indexOf("indikator"), (f) => f.pkText("indikator")],
    [ORDER.indexOf("satuan"), (f) => f.pkText("satuan")],
    [
      ORDER.indexOf("target"),
      (f) => (period.usesAnnualTarget ? f.annualTarget() : f.semesterTarget()),
    ],
    [ORDER.indexOf("realisasi"), (f) => f.realisasi()],
    [ORDER.indexOf("capaian"), (f) => f.capaian()],
    [ORDER.indexOf("kategori"), (f) => f.kategori(model.settings.scale)],
    [ORDER.indexOf("status"), (f) => f.status()],
    [helperIndex(0), (f) => f.pkPosition()],
    ...period.quarters.map((_, k): [number, Make] => [
      helperIndex(1 + k),
      (f) => f.quarterPosition(k),
    ]),
    ...period.quarters.map((_, k): [number, Make] => [
      helperIndex(1 + n + k),
      (f) => f.quarterValue(k),
    ]),
    ...period.quarters.map((_, k): [number, Make] => [
      helperIndex(1 + 2 * n + k),
      (f) => f.quarterPenyebut(k),
    ]),
    ...optional.map((k, i): [number, Make] => [
      helperIndex(1 + 3 * n + i),
      (f) => (k === "frekuensi" ? f.frekuensi() : f.pengali()),
    ]),
  ]);
  const inR1C1 = new RecapFormulas(src, cells, R1C1);
  const inA1 = new RecapFormulas(src, cells, a1Notation(ROW));
  const formulaColumns: FormulaColumn[] = [];
  const firstRow = RECAP_TITLE_ROWS + 1;
  for (const [col, make] of makers) {
    const a1 = make(inA1);
    const r1c1 = make(inR1C1);
    if (a1 === undefined || r1c1 === undefined) continue;
    if (rows.length > 0)
      formulaColumns.push({
        col,
        firstRow,
        lastRow: firstRow + rows.length - 1,
        r1c1,
        a1: a1.split(ROW),
      });
  }

  const title: OutCell[] = ORDER.map(() => ({ value: null }));
  title[0] = { value: recapTitle(period, model.settings.year), style: "title" };
  title[ORDER.length - 1] = { value: AUTO_NOTE, style: "subtitle" };
  const header: OutCell[] = [...ORDER.map((c) => RECAP_COLUMNS[c]), ...helperHeaders].map(
    (value) => ({ value, style: "header" })
  );

  // Each column's style, but for the optional helpers' text, which is styled as text.
  const optionalFirst = helperIndex(1 + 3 * n);
  const styles = header.map(
    (_, col): CellStyle => STYLES[col] ?? (col < helperIndex(1 + n) ? "integer" : "number")
  );
  const body = rows.map((row): OutCell[] => {
    const ind = row.indicator;
    const isRasio = ind.agregasi === "Rasio";
    const key = kodeKey(ind.kode);
    const found = period.quarters.map((q) => model.quarters[q].entries.get(key));
    // The value cells hold only the quarters that count, as their formulas do.
    const entries = found.map((e, k) =>
      counts(ind, period.quarters[k], model.clock) ? e : undefined
    );
    const values: (string | number | null)[] = [
      row.no,
      ind.kode,
      ind.sasaran,
      ind.indikator,
      ind.satuan,
      ind.polaritas,
      ind.agregasi,
      shownValue(row, "target"),
      shownValue(row, "realisasi"),
      row.capaian ?? "",
      row.kategori ?? "",
      row.status,
      ind.row + 1,
      ...period.quarters.map((q, k) => (found[k]?.row ?? model.quarters[q].layout.headerRow) + 1),
      ...entries.map((e) => (isRasio ? e?.pembilang : e?.realisasi) ?? ""),
      ...entries.map((e) => (isRasio ? (e?.penyebut ?? "") : "")),
      ...optional.map((k) => (k === "frekuensi" ? ind.frekuensi : ind.pengali)),
    ];
    return values.map((value, col): OutCell => ({
      value,
      style: typeof value === "string" && col >= optionalFirst ? "text" : styles[col],
    }));
  });

  const columns: ColumnSpec[] = [
    ...ORDER.map((c) => ({ width: WIDTHS[c] })),
    ...helperHeaders.map(() => ({ width: 10, hidden: true })),
  ];
  return {
    patch: {
      name: period.sheet,
      rows: [title, header, ...body],
      columns,
      frozenRows: RECAP_TITLE_ROWS + 1,
      protect: true,
      formulaColumns,
    },
    rows,
  };
}

/** The predicate table for RecapCells, only when some indicator is a Predikat one. */
export const predikatCells = (model: KinerjaModel): Pick<RecapCells, "predikat"> =>
  model.indicators.some((i) => i.predikat) ? { predikat: model.settings.predikat } : {};

/** The period's range rows for RecapCells, only when it has any. */
export function rangeCells(rows: readonly RecapRow[], annual: boolean): Pick<RecapCells, "ranges"> {
  const ranges = rows.flatMap((r) => (r.range ? [r.range] : []));
  return ranges.length > 0 ? { ranges: { rows: ranges, annual } } : {};
}

const STYLES: readonly CellStyle[] = ORDER.map((c): CellStyle => {
  if (c === "no") return "integer";
  if (c === "target" || c === "realisasi") return "number";
  if (c === "capaian") return "decimal";
  return "text";
});
