// The hidden `Log` sheet: one audit row per action that changed the workbook, each hash-chained to
// the row above (auditChain.ts) so that an edited or removed row shows.
import { LOG_SHEET } from "./contract";
import { header, NewSheet, newSheet } from "./newSheet";
import { cellText, findSheet, WorkbookSnapshot } from "./workbook";

export const LOG_COLUMNS = ["Waktu", "Pengguna", "Aksi", "Lembar", "Rincian", "Hash"] as const;
export const LOG_HASH_COL = LOG_COLUMNS.indexOf("Hash");

/** What a use case says happened; the gateway seals it with its chain hash when it writes. */
export type LogDraft = {
  time: string;
  user: string;
  action: string;
  sheet: string;
  detail: string;
};

/** One audit row of the `Log` sheet. */
export type LogEntry = LogDraft & { hash: string };

/** The fields a Log row's hash covers, in LOG_COLUMNS order. */
export const logFields = (e: LogDraft): string[] => [e.time, e.user, e.action, e.sheet, e.detail];

/** A Log entry as the sheet's cells, in LOG_COLUMNS order: the layout is decided here, not by a writer. */
export const logRow = (e: LogEntry): string[] => [...logFields(e), e.hash];

export function logSheet(): NewSheet {
  return newSheet(LOG_SHEET, [header(LOG_COLUMNS)], [20, 20, 16, 16, 60, 66], {
    visibility: "veryHidden",
  });
}

/** The Log's data rows as the chain reads them (header in row 1, as logSheet() writes it). */
export function readLogChain(
  book: WorkbookSnapshot
): { row: number; fields: string[]; hash: string }[] {
  const sheet = findSheet(book, LOG_SHEET);
  if (!sheet) return [];
  const out: { row: number; fields: string[]; hash: string }[] = [];
  for (let r = 1; r < sheet.rows.length; r++) {
    const cells = LOG_COLUMNS.map((_, c) => cellText(sheet.rows[r]?.[c]?.value));
    if (cells.every((c) => c === "")) continue;
    const hash = cells.pop() as string;
    out.push({ row: r, fields: cells, hash });
  }
  return out;
}
