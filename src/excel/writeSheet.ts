// Writes one sheet of a patch: cells, number formats, header styling, widths, frozen rows. A constant
// number of Office.js calls per sheet whatever its row count; it syncs only through the RequestBudget,
// where a host caps request size (Excel on the web) and the sheet would not fit one request.
//
// A recap's formula columns hold one formula each, relative to the row (core/formulas.ts), so each is
// sent once as R1C1 text that Excel broadcasts over the column's range: the request stays a few
// kilobytes of formulas at any size, and Excel computes the values itself. Only the plain values
// (No, Kode, Polaritas, Agregasi) travel per row.
import { CellStyle, FormulaColumn, OutCell, SheetPatch } from "../core/workbook";
import { broadcast } from "./broadcast";
import { CALL_BYTES, payloadBytes, RequestBudget, rowBands } from "./budget";
import {
  cellInput,
  formulaFormatOf,
  numberFormatOf,
  rangeAddress,
  rectangle,
  widthInPoints,
} from "./cells";

/**
 * `ws` gives the sheet's proxy each time it is called: after a budget's sync the caller hands out a
 * fresh one by name, since an object from `worksheets.add()` does not outlive the request.
 */
export type SheetProxy = () => Excel.Worksheet;

export async function writeSheetCells(
  ws: SheetProxy,
  patch: SheetPatch,
  budget: RequestBudget
): Promise<void> {
  const rows = patch.rows;
  if (rows.length === 0) return;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  const columns = patch.formulaColumns ?? [];
  const bodyStart = columns.length > 0 ? Math.min(...columns.map((f) => f.firstRow)) : rows.length;
  if (bodyStart > 0) {
    const head = rows.slice(0, bodyStart);
    // Formats before values: a number written into a cell still formatted as Text would stay text.
    await writeGrid(ws, 0, 0, head, width, budget, (cells) => [
      ["numberFormat", rectangle(cells, width, (c) => (c ? numberFormatOf(c) : null))],
      ["formulas", rectangle(cells, width, (c) => cellInput(c, null))],
    ]);
  }
  if (bodyStart >= rows.length) return;
  const body = rows.slice(bodyStart);
  const bodyEnd = rows.length - 1;
  const byColumn = new Map<number, FormulaColumn>(columns.map((f) => [f.col, f]));
  for (const [c0, c1] of valueSpans(width, byColumn)) {
    for (let c = c0; c <= c1; c++) {
      // Each body column has one style in practice; broadcast it rather than send it per row.
      const formats = new Set(body.map((r) => numberFormatOf(r[c])));
      const address = rangeAddress(bodyStart, c, bodyEnd, c);
      if (formats.size === 1) {
        await budget.spend(CALL_BYTES);
        broadcast(ws().getRange(address), "numberFormat", [...formats][0]);
      } else {
        const each = body.map((r) => [numberFormatOf(r[c])]);
        await budget.spend(payloadBytes(each));
        ws().getRange(address).numberFormat = each;
      }
    }
    const cells = body.map((r) => r.slice(c0, c1 + 1));
    await writeGrid(ws, bodyStart, c0, cells, c1 - c0 + 1, budget, (band) => [
      ["formulas", rectangle(band, c1 - c0 + 1, (c) => cellInput(c, ""))],
    ]);
  }
  for (const f of columns) {
    await budget.spend(2 * CALL_BYTES + f.r1c1.length);
    const range = ws().getRange(rangeAddress(f.firstRow, f.col, f.lastRow, f.col));
    // The column's cells carry only their computed value (text for Kategori): format by style.
    broadcast(range, "numberFormat", formulaFormatOf(rows[f.firstRow]?.[f.col]));
    broadcast(range, "formulasR1C1", `=${f.r1c1}`);
  }
}

type GridField = "numberFormat" | "formulas";

/**
 * Writes `cells` at (top, left) as whole 2-D arrays, in row bands that each fit the request budget:
 * one band (one assignment per field) unless the host caps requests and the cells exceed a window.
 */
async function writeGrid(
  ws: SheetProxy,
  top: number,
  left: number,
  cells: readonly OutCell[][],
  width: number,
  budget: RequestBudget,
  fields: (band: readonly OutCell[][]) => [GridField, unknown[][]][]
): Promise<void> {
  const sizes =
    budget.window === Infinity
      ? cells.map(() => 0)
      : cells.map((row) => fields([row]).reduce((n, [, grid]) => n + payloadBytes(grid), 0));
  for (const [r0, r1] of rowBands(sizes, budget.window)) {
    const band = cells.slice(r0, r1 + 1);
    const grids = fields(band);
    await budget.spend(grids.reduce((n, [, grid]) => n + payloadBytes(grid), 0));
    const range = ws().getRange(rangeAddress(top + r0, left, top + r1, left + width - 1));
    for (const [field, grid] of grids) range[field] = grid as string[][];
  }
}

/** Runs of adjacent columns that hold plain values in the body. */
function valueSpans(
  width: number,
  formulaColumns: ReadonlyMap<number, FormulaColumn>
): [number, number][] {
  const spans: [number, number][] = [];
  for (let c = 0; c < width; c++) {
    if (formulaColumns.has(c)) continue;
    const last = spans[spans.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else spans.push([c, c]);
  }
  return spans;
}

const HEADER_FILL = "#D9E1F2";
const STYLED: readonly CellStyle[] = ["title", "subtitle", "header"];

/** Fonts and fills by runs of like-styled cells: a handful of range-level calls, never one per cell. */
export async function styleSheet(
  sheet: SheetProxy,
  patch: SheetPatch,
  budget: RequestBudget
): Promise<void> {
  const runs: { r: number; c: number; c1: number; style: CellStyle }[] = [];
  patch.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      let c1 = c;
      while (c1 + 1 < row.length && row[c1 + 1]?.style === style) c1++;
      if (style && STYLED.includes(style)) runs.push({ r, c, c1, style });
      c = c1 + 1;
    }
  });
  await budget.spend(CALL_BYTES * (runs.length * CALLS_PER_STYLE + patch.columns.length * 3 + 2));
  const ws = sheet();
  for (const { r, c, c1, style } of runs)
    applyStyle(ws.getRange(rangeAddress(r, c, r, c1)), style, c1 > c);
  patch.columns.forEach((spec, c) => {
    const column = ws.getRange(rangeAddress(0, c, 0, c)).getEntireColumn();
    column.format.columnWidth = widthInPoints(spec);
    column.columnHidden = Boolean(spec.hidden);
  });
  ws.freezePanes.unfreeze();
  if (patch.frozenRows > 0) ws.freezePanes.freezeRows(patch.frozenRows);
}

/** Calls (with their object paths) that one styled run costs at most: a header's font, fill, borders. */
const CALLS_PER_STYLE = 12;

function applyStyle(range: Excel.Range, style: CellStyle, wide: boolean): void {
  const format = range.format;
  if (style === "title") {
    format.font.bold = true;
    format.font.size = 14;
  } else if (style === "subtitle") {
    format.font.italic = true;
    format.font.color = "#595959";
  } else {
    format.font.bold = true;
    format.fill.color = HEADER_FILL;
    format.wrapText = true;
    format.verticalAlignment = "Center";
    // InsideVertical does not exist on a one-cell range; asking for it fails the whole batch.
    const edges = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      ...(wide ? ["InsideVertical"] : []),
    ] as const;
    for (const edge of edges)
      format.borders.getItem(edge as Excel.BorderIndex).style = "Continuous";
  }
}
