// The hidden `Log` sheet: one audit row per action that changed the workbook.
import { LOG_SHEET } from "./contract";
import { header, NewSheet, newSheet } from "./newSheet";

export const LOG_COLUMNS = ["Waktu", "Pengguna", "Aksi", "Lembar", "Rincian", "Hash"] as const;

/** One audit row of the `Log` sheet. */
export type LogEntry = {
  time: string;
  user: string;
  action: string;
  sheet: string;
  detail: string;
  hash: string;
};

/** A Log entry as the sheet's cells, in LOG_COLUMNS order: the layout is decided here, not by a writer. */
export const logRow = (e: LogEntry): string[] => [
  e.time,
  e.user,
  e.action,
  e.sheet,
  e.detail,
  e.hash,
];

export function logSheet(): NewSheet {
  return newSheet(LOG_SHEET, [header(LOG_COLUMNS)], [20, 20, 16, 16, 60, 18], {
    visibility: "veryHidden",
  });
}
