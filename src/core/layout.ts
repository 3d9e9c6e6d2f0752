// Finding a contract sheet's header row and columns: the first row among the first 10 holding `Kode`
// (the SOP sheets anchor on a header of their own); columns by name, in any order; unknown columns
// ignored.
import { HEADER_SEARCH_ROWS, normalizeWord } from "./contract";
import { a1, SheetSnapshot } from "./workbook";
import { Problem } from "./problems";

export type SheetLayout<K extends string> = {
  sheet: string;
  /** 0-based row of the header. */
  headerRow: number;
  columns: Partial<Record<K, number>>;
};

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

export function readLayout<K extends string>(
  sheet: SheetSnapshot,
  headers: Record<K, string>,
  required: readonly K[],
  problems: Problem[],
  anchor = "Kode"
): SheetLayout<K> | undefined {
  const headerRow = findHeaderRow(sheet, anchor);
  if (headerRow === undefined) {
    problems.push({
      sheet: sheet.name,
      cell: "A1",
      severity: "error",
      message: `baris judul kolom tidak ditemukan: tidak ada sel "${anchor}" di ${HEADER_SEARCH_ROWS} baris pertama`,
    });
    return undefined;
  }
  const byWord = new Map<string, K>();
  for (const key of Object.keys(headers) as K[]) byWord.set(normalizeWord(headers[key]), key);
  const columns: Partial<Record<K, number>> = {};
  (sheet.rows[headerRow] ?? []).forEach((c, col) => {
    if (typeof c?.value !== "string") return;
    const key = byWord.get(normalizeWord(c.value));
    if (key !== undefined && columns[key] === undefined) columns[key] = col;
  });
  const missing = required.filter((k) => columns[k] === undefined);
  for (const k of missing) {
    problems.push({
      sheet: sheet.name,
      cell: a1(headerRow, 0),
      severity: "error",
      message: `kolom "${headers[k]}" tidak ada di baris judul (baris ${headerRow + 1})`,
    });
  }
  return missing.length > 0 ? undefined : { sheet: sheet.name, headerRow, columns };
}
