// Which sheets a recap may overwrite. A generated sheet (Semester I, Semester II, Tahunan) carries
// the marker AUTO_NOTE in its first row, written by the add-in and the command line alike; a sheet of
// that name without it holds someone's own work and is never replaced — the user renames it first.
// Hand edits inside a marked sheet are the recap's to overwrite (the sheet says "jangan diketik").
import { GENERATED_SHEETS } from "./contract";
import { Problem, problem } from "./problems";
import { cellText, findSheet, WorkbookSnapshot } from "./workbook";

export const AUTO_NOTE = "dibuat otomatis — jangan diketik";

/** Whether `name`'s sheet in `book` is missing or is one the tools generated. */
export function isOursToWrite(book: WorkbookSnapshot, name: string): boolean {
  const sheet = findSheet(book, name);
  return !sheet || (sheet.rows[0] ?? []).some((cell) => cellText(cell?.value) === AUTO_NOTE);
}

/** A blocking problem for each sheet of `names` (default: every generated sheet) that is not ours. */
export function foreignSheetProblems(
  book: WorkbookSnapshot,
  names: readonly string[] = GENERATED_SHEETS
): Problem[] {
  return names
    .filter((name) => !isOursToWrite(book, name))
    .map((name) => {
      const actual = findSheet(book, name)?.name ?? name;
      return problem({
        sheet: actual,
        cell: "A1",
        severity: "error",
        text: { key: "foreignSheet", params: { sheet: actual, marker: AUTO_NOTE } },
      });
    });
}
