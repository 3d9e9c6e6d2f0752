// The generated sheet `Capaian Triwulan` (docs/CONTRACT.md §2, §4): per indicator, each quarter on its
// own and each quarter "s.d." — TW I up to and including it — as offices report "capaian s.d.
// triwulan II" against the target to date. A quarter alone and TW I…TW k are periods like a semester:
// recap.ts gives their figures and formulas.ts their live formulas from the one roll-up table
// (rollup.ts), with the same rules on which quarters count. This file lays the columns out and decides
// no figure. Hidden helpers to the right hold each row's positions and counted figures of all four
// quarters, laid out as Tahunan's; every block's formulas read them.
import {
  PeriodSpan,
  PK_RECAP_HELPERS,
  Quarter,
  QUARTER_LABEL,
  QUARTERLY_BLOCK,
  QUARTERLY_IDENTITY,
  QUARTERLY_SHEET,
  QuarterlyColumn,
  QUARTERS,
  RECAP_COLUMNS,
} from "./contract";
import { a1Notation, Notation, R1C1 } from "./formulaNotation";
import { RecapFormulas } from "./formulas";
import { RecapCells, SourceLayouts } from "./recapCells";
import { KinerjaModel } from "./model";
import { kodeKey } from "./names";
import { AUTO_NOTE } from "./ownership";
import { recapPeriod, RecapRow, shownValue } from "./recap";
import { predikatCells, rangeCells, RECAP_TITLE_ROWS } from "./recapSheet";
import { CalendarDate, counts } from "./schedule";
import {
  CellStyle,
  columnLetter,
  ColumnSpec,
  FormulaColumn,
  OutCell,
  SheetPatch,
} from "./workbook";

/** Quarter `q` on its own: its own target (Target TW q) against its own figures. */
export const quarterAlone = (q: Quarter): PeriodSpan => ({
  quarters: [q],
  usesAnnualTarget: false,
});
/** TW I up to `q`: the roll-up of a semester over those quarters, against the target to date. */
export const quarterToDate = (q: Quarter): PeriodSpan => ({
  quarters: QUARTERS.filter((x) => x <= q),
  usesAnnualTarget: false,
});

export type QuarterlyRecap = {
  patch: SheetPatch;
  /** Per quarter, every indicator's figures of that quarter alone, and of TW I up to it. */
  alone: Record<Quarter, RecapRow[]>;
  toDate: Record<Quarter, RecapRow[]>;
  /** The latest quarter holding a figure that counts (ended, due, reported); TW I when none does. */
  current: Quarter;
};

const BLOCK = Object.keys(QUARTERLY_BLOCK) as QuarterlyColumn[];
const VISIBLE = QUARTERLY_IDENTITY.length + QUARTERS.length * BLOCK.length;
const identityCol = (key: (typeof QUARTERLY_IDENTITY)[number]): number =>
  QUARTERLY_IDENTITY.indexOf(key);
const blockCol = (q: Quarter, key: QuarterlyColumn): number =>
  QUARTERLY_IDENTITY.length + (q - 1) * BLOCK.length + BLOCK.indexOf(key);
const letter = (q: Quarter, key: QuarterlyColumn): string => columnLetter(blockCol(q, key));
/** Helpers: PK position, then per quarter its position, its counted figure, its Penyebut. */
const helper = (i: number): number => VISIBLE + i;
const position = (q: Quarter) => helper(q);
const figure = (q: Quarter) => helper(4 + q);
const penyebut = (q: Quarter) => helper(8 + q);
const OPTIONAL_FIRST = helper(13);

const IDENTITY_WIDTHS = [5, 10, 30, 45, 10, 10, 11];
const BLOCK_WIDTH: Record<QuarterlyColumn, number> = {
  target: 11,
  realisasi: 11,
  capaian: 12,
  targetToDate: 11,
  realisasiToDate: 11,
  capaianToDate: 12,
  kategoriToDate: 14,
};
const BLOCK_STYLE: Record<QuarterlyColumn, CellStyle> = {
  target: "number",
  realisasi: "number",
  capaian: "decimal",
  targetToDate: "number",
  realisasiToDate: "number",
  capaianToDate: "decimal",
  kategoriToDate: "text",
};

/** Stands for the row number in an A1 template, replaced per row. */
const ROW = "\u0001";

export function quarterlyTitle(year: number | null): string {
  return `Rekap Kinerja ${QUARTERLY_SHEET}${year === null ? "" : ` Tahun ${year}`}`;
}

export function buildQuarterlySheet(model: KinerjaModel): QuarterlyRecap {
  const alone = {} as Record<Quarter, RecapRow[]>;
  const toDate = {} as Record<Quarter, RecapRow[]>;
  for (const q of QUARTERS) {
    alone[q] = recapPeriod(model, quarterAlone(q));
    toDate[q] = recapPeriod(model, quarterToDate(q));
  }
  const reported = QUARTERS.filter((q) =>
    alone[q].some((r) => r.assessed && r.missingQuarters.length === 0)
  );
  return {
    patch: {
      name: QUARTERLY_SHEET,
      rows: [titleRow(model), headerRow(model), ...bodyRows(model, alone, toDate)],
      columns: [
        ...IDENTITY_WIDTHS.map((width) => ({ width })),
        ...QUARTERS.flatMap(() => BLOCK.map((k): ColumnSpec => ({ width: BLOCK_WIDTH[k] }))),
        ...helperHeaders(model).map(() => ({ width: 10, hidden: true })),
      ],
      frozenRows: RECAP_TITLE_ROWS + 1,
      protect: true,
      formulaColumns: formulaColumns(model, alone, toDate),
    },
    alone,
    toDate,
    current: reported[reported.length - 1] ?? 1,
  };
}

/** The optional Perjanjian Kinerja columns the sheet carries a helper for, after the quarters'. */
const optionalColumns = (model: KinerjaModel) =>
  PK_RECAP_HELPERS.filter((k) => model.pkLayout.columns[k] !== undefined);

const helperHeaders = (model: KinerjaModel): string[] => {
  const labels = QUARTERS.map((q) => model.quarters[q].layout.sheet);
  return [
    "Baris PK",
    ...labels.map((l) => `Baris ${l}`),
    ...labels.map((l) => `Nilai ${l}`),
    ...labels.map((l) => `Penyebut ${l}`),
    ...optionalColumns(model).map((k) => (k === "frekuensi" ? "Frekuensi" : "Pengali")),
  ];
};

function titleRow(model: KinerjaModel): OutCell[] {
  const title: OutCell[] = Array.from({ length: VISIBLE }, () => ({ value: null }));
  title[0] = { value: quarterlyTitle(model.settings.year), style: "title" };
  title[VISIBLE - 1] = { value: AUTO_NOTE, style: "subtitle" };
  return title;
}

function headerRow(model: KinerjaModel): OutCell[] {
  return [
    ...QUARTERLY_IDENTITY.map((k) => RECAP_COLUMNS[k]),
    ...QUARTERS.flatMap((q) => BLOCK.map((k) => QUARTERLY_BLOCK[k](QUARTER_LABEL[q]))),
    ...helperHeaders(model),
  ].map((value) => ({ value, style: "header" }));
}

function bodyRows(
  model: KinerjaModel,
  alone: Record<Quarter, RecapRow[]>,
  toDate: Record<Quarter, RecapRow[]>
): OutCell[][] {
  const optional = optionalColumns(model);
  return model.indicators.map((ind, i): OutCell[] => {
    const isRasio = ind.agregasi === "Rasio";
    const key = kodeKey(ind.kode);
    const found = QUARTERS.map((q) => model.quarters[q].entries.get(key));
    // The figure cells hold only the quarters that count, as their formulas do.
    const entries = found.map((e, k) => (counts(ind, QUARTERS[k], model.clock) ? e : undefined));
    const blocks = QUARTERS.flatMap((q) => {
      const [a, t] = [alone[q][i], toDate[q][i]];
      const shown = (r: RecapRow) => [shownValue(r, "target"), shownValue(r, "realisasi")];
      return [...shown(a), a.capaian, ...shown(t), t.capaian, t.kategori];
    });
    const values: (string | number | null)[] = [
      i + 1,
      ind.kode,
      ind.sasaran,
      ind.indikator,
      ind.satuan,
      ind.polaritas,
      ind.agregasi,
      ...blocks.map((v) => v ?? ""),
      ind.row + 1,
      ...QUARTERS.map((q, k) => (found[k]?.row ?? model.quarters[q].layout.headerRow) + 1),
      ...entries.map((e) => (isRasio ? e?.pembilang : e?.realisasi) ?? ""),
      ...entries.map((e) => (isRasio ? (e?.penyebut ?? "") : "")),
      ...optional.map((k) => (k === "frekuensi" ? ind.frekuensi : ind.pengali)),
    ];
    return values.map((value, col): OutCell => ({ value, style: styleOf(col, value) }));
  });
}

function styleOf(col: number, value: string | number | null): CellStyle {
  if (col === identityCol("no")) return "integer";
  if (col < QUARTERLY_IDENTITY.length) return "text";
  if (col < VISIBLE) return BLOCK_STYLE[BLOCK[(col - QUARTERLY_IDENTITY.length) % BLOCK.length]];
  if (col >= OPTIONAL_FIRST) return typeof value === "string" ? "text" : "number";
  return col < figure(1) ? "integer" : "number";
}

/**
 * Each formula column as a function of notation: RecapFormulas over the block's quarters, whose
 * rows (`alone`, `toDate`) say which hold a target range.
 */
function formulaColumns(
  model: KinerjaModel,
  alone: Record<Quarter, RecapRow[]>,
  toDate: Record<Quarter, RecapRow[]>
): FormulaColumn[] {
  const src: SourceLayouts = {
    pk: model.pkLayout,
    quarters: {
      1: model.quarters[1].layout,
      2: model.quarters[2].layout,
      3: model.quarters[3].layout,
      4: model.quarters[4].layout,
    },
  };
  const optional = optionalColumns(model);
  const optionalLetter = (k: (typeof optional)[number]) =>
    optional.includes(k) ? columnLetter(OPTIONAL_FIRST + optional.indexOf(k)) : undefined;
  const pending: Partial<Record<Quarter, CalendarDate>> = {};
  for (const q of QUARTERS) {
    const { end, ended } = model.clock[q];
    if (!ended && end) pending[q] = end;
  }
  const cells = (
    span: PeriodSpan,
    rows: readonly RecapRow[],
    target: string,
    realisasi: string,
    capaian: string
  ): RecapCells => ({
    kode: columnLetter(identityCol("kode")),
    polaritas: columnLetter(identityCol("polaritas")),
    agregasi: columnLetter(identityCol("agregasi")),
    target,
    realisasi,
    capaian,
    pkPosition: columnLetter(helper(0)),
    quarters: span.quarters,
    position: span.quarters.map((q) => columnLetter(position(q))),
    value: span.quarters.map((q) => columnLetter(figure(q))),
    penyebut: span.quarters.map((q) => columnLetter(penyebut(q))),
    frekuensi: optionalLetter("frekuensi"),
    pengali: optionalLetter("pengali"),
    pending,
    ...predikatCells(model),
    ...rangeCells(rows, span.usesAnnualTarget),
  });
  type Make = (f: RecapFormulas) => string | undefined;
  const over =
    (c: RecapCells, make: Make) =>
    (n: Notation): string | undefined =>
      make(new RecapFormulas(src, c, n));
  // The helpers hold all four quarters, as the whole-year block's cells name them.
  const year = cells(quarterToDate(4), toDate[4], "", "", "");
  const makers: [number, (n: Notation) => string | undefined][] = [
    [identityCol("sasaran"), over(year, (f) => f.pkText("sasaran"))],
    [identityCol("indikator"), over(year, (f) => f.pkText("indikator"))],
    [identityCol("satuan"), over(year, (f) => f.pkText("satuan"))],
    ...QUARTERS.flatMap((q): [number, (n: Notation) => string | undefined][] => {
      const a = cells(
        quarterAlone(q),
        alone[q],
        letter(q, "target"),
        letter(q, "realisasi"),
        letter(q, "capaian")
      );
      const t = cells(
        quarterToDate(q),
        toDate[q],
        letter(q, "targetToDate"),
        letter(q, "realisasiToDate"),
        letter(q, "capaianToDate")
      );
      return [
        [blockCol(q, "target"), over(a, (f) => f.semesterTarget())],
        [blockCol(q, "realisasi"), over(a, (f) => f.realisasi())],
        [blockCol(q, "capaian"), over(a, (f) => f.capaian())],
        [blockCol(q, "targetToDate"), over(t, (f) => f.semesterTarget())],
        [blockCol(q, "realisasiToDate"), over(t, (f) => f.realisasi())],
        [blockCol(q, "capaianToDate"), over(t, (f) => f.capaian())],
        [blockCol(q, "kategoriToDate"), over(t, (f) => f.kategori(model.settings.scale))],
      ];
    }),
    [helper(0), over(year, (f) => f.pkPosition())],
    ...QUARTERS.flatMap((q, k): [number, (n: Notation) => string | undefined][] => [
      [position(q), over(year, (f) => f.quarterPosition(k))],
      [figure(q), over(year, (f) => f.quarterValue(k))],
      [penyebut(q), over(year, (f) => f.quarterPenyebut(k))],
    ]),
    ...optional.map((k, i): [number, (n: Notation) => string | undefined] => [
      OPTIONAL_FIRST + i,
      over(year, (f) => (k === "frekuensi" ? f.frekuensi() : f.pengali())),
    ]),
  ];
  const rows = model.indicators.length;
  if (rows === 0) return [];
  const firstRow = RECAP_TITLE_ROWS + 1;
  return makers.flatMap(([col, make]): FormulaColumn[] => {
    const a1 = make(a1Notation(ROW));
    const r1c1 = make(R1C1);
    return a1 === undefined || r1c1 === undefined
      ? []
      : [{ col, firstRow, lastRow: firstRow + rows - 1, r1c1, a1: a1.split(ROW) }];
  });
}
