// The `fix` command's edits: single user cells rewritten as plain numbers. The rest of the user's
// sheet must stay exactly as it was, so the part is not re-serialised: saxes finds where the target
// <c> elements (or the places they belong) are in the source text and only those ranges change.
import { SaxesParser } from "saxes";
import { a1, columnIndex } from "../core/workbook";
import { XlsxError } from "./errors";
import { shiftFormula } from "./formula";
import { escapeText, localName, prefixOf, splice, xmlError } from "./xml";

export type CellEditTarget = {
  row: number;
  col: number;
  value: number | string;
  plainFormat: boolean;
  dateTime?: boolean;
};

type Span = {
  name: string;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  selfClosing: boolean;
};
type FoundCell = Span & { col: number; style: number; hasFormula: boolean; sharedSi?: string };
/** A `<f t="shared" si="…">` element: the master carries the text, followers are empty. */
type SharedF = Span & { si: string; row: number; col: number; text: string };
type FoundRow = Span & { cells: FoundCell[] };

type Scan = {
  prefix: string;
  sheetData: Span | undefined;
  rows: Map<number, FoundRow>;
  /** For target rows that do not exist: the offset of the first later row. */
  rowInsertAt: Map<number, number>;
  sharedMasters: Map<string, SharedF>;
  sharedFollowers: SharedF[];
};

function scan(xml: string, part: string, targetRows: Set<number>): Scan {
  const parser = new SaxesParser({ position: true });
  const result: Scan = {
    prefix: "",
    sheetData: undefined,
    rows: new Map(),
    rowInsertAt: new Map(),
    sharedMasters: new Map(),
    sharedFollowers: [],
  };
  const pendingRows = [...targetRows].sort((a, b) => a - b);
  const stack: (Span | undefined)[] = [];
  let tagStart = 0;
  let inSheetData = false;
  let lastRow = -1;
  let row: FoundRow | undefined;
  let nextCol = 0;
  let cell: FoundCell | undefined;
  let col = 0;
  let shared: SharedF | undefined;

  parser.on("text", (t) => {
    if (shared) shared.text += t;
  });
  parser.on("opentagstart", () => {
    tagStart = xml.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag) => {
    const local = localName(tag.name);
    const pos = parser.position;
    const span: Span = {
      name: tag.name,
      start: tagStart,
      openEnd: pos,
      closeStart: tagStart,
      end: pos,
      selfClosing: tag.isSelfClosing,
    };
    const attrs = tag.attributes as Record<string, string>;
    if (stack.length === 0) result.prefix = prefixOf(tag.name);
    stack.push(undefined);
    if (!inSheetData) {
      if (local === "sheetData" && stack.length === 2) {
        result.sheetData = span;
        stack[stack.length - 1] = span;
        inSheetData = !tag.isSelfClosing;
      }
      return;
    }
    if (local === "row" && stack.length === 3) {
      const index =
        attrs.r !== undefined && Number(attrs.r) >= 1 ? Number(attrs.r) - 1 : lastRow + 1;
      lastRow = index;
      nextCol = 0;
      while (pendingRows.length && pendingRows[0] < index)
        result.rowInsertAt.set(pendingRows.shift()!, span.start);
      if (pendingRows.length && pendingRows[0] === index) pendingRows.shift();
      row = targetRows.has(index) ? { ...span, cells: [] } : undefined;
      if (row) {
        result.rows.set(index, row);
        stack[stack.length - 1] = row;
      }
    } else if (local === "c" && stack.length === 4) {
      const ref = attrs.r ? /^([A-Za-z]+)/.exec(attrs.r) : null;
      col = ref ? columnIndex(ref[1]) : nextCol;
      nextCol = col + 1;
      if (row) {
        cell = {
          ...span,
          col,
          style: attrs.s !== undefined ? Number(attrs.s) : 0,
          hasFormula: false,
        };
        row.cells.push(cell);
        stack[stack.length - 1] = cell;
      }
    } else if (local === "f" && stack.length === 5) {
      if (cell) cell.hasFormula = true;
      if (attrs.t === "shared" && attrs.si !== undefined) {
        shared = { ...span, si: attrs.si, row: lastRow, col, text: "" };
        stack[stack.length - 1] = shared;
        if (cell) cell.sharedSi = attrs.si;
      }
    }
  });
  parser.on("closetag", (tag) => {
    const span = stack.pop();
    if (span && !tag.isSelfClosing) {
      span.end = parser.position;
      span.closeStart = xml.lastIndexOf("<", parser.position - 1);
    }
    const local = localName(tag.name);
    if (local === "sheetData" && stack.length === 1) inSheetData = false;
    else if (local === "row" && stack.length === 2) row = undefined;
    else if (local === "c" && stack.length === 3) cell = undefined;
    else if (local === "f" && shared) {
      if (shared.text !== "") result.sharedMasters.set(shared.si, shared);
      else result.sharedFollowers.push(shared);
      shared = undefined;
    }
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    throw xmlError(part, err);
  }
  return result;
}

/**
 * Rewrites the target cells of one worksheet part. `styleFor` maps a cell's current style index to
 * the one it gets (a General copy when plainFormat, a date-time style for a date-time). Returns the new XML and whether a formula was
 * removed (which makes calcChain.xml stale).
 */
export function applyCellEdits(
  xml: string,
  part: string,
  sheetName: string,
  edits: readonly CellEditTarget[],
  styleFor: (currentStyle: number, edit: CellEditTarget) => number
): { xml: string; removedFormula: boolean } {
  // The last edit of a cell wins; order within a row follows the columns.
  const byCell = new Map<string, CellEditTarget>();
  for (const e of edits) {
    if (
      !Number.isInteger(e.row) ||
      !Number.isInteger(e.col) ||
      e.row < 0 ||
      e.col < 0 ||
      e.row >= 1048576 ||
      e.col >= 16384
    ) {
      throw new RangeError(`sel di luar lembar: ${sheetName} baris ${e.row}, kolom ${e.col}`);
    }
    if (typeof e.value === "number" && !Number.isFinite(e.value))
      throw new RangeError(`nilai bukan angka terhingga untuk ${sheetName}!${a1(e.row, e.col)}`);
    byCell.set(`${e.row}:${e.col}`, e);
  }
  const targets = [...byCell.values()];
  const found = scan(xml, part, new Set(targets.map((t) => t.row)));
  if (!found.sheetData)
    throw new XlsxError(`berkas .xlsx rusak: lembar '${sheetName}' tidak punya sheetData`);
  const p = found.prefix;
  let removedFormula = false;

  const cellText = (t: CellEditTarget, current: FoundCell | undefined): string => {
    const style = styleFor(current?.style ?? 0, t);
    const s = style ? ` s="${style}"` : "";
    const ref = a1(t.row, t.col);
    // Text goes in as an inline string: sharedStrings.xml, shared by every sheet, stays untouched.
    if (typeof t.value === "string")
      return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeText(t.value)}</${p}t></${p}is></${p}c>`;
    return `<${p}c r="${ref}"${s}><${p}v>${String(t.value)}</${p}v></${p}c>`;
  };

  const splices: { start: number; end: number; text: string }[] = [];
  const orphanedShares = new Set<string>();
  // Inserted cells and rows are grouped by where they go, so several land in column/row order.
  const rowInserts = new Map<number, Map<number, string[]>>(); // insert offset → row → cell texts
  const cellInserts = new Map<number, string[]>(); // insert offset → cell texts, pre-sorted by column
  for (const t of targets) {
    const row = found.rows.get(t.row);
    if (!row) {
      const at = found.rowInsertAt.get(t.row) ?? -1; // -1: at the end of sheetData
      const rowsAt = rowInserts.get(at) ?? new Map<number, string[]>();
      rowInserts.set(at, rowsAt);
      rowsAt.set(t.row, [...(rowsAt.get(t.row) ?? []), cellText(t, undefined)]);
      continue;
    }
    const existing = row.cells.find((c) => c.col === t.col);
    if (existing) {
      removedFormula ||= existing.hasFormula;
      if (existing.sharedSi !== undefined) orphanedShares.add(existing.sharedSi);
      splices.push({ start: existing.start, end: existing.end, text: cellText(t, existing) });
      continue;
    }
    const next = row.cells.find((c) => c.col > t.col);
    const at = next ? next.start : row.selfClosing ? row.end : row.closeStart;
    cellInserts.set(at, [...(cellInserts.get(at) ?? []), cellText(t, undefined)]);
  }

  // A replaced master of a shared formula would leave its followers without a formula, which Excel
  // reports as a damaged file: the followers get the formula they meant, written out in full.
  for (const si of orphanedShares) {
    const master = found.sharedMasters.get(si);
    if (!master || !byCell.has(`${master.row}:${master.col}`)) continue;
    for (const f of found.sharedFollowers) {
      if (f.si !== si || byCell.has(`${f.row}:${f.col}`)) continue;
      const text = escapeText(shiftFormula(master.text, f.row - master.row, f.col - master.col));
      splices.push({ start: f.start, end: f.end, text: `<${f.name}>${text}</${f.name}>` });
    }
  }

  // Inserts before a self-closing row turn it into an open/close pair.
  const selfClosingRows = [...found.rows.values()].filter(
    (r) => r.selfClosing && cellInserts.has(r.end)
  );
  for (const r of selfClosingRows) {
    const open = xml.slice(r.start, r.end).replace(/\s*\/>$/, ">");
    splices.push({
      start: r.start,
      end: r.end,
      text: `${open}${sortedByColumn(cellInserts.get(r.end)!)}</${r.name}>`,
    });
    cellInserts.delete(r.end);
  }
  for (const [at, texts] of cellInserts)
    splices.push({ start: at, end: at, text: sortedByColumn(texts) });

  const sd = found.sheetData;
  for (const [at, rowsAt] of rowInserts) {
    const text = [...rowsAt.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([r, cells]) => `<${p}row r="${r + 1}">${sortedByColumn(cells)}</${p}row>`)
      .join("");
    if (at >= 0) splices.push({ start: at, end: at, text });
    else if (!sd.selfClosing) splices.push({ start: sd.closeStart, end: sd.closeStart, text });
    else
      splices.push({
        start: sd.start,
        end: sd.end,
        text: `${xml.slice(sd.start, sd.end).replace(/\s*\/>$/, ">")}${text}</${sd.name}>`,
      });
  }
  return { xml: splice(xml, splices), removedFormula };
}

/** Cell texts we generated (`<c r="E7"…`) in column order. */
function sortedByColumn(texts: string[]): string {
  const col = (t: string) => columnIndex(/ r="([A-Z]+)/.exec(t)?.[1] ?? "A");
  return [...texts].sort((a, b) => col(a) - col(b)).join("");
}
