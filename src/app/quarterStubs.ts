// The core reads the indicators only when every quarter sheet exists. Setting up a workbook and the
// overview both need the indicators of a workbook that still lacks some quarter sheets, so missing
// quarter sheets are stood in for by empty ones laid out by the core's own template.
import { QUARTERS, quarterSheet } from "../core/contract";
import { readModel, ModelResult } from "../core/model";
import { quarterSheetTemplate } from "../core/template";
import { findSheet, SheetSnapshot, WorkbookSnapshot } from "../core/workbook";

export function emptyQuarterSheet(q: (typeof QUARTERS)[number]): SheetSnapshot {
  const spec = quarterSheetTemplate(q, [], null);
  return { name: spec.name, rows: spec.rows.map((row) => row.map((c) => ({ value: c.value }))) };
}

/** The model as if missing quarter sheets were empty, and which ones were missing. */
export function readWithStubs(book: WorkbookSnapshot): ModelResult & { missingQuarters: string[] } {
  const missing = QUARTERS.filter((q) => !findSheet(book, quarterSheet(q)));
  const result = readModel({ sheets: [...book.sheets, ...missing.map(emptyQuarterSheet)] });
  return { ...result, missingQuarters: missing.map(quarterSheet) };
}
