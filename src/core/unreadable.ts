// Cells whose file holds no value to trust (workbook.ts `Unreadable`): a formula saved without its
// result, or a stored value that is not valid for its type. Such a cell is never read as blank nor
// guessed at: wherever the core reads it as data it is a blocking problem at that cell
// (docs/READING-FILES.md).
import { Problem } from "./problems";
import { a1, Cell, StoredType } from "./workbook";

export const UNCACHED_MESSAGE =
  "rumus tanpa nilai tersimpan — buka dan simpan berkas ini di Excel atau LibreOffice dulu";

const TYPE_WORD: Record<StoredType, string> = {
  number: "angka",
  boolean: "nilai logika",
  date: "tanggal",
  error: "kode galat",
  sharedString: "rujukan teks bersama",
};

export const isUnreadable = (cell: Cell | undefined): boolean => cell?.unreadable !== undefined;

/** A formula as the user sees it in the formula bar, cut short when long. */
export function showFormula(formula: string): string {
  return `=${clip(formula, 60)}`;
}

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Why the cell cannot be read, naming `what` it holds (a header such as `Realisasi`). */
export function unreadableMessage(cell: Cell | undefined, what: string): string | undefined {
  const u = cell?.unreadable;
  if (!u) return undefined;
  const context = cell.formula === undefined ? what : `${what}: ${showFormula(cell.formula)}`;
  if (u.kind === "uncached") return `${UNCACHED_MESSAGE} (${context})`;
  const stored = `"${clip(u.stored, 40)}"`;
  const valid = `bukan ${TYPE_WORD[u.as]} yang sah`;
  return cell.formula === undefined
    ? `nilai tersimpan ${stored} ${valid} — ketik ulang isinya di Excel atau LibreOffice (${context})`
    : `hasil rumus tersimpan ${stored} ${valid} — buka dan simpan berkas ini di Excel atau LibreOffice dulu (${context})`;
}

/** False, with a blocking problem at the cell, when the cell cannot be read. */
export function checkReadable(
  sheet: string,
  row: number,
  col: number,
  cell: Cell | undefined,
  what: string,
  problems: Problem[]
): boolean {
  const message = unreadableMessage(cell, what);
  if (message === undefined) return true;
  problems.push({ sheet, cell: a1(row, col), severity: "error", message });
  return false;
}
