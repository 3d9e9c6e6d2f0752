// How a live formula names its cells. The recap sheets write each column once in R1C1 (one text for
// every row) and keep A1 for the first row's cached copy; the formula builders take either.
import { columnIndex, columnLetter, sheetRef } from "./workbook";

/** How a formula names a cell of its own row and a whole column of another sheet. */
export type Notation = {
  cell: (letter: string) => string;
  /** The same row's cell on another sheet. */
  cellIn: (sheet: string, letter: string) => string;
  column: (sheet: string, col: number) => string;
};

/** A1 notation for one spreadsheet row (1-based): `$N7`, `'TW I'!$E:$E`. */
export const a1Notation = (row: number | string): Notation => ({
  cell: (letter) => `$${letter}${row}`,
  cellIn: (sheet, letter) => `${sheetRef(sheet)}!$${letter}${row}`,
  column: (sheet, col) => `${sheetRef(sheet)}!$${columnLetter(col)}:$${columnLetter(col)}`,
});

/** R1C1 notation, the same text for every row: `RC14`, `'TW I'!C5`. */
export const R1C1: Notation = {
  cell: (letter) => `RC${columnIndex(letter) + 1}`,
  cellIn: (sheet, letter) => `${sheetRef(sheet)}!RC${columnIndex(letter) + 1}`,
  column: (sheet, col) => `${sheetRef(sheet)}!C${col + 1}`,
};
