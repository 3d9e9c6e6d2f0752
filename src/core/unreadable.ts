// Cells whose file holds no value to trust (workbook.ts `Unreadable`): a formula saved without its
// result, or a stored value that is not valid for its type. Such a cell is never read as blank nor
// guessed at: wherever the core reads it as data it is a blocking problem at that cell
// (docs/READING-FILES.md).
import type { CellName, ProblemText } from "./messages";
import { Problem, problem } from "./problems";
import { a1, Cell } from "./workbook";

export { showFormula } from "./messages/show";

export const isUnreadable = (cell: Cell | undefined): boolean => cell?.unreadable !== undefined;

/** Why the cell cannot be read, naming `what` it holds (a header such as `Realisasi`). */
export function unreadableText(
  cell: Cell | undefined,
  what: CellName
): ProblemText<"cellUnreadable"> | undefined {
  const unreadable = cell?.unreadable;
  if (!unreadable) return undefined;
  const formula = cell.formula === undefined ? {} : { formula: cell.formula };
  return { key: "cellUnreadable", params: { what, unreadable, ...formula } };
}

/** False, with a blocking problem at the cell, when the cell cannot be read. */
export function checkReadable(
  sheet: string,
  row: number,
  col: number,
  cell: Cell | undefined,
  what: CellName,
  problems: Problem[]
): boolean {
  const text = unreadableText(cell, what);
  if (text === undefined) return true;
  problems.push(problem({ sheet, cell: a1(row, col), severity: "error", text }));
  return false;
}
