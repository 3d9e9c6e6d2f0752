// Queues a whole WriteBatch on one request context; the caller syncs once at the end. Where the host
// caps request size (Excel on the web, 5 MB) the budget syncs earlier, once per full window. The order
// matters: Office.js batches are not transactions, so the step most likely to fail (a locked sheet)
// runs before anything that would be wrong on its own (the log entry, the protection).
import { LOG_SHEET } from "../core/contract";
import { LOG_COLUMNS, logRow, logSheet } from "../core/logSheet";
import { a1, RowAppend, SheetPatch, sheetKey } from "../core/workbook";
import { broadcast } from "./broadcast";
import { CALL_BYTES, payloadBytes, RequestBudget, rowBands } from "./budget";
import { rangeAddress, TEXT_FORMAT } from "./cells";
import { addChart, addKategoriFormat, addValidation } from "./decorations";
import { ReadState } from "./snapshot";
import { SealedBatch } from "../app/ports";
import { SheetProxy, styleSheet, writeSheetCells } from "./writeSheet";

export type WriteOptions = {
  /** ExcelApi 1.9: screen-updating suspension. */
  modernApi: boolean;
  /** The host's request cap in bytes (Excel on the web); null where there is none. */
  requestLimit: number | null;
};

export async function writeBatch(
  context: Excel.RequestContext,
  state: ReadState,
  batch: SealedBatch,
  options: WriteOptions
): Promise<void> {
  // Nothing needs recalculating until every formula is in place; a sync lifts both, so an early
  // sync of the budget suspends them again.
  const suspend = (): void => {
    context.application.suspendApiCalculationUntilNextSync();
    if (options.modernApi) context.application.suspendScreenUpdatingUntilNextSync();
  };
  suspend();
  // After a sync, proxies are taken again by name: an object from worksheets.add() does not outlive
  // its request outside the client's own tracking.
  const budget = new RequestBudget(context, options.requestLimit, () => {
    proxies.clear();
    suspend();
  });

  const worksheets = context.workbook.worksheets;
  // Keyed by sheetKey: Excel's names are case-insensitive, and adding `Tahunan` beside a `tahunan`
  // would fail the whole batch.
  const info = new Map(state.read.sheets.map((s) => [sheetKey(s.name), s]));
  const proxies = new Map<string, Excel.Worksheet>();
  const created = new Set<string>();
  const known = (name: string): boolean => info.has(sheetKey(name)) || created.has(sheetKey(name));
  const added = (name: string): void => {
    created.add(sheetKey(name));
    proxies.set(sheetKey(name), worksheets.add(name));
  };
  const sheet = (name: string): Excel.Worksheet => {
    let ws = proxies.get(sheetKey(name));
    if (!ws) proxies.set(sheetKey(name), (ws = worksheets.getItem(name)));
    return ws;
  };

  // User cells first: a protected user sheet fails here, before anything else is written.
  for (const edit of batch.edits ?? []) {
    await budget.spend(payloadBytes(edit.value) + 2 * CALL_BYTES);
    const range = sheet(edit.sheet).getRange(a1(edit.row, edit.col));
    if (typeof edit.value === "string") {
      range.numberFormat = [[TEXT_FORMAT]];
      range.values = [[edit.value]];
    } else {
      if (edit.plainFormat) range.numberFormat = [["General"]];
      range.values = [[edit.value]];
    }
  }

  for (const spec of batch.create ?? []) {
    if (known(spec.name)) continue; // an existing sheet is never touched
    added(spec.name);
    await writeSheet(() => sheet(spec.name), spec, budget);
    await budget.spend((spec.validations.length * 3 + 1) * CALL_BYTES);
    for (const v of spec.validations) addValidation(sheet(spec.name), v);
    if (spec.visibility === "veryHidden") sheet(spec.name).visibility = "VeryHidden";
  }

  // Tracker rows next: a user may have protected `Tahapan SOP` after the use case checked it, and
  // failing here leaves the recap sheets untouched rather than written without their step recorded.
  for (const rows of batch.append ?? []) await appendRows(sheet, rows, budget);

  // Every recap sheet exists before any formula is written: a semester's formulas name Tahunan, and
  // Excel takes a formula naming a sheet it does not have for a link to another workbook.
  for (const patch of batch.rewrite ?? []) {
    if (!known(patch.name)) added(patch.name);
  }
  const rewritten: string[] = [];
  for (const patch of batch.rewrite ?? []) {
    const existing = info.get(sheetKey(patch.name));
    await budget.spend(4 * CALL_BYTES);
    const ws = sheet(patch.name);
    if (existing) {
      if (existing.protected) ws.protection.unprotect();
      const all = ws.getRange();
      all.conditionalFormats.clearAll();
      all.clear("All");
    }
    await writeSheet(() => sheet(patch.name), patch, budget);
    if (patch.protect) rewritten.push(patch.name);
  }

  const decorations =
    (batch.kategoriFormats ?? []).reduce((n, k) => n + k.bands.length * 4, 0) +
    (batch.charts ?? []).length * 12 +
    rewritten.length;
  await budget.spend(decorations * CALL_BYTES);
  for (const k of batch.kategoriFormats ?? []) addKategoriFormat(sheet(k.sheet), k);
  for (const c of batch.charts ?? [])
    addChart(sheet(c.sheet), c, (state.charts.get(c.sheet) ?? []).includes(c.name));
  // Last of the generated sheets' steps: protection keeps people from typing over the formulas.
  for (const name of rewritten)
    sheet(name).protection.protect({ allowFormatColumns: true, allowFormatRows: true });

  if (batch.log && batch.log.length > 0) {
    let row = state.logNextRow;
    if (row === null || !info.has(sheetKey(LOG_SHEET))) {
      const spec = logSheet();
      if (!known(LOG_SHEET)) {
        added(LOG_SHEET);
        await writeSheet(() => sheet(LOG_SHEET), spec, budget);
        sheet(LOG_SHEET).visibility = "VeryHidden";
      }
      row = spec.rows.length;
    }
    const lines = batch.log.map(logRow);
    await budget.spend(payloadBytes(lines) + 2 * CALL_BYTES);
    const range = sheet(LOG_SHEET).getRange(
      rangeAddress(row, 0, row + lines.length - 1, LOG_COLUMNS.length - 1)
    );
    // Every Log cell is text: a user name like "1/2" or a hash of digits must not be parsed.
    broadcast(range, "numberFormat", TEXT_FORMAT);
    range.values = lines;
  }
  if (batch.activate) sheet(batch.activate).activate();
}

async function writeSheet(ws: SheetProxy, patch: SheetPatch, budget: RequestBudget): Promise<void> {
  await writeSheetCells(ws, patch, budget);
  await styleSheet(ws, patch, budget);
}

/**
 * Rows below a sheet's last, in bands that each fit a request (an approval's Persetujuan rows run to
 * megabytes). Each band's range is taken after its spend: a spend may sync, which retires proxies.
 */
async function appendRows(
  sheet: (name: string) => Excel.Worksheet,
  rows: RowAppend,
  budget: RequestBudget
): Promise<void> {
  const width = rows.values[0]?.length ?? 0;
  if (rows.values.length === 0 || width === 0) return;
  const sizes = rows.values.map((v, i) => payloadBytes(v) + payloadBytes(rows.numberFormats[i]));
  for (const [r0, r1] of rowBands(sizes, budget.window)) {
    const formats = rows.numberFormats.slice(r0, r1 + 1);
    const values = rows.values.slice(r0, r1 + 1);
    await budget.spend(payloadBytes(formats) + payloadBytes(values));
    const at = rangeAddress(rows.row + r0, rows.col, rows.row + r1, rows.col + width - 1);
    const range = sheet(rows.sheet).getRange(at);
    // Formats first, so that a Nama like "1/2" or a note stays text instead of becoming a date.
    range.numberFormat = formats;
    range.values = values;
  }
}
