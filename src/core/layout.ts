// Finding a contract sheet's header row and columns: the first row among the first 10 holding `Kode`
// (the SOP sheets anchor on a header of their own); columns by name, in any order, each at most once;
// unknown columns ignored.
import { HEADER_SEARCH_ROWS, normalizeWord } from "./contract";
import { a1, SheetSnapshot } from "./workbook";
import { Problem, problem } from "./problems";
import { checkReadable } from "./unreadable";

/** Where a sheet's columns are: those of `R`, required to read the sheet at all, always. */
export type SheetLayout<K extends string, R extends K = never> = {
  sheet: string;
  /** 0-based row of the header. */
  headerRow: number;
  columns: Partial<Record<K, number>> & Record<R, number>;
};

const hasAll = <K extends string, R extends K>(
  columns: Partial<Record<K, number>>,
  required: readonly R[]
): columns is Partial<Record<K, number>> & Record<R, number> =>
  required.every((k) => columns[k] !== undefined);

/** The column of an optional `key` the caller knows is there: it has read a cell from it. */
export function columnOf<K extends string>(layout: SheetLayout<K>, key: K): number {
  const col = layout.columns[key];
  if (col === undefined) throw new Error(`${layout.sheet} has no column ${key}`);
  return col;
}

export function findHeaderRow(sheet: SheetSnapshot, anchor = "Kode"): number | undefined {
  const want = normalizeWord(anchor);
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
    if (
      (sheet.rows[r] ?? []).some(
        (c) => typeof c?.value === "string" && normalizeWord(c.value) === want
      )
    )
      return r;
  }
  return undefined;
}

export function readLayout<K extends string, R extends K>(
  sheet: SheetSnapshot,
  headers: Record<K, string>,
  required: readonly R[],
  problems: Problem[],
  anchor = "Kode"
): SheetLayout<K, R> | undefined {
  const headerRow = findHeaderRow(sheet, anchor);
  if (headerRow === undefined) {
    problems.push(
      problem({
        sheet: sheet.name,
        cell: "A1",
        severity: "error",
        text: { key: "headerRowMissing", params: { anchor, rows: HEADER_SEARCH_ROWS } },
      })
    );
    return undefined;
  }
  const byWord = new Map<string, K>();
  for (const key of Object.keys(headers) as K[]) byWord.set(normalizeWord(headers[key]), key);
  const columns: Partial<Record<K, number>> = {};
  // A header repeated, or one whose text the file does not hold, leaves the column in doubt: which
  // `Realisasi` is meant is for a person to say, never "the first wins".
  let inDoubt = false;
  (sheet.rows[headerRow] ?? []).forEach((c, col) => {
    if (!checkReadable(sheet.name, headerRow, col, c, { phrase: "headerCell" }, problems)) {
      inDoubt = true;
      return;
    }
    if (typeof c?.value !== "string") return;
    const key = byWord.get(normalizeWord(c.value));
    if (key === undefined) return;
    const first = columns[key];
    if (first === undefined) {
      columns[key] = col;
      return;
    }
    inDoubt = true;
    const at = (column: number) => `${sheet.name}!${a1(headerRow, column)}`;
    problems.push(
      problem({
        sheet: sheet.name,
        cell: a1(headerRow, first),
        severity: "error",
        text: {
          key: "columnTwice",
          params: { header: headers[key], first: at(first), second: at(col) },
        },
      })
    );
  });
  for (const k of required.filter((k) => columns[k] === undefined)) {
    problems.push(
      problem({
        sheet: sheet.name,
        cell: a1(headerRow, 0),
        severity: "error",
        text: { key: "columnMissing", params: { header: headers[k], row: headerRow + 1 } },
      })
    );
  }
  return hasAll(columns, required) && !inDoubt
    ? { sheet: sheet.name, headerRow, columns }
    : undefined;
}
