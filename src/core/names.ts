// Kode values and sheet names as people type them, checked so that a spreadsheet MATCH on the recap
// finds exactly what the core finds.
import { normalizeWord } from "./contract";
import type { KodeIssue } from "./messages/catalog";
import { CellValue, isCellError, sameSheetName } from "./workbook";

/** Identity of a Kode as MATCH sees it: case-insensitive, text and numbers distinct. */
export function kodeKey(kode: string | number): string {
  return typeof kode === "number" ? `n:${kode}` : `s:${kode.toLowerCase()}`;
}

/** Why a Kode cell cannot identify an indicator, or undefined when it can. */
export function kodeProblem(v: CellValue | undefined): KodeIssue | undefined {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === ""))
    return { key: "kodeBlank" };
  if (isCellError(v)) return { key: "kodeError", params: { error: v.error } };
  if (typeof v === "boolean") return { key: "kodeLogical" };
  if (typeof v === "number") return undefined;
  if (v !== v.trim()) return { key: "kodeSpaces", params: { kode: v } };
  // MATCH treats these as wildcards and would find the wrong row.
  if (/[*?~]/.test(v)) return { key: "kodeWildcard", params: { kode: v } };
  if (v.length > 255) return { key: "kodeTooLong" };
  return undefined;
}

/**
 * `TW 1`, `Triwulan I`, `TW1` all look like `TW I`; `Semester 1` like `Semester I`. A name that
 * differs only in case (`tw i`) is not similar but the same sheet, as in Excel.
 */
export function similarSheetName(candidate: string, wanted: string): boolean {
  return canonical(candidate) === canonical(wanted) && !sameSheetName(candidate, wanted);
}

const ROMAN: Record<string, string> = { "1": "i", "2": "ii", "3": "iii", "4": "iv" };

function canonical(name: string): string {
  return normalizeWord(name)
    .replace(/^triwulan/, "tw")
    .replace(/[._-]/g, "")
    .replace(/[1-4]$/, (d) => ROMAN[d]);
}
