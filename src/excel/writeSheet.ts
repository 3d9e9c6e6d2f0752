// Writes one sheet of a patch: cells, number formats, header styling, widths, frozen rows. A constant
// number of Office.js calls per sheet whatever its row count; nothing here syncs.
//
// A recap's formula columns hold one formula each, relative to the row (core/formulas.ts), so each is
// sent once as R1C1 text that Excel broadcasts over the column's range: the request stays a few
// kilobytes of formulas at any size, and Excel computes the values itself. Only the plain values
// (No, Kode, Polaritas, Agregasi) travel per row.
import { CellStyle, FormulaColumn, OutCell, SheetPatch } from "../core/workbook";
import { broadcast } from "./broadcast";
import {
  cellInput,
  formulaFormatOf,
  numberFormatOf,
  rangeAddress,
  rectangle,
  widthInPoints,
} from "./cells";

export function writeSheetCells(ws: Excel.Worksheet, patch: SheetPatch): void {
  const rows = patch.rows;
  if (rows.length === 0) return;
  const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
  const columns = patch.formulaColumns ?? [];
  const bodyStart = columns.length > 0 ? Math.min(...columns.map((f) => f.firstRow)) : rows.length;
  if (bodyStart > 0) writeExplicit(ws, rows.slice(0, bodyStart), 0, width);
  if (bodyStart >= rows.length) return;
  const body = rows.slice(bodyStart);
  const bodyEnd = rows.length - 1;
  const byColumn = new Map<number, FormulaColumn>(columns.map((f) => [f.col, f]));
  for (const [c0, c1] of valueSpans(width, byColumn)) {
    const cells = body.map((r) => r.slice(c0, c1 + 1));
    for (let c = c0; c <= c1; c++) {
      // Each body column has one style in practice; broadcast it rather than send it per row.
      const formats = new Set(body.map((r) => numberFormatOf(r[c])));
      const column = ws.getRange(rangeAddress(bodyStart, c, bodyEnd, c));
      if (formats.size === 1) broadcast(column, "numberFormat", [...formats][0]);
      else column.numberFormat = body.map((r) => [numberFormatOf(r[c])]);
    }
    ws.getRange(rangeAddress(bodyStart, c0, bodyEnd, c1)).formulas = rectangle(
      cells,
      c1 - c0 + 1,
      (c) => cellInput(c, "")
    );
  }
  for (const f of columns) {
    const range = ws.getRange(rangeAddress(f.firstRow, f.col, f.lastRow, f.col));
    // The column's cells carry only their computed value (text for Kategori): format by style.
    broadcast(range, "numberFormat", formulaFormatOf(rows[f.firstRow]?.[f.col]));
    broadcast(range, "formulasR1C1", `=${f.r1c1}`);
  }
}

function writeExplicit(
  ws: Excel.Worksheet,
  rows: readonly OutCell[][],
  top: number,
  width: number
): void {
  const range = ws.getRange(rangeAddress(top, 0, top + rows.length - 1, width - 1));
  // Formats first: a number written into a cell still formatted as text would stay text.
  range.numberFormat = rectangle(rows, width, (c) => (c ? numberFormatOf(c) : null));
  range.formulas = rectangle(rows, width, (c) => cellInput(c, null));
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
export function styleSheet(ws: Excel.Worksheet, patch: SheetPatch): void {
  patch.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      let c1 = c;
      while (c1 + 1 < row.length && row[c1 + 1]?.style === style) c1++;
      if (style && STYLED.includes(style))
        applyStyle(ws.getRange(rangeAddress(r, c, r, c1)), style, c1 > c);
      c = c1 + 1;
    }
  });
  patch.columns.forEach((spec, c) => {
    const column = ws.getRange(rangeAddress(0, c, 0, c)).getEntireColumn();
    column.format.columnWidth = widthInPoints(spec);
    column.columnHidden = Boolean(spec.hidden);
  });
  ws.freezePanes.unfreeze();
  if (patch.frozenRows > 0) ws.freezePanes.freezeRows(patch.frozenRows);
}

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
