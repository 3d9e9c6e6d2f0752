// How core output cells become Office.js input: addresses, cell inputs, number formats, widths.
import { DATE_TIME_FORMAT } from "../core/excelDate";
import { a1, CellStyle, ColumnSpec, OutCell } from "../core/workbook";
import { ColumnRange } from "../app/ports";

export const rangeAddress = (r0: number, c0: number, r1: number, c1: number): string =>
  r0 === r1 && c0 === c1 ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`;

export const columnRangeAddress = (r: ColumnRange): string =>
  rangeAddress(r.fromRow, r.col, r.toRow, r.col);

/** The `formulas` input of a cell: "=" + formula, else its value; `blank` for an empty cell. */
export function cellInput<B>(cell: OutCell | undefined, blank: B): string | number | B {
  if (!cell) return blank;
  if (cell.formula) return `=${cell.formula}`;
  if (cell.value === null || cell.value === "") return blank;
  return cell.value;
}

/**
 * Text written into a cell is parsed like typing (`01` → 1, `3/4` → a date, `=A1` → a formula), so every
 * text cell is formatted as Text before its value is written, in the same batch. No apostrophe prefix:
 * whether Excel hides it in a Text cell is undocumented, and the Text format alone is enough.
 */
export const TEXT_FORMAT = "@";

/** Same codes as the command line's writer, so a recap looks alike from either tool. */
const NUMBER_FORMATS: Record<CellStyle, string> = {
  title: "General",
  subtitle: "General",
  header: "General",
  text: "General",
  number: "General",
  decimal: "0.00",
  integer: "0",
  dateTime: DATE_TIME_FORMAT,
};
/** The format of a formula cell: its style's, never Text (a formula in a Text cell stays text). */
export const formulaFormatOf = (cell: OutCell | undefined): string =>
  NUMBER_FORMATS[cell?.style ?? "text"];

/** A text value's cell is Text whatever its style: a Kode `01` or `1.10` must not become a number. */
export const numberFormatOf = (cell: OutCell | undefined): string =>
  cell && !cell.formula && typeof cell.value === "string" && cell.value !== ""
    ? TEXT_FORMAT
    : formulaFormatOf(cell);

/** Column widths in the core are Excel character widths (as in .xlsx); Office.js wants points. */
export const widthInPoints = (spec: ColumnSpec): number =>
  Math.round((spec.width * 7 + 5) * 0.75 * 100) / 100;

/** Pads each row to `width` so the 2-D arrays Office.js takes are rectangular. */
export function rectangle<T, B>(
  rows: readonly (readonly T[])[],
  width: number,
  map: (cell: T | undefined) => B
): B[][] {
  return rows.map((row) => Array.from({ length: width }, (_, c) => map(row[c])));
}
