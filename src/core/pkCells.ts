// Perjanjian Kinerja cells that are words or settings rather than targets: Polaritas, Agregasi and
// Frekuensi as people type them, and a Rasio's Pengali.
import { Agregasi, DEFAULT_PENGALI, normalizeWord, PK_HEADERS, PK_SHEET } from "./contract";
import { numberContext, readCellNumber } from "./dataRows";
import { Problem, problem } from "./problems";
import { isUnreadable } from "./unreadable";
import { a1, Cell, cellText, CellValue } from "./workbook";

/** A vocabulary word as people type it (any case, spaces, hyphens); blank means `fallback`. */
export function readVocabulary<T extends string>(
  v: CellValue | undefined,
  words: readonly T[],
  fallback: T
): T | undefined {
  const text = cellText(v);
  if (text === "") return fallback;
  return words.find(
    (w) => normalizeWord(w).replace(/-/g, "") === normalizeWord(text).replace(/-/g, "")
  );
}

/**
 * A Rasio's Pengali: a positive number, blank for 100; anything else is an error at its cell
 * (undefined). On any other Agregasi it means nothing: a warning, and ignored.
 */
export function readPengali(
  r: number,
  cell: Cell | undefined,
  /** The Pengali column; undefined when Perjanjian Kinerja has none. */
  col: number | undefined,
  agregasi: Agregasi | undefined,
  problems: Problem[]
): number | undefined {
  if (col === undefined || isBlankCell(cell)) return DEFAULT_PENGALI;
  const at = a1(r, col);
  if (agregasi !== "Rasio") {
    if (agregasi)
      problems.push(
        problem({
          sheet: PK_SHEET,
          cell: at,
          severity: "warning",
          text: { key: "pengaliIgnored", params: { agregasi } },
        })
      );
    return DEFAULT_PENGALI;
  }
  // Read as a plain count: never percent points, never negative (a number problem at the cell).
  const value = readCellNumber(
    { sheet: PK_SHEET, row: r, col, header: PK_HEADERS.pengali },
    cell,
    numberContext("", "Rasio", "plain"),
    "plain",
    problems
  );
  if (value === 0)
    problems.push(
      problem({ sheet: PK_SHEET, cell: at, severity: "error", text: { key: "pengaliNotPositive" } })
    );
  return value !== null && value > 0 ? value : undefined;
}

export const isBlankCell = (c: Cell | undefined): boolean =>
  !c || (!isUnreadable(c) && (c.value === null || cellText(c.value).trim() === ""));
