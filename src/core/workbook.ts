// The shapes that cross the boundary between an adapter (Office.js, .xlsx package) and the core:
// a read-only snapshot of cell values in, a patch of sheets and cells out.

export type CellError = { error: string };
export type CellValue = number | string | boolean | null | CellError;

export type Cell = {
  value: CellValue;
  /** The formula text without caring about dialect; present when the cell holds one. */
  formula?: string;
  /** Number format code, e.g. `0%` or `General`; absent means General. */
  numFmt?: string;
  /**
   * Set by a file reader when the file holds no value to trust for this cell; `value` is then null
   * (unreadable.ts). Excel always gives values, so the add-in's snapshot never sets it.
   */
  unreadable?: Unreadable;
};

/** What a stored value was meant to be, for a value that is not valid as that. */
export type StoredType = "number" | "boolean" | "date" | "error" | "sharedString";

export type Unreadable =
  /** A formula saved without its result (openpyxl, ExcelJS and scripts write these). */
  | { kind: "uncached" }
  /** A stored value not valid for its type, e.g. `0x1E` or `Infinity` as a number. */
  | { kind: "invalid"; stored: string; as: StoredType };

export type SheetSnapshot = {
  name: string;
  /** Rows and columns are 0-based; missing rows or cells are blank. */
  rows: (Cell | undefined)[][];
};

export type WorkbookSnapshot = {
  sheets: SheetSnapshot[];
  /**
   * Saved in the 1904 date system (Excel for Mac's old default): every date serial in it is
   * DAYS_1900_TO_1904 lower than in the 1900 system the core counts in (excelDate.ts). Absent: 1900.
   */
  date1904?: boolean;
};

export const isCellError = (v: CellValue): v is CellError => typeof v === "object" && v !== null;

/** A cell as trimmed text; blank, missing and error cells give "". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v)) return "";
  return String(v).trim();
}

/** Excel holds sheet names unique regardless of case: `tahunan` is the sheet `Tahunan`. */
export const sheetKey = (name: string): string => name.toUpperCase();
export const sameSheetName = (a: string, b: string): boolean => sheetKey(a) === sheetKey(b);

/** The item of that sheet name: exact first, else the one Excel would consider the same. */
export function byName<T extends { name: string }>(
  items: readonly T[],
  name: string
): T | undefined {
  return items.find((s) => s.name === name) ?? items.find((s) => sameSheetName(s.name, name));
}

export function findSheet(book: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return byName(book.sheets, name);
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): Cell | undefined {
  return sheet.rows[row]?.[col];
}

/** Column index (0-based) to letters: 0 → A, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to a 0-based column index: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export const a1 = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/** A sheet name as a formula reference needs it: always quoted, quotes doubled. */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'`;

// ---- output -------------------------------------------------------------------------------------

/** Presentation roles; each writer maps them to its own styles. */
/** `dateTime`: an Excel serial shown as date and time (excelDate.ts DATE_TIME_FORMAT). */
export type CellStyle =
  "title" | "subtitle" | "header" | "text" | "number" | "decimal" | "integer" | "dateTime";

export type OutCell = {
  value: number | string | null;
  /** Formula without the leading `=`; `value` is then its computed (cached) result. */
  formula?: string;
  style?: CellStyle;
};

export type ColumnSpec = { width: number; hidden?: boolean };

/**
 * A column whose data rows all hold one formula: in R1C1 notation (the same text for every row), and
 * in A1 as the pieces around the row number, so any row's text is one join away.
 */
export type FormulaColumn = {
  col: number;
  firstRow: number;
  lastRow: number;
  r1c1: string;
  a1: readonly string[];
};

/** The A1 formula of a formula column at a 0-based row. */
export const formulaAt = (column: FormulaColumn, row: number): string =>
  column.a1.join(String(row + 1));

export type SheetPatch = {
  name: string;
  rows: OutCell[][];
  columns: ColumnSpec[];
  /** Rows frozen at the top (title + header). */
  frozenRows: number;
  /** Protected without a password, against accidental typing. */
  protect: boolean;
  /**
   * Formula columns written as one pattern (R1C1 over the range, or an .xlsx shared formula). Their
   * cells in `rows` carry only the computed value and style: a per-row formula string would cost
   * hundreds of megabytes at 50,000 indicators for text no writer needs.
   */
  formulaColumns?: FormulaColumn[];
  /** A sheet the patch creates is very hidden (Log, Persetujuan); an existing sheet keeps its state. */
  veryHidden?: boolean;
};

/**
 * One user cell written: a plain number by `fix` (with the user's consent), or a unit's figure or
 * note copied into an empty cell by `merge`.
 */
export type CellEdit = {
  sheet: string;
  row: number;
  col: number;
  value: number | string;
  plainFormat: boolean;
  /** Shown as a date and time (a tracker's Mulai/Selesai serial), not as a bare number. */
  dateTime?: boolean;
};

/**
 * Rows appended below a sheet's last row, starting at column `col`: a step-tracker row. `null` leaves
 * a cell as it is (a column the user added between ours). Number formats travel with the values, as
 * the tracker mixes text, counts and date-times.
 */
export type RowAppend = {
  sheet: string;
  row: number;
  col: number;
  values: (string | number | null)[][];
  numberFormats: (string | null)[][];
};

export type WorkbookPatch = {
  /** Sheets rewritten whole (created when missing). */
  sheets: SheetPatch[];
  edits: CellEdit[];
};
