// Cells as merge and unit files compare and quote them: text compared trimmed, anything else as it
// shows, and a missing cell the same as a blank one.
import { CellValue, isCellError } from "./workbook";

export const isBlankValue = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A value as a message quotes it. */
export const showValue = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : isCellError(v) ? v.error : String(v);

export const sameValue = (a: CellValue | undefined, b: CellValue | undefined): boolean =>
  typeof a === "string" && typeof b === "string"
    ? a.trim() === b.trim()
    : showValue(a) === showValue(b);
