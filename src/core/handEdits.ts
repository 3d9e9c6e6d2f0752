// What a recap overwrites that a person put there. A generated sheet is rewritten whole; the cells that
// show typing are those holding a constant where the recap writes a formula, and anything in a cell
// the recap leaves blank or outside its table. The recap still writes (the sheet says "jangan diketik")
// but says which cells it replaced. A constant typed over another constant (a Kode, a title) cannot be
// told from an older recap's own value and is not reported.
import { a1, Cell, cellText, formulaAt, SheetPatch, SheetSnapshot } from "./workbook";

/** A1 addresses of `existing`'s cells that `patch` replaces although no recap wrote them. */
export function overwrittenByHand(existing: SheetSnapshot, patch: SheetPatch): string[] {
  const formulaRows = new Map((patch.formulaColumns ?? []).map((f) => [f.col, f]));
  const ours = (r: number, c: number): "formula" | "constant" | "blank" => {
    const column = formulaRows.get(c);
    if (column && r >= column.firstRow && r <= column.lastRow && formulaAt(column, r))
      return "formula";
    const cell = patch.rows[r]?.[c];
    if (!cell) return "blank";
    if (cell.formula) return "formula";
    return cell.value === null || cell.value === "" ? "blank" : "constant";
  };
  const found: string[] = [];
  existing.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell || isBlank(cell)) return;
      const mine = ours(r, c);
      const typed =
        mine === "blank" ||
        (mine === "formula" && cell.formula === undefined) ||
        (mine === "constant" && cell.formula !== undefined);
      if (typed) found.push(a1(r, c));
    })
  );
  return found;
}

const isBlank = (cell: Cell): boolean => cell.formula === undefined && cellText(cell.value) === "";
