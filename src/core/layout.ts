// Finding a contract sheet's header row and columns: the first row among the first 10 holding `Kode`
// (the SOP sheets anchor on a header of their own); columns by name, in any order, each at most once;
// unknown columns ignored.
import { HEADER_SEARCH_ROWS, normalizeWord } from "./contract";
import { a1, SheetSnapshot } from "./workbook";
import { Problem } from "./problems";
import { checkReadable } from "./unreadable";

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
  // A header repeated, or one whose text the file does not hold, leaves the column in doubt: which
  // `Realisasi` is meant is for a person to say, never "the first wins".
  let inDoubt = false;
  (sheet.rows[headerRow] ?? []).forEach((c, col) => {
    if (!checkReadable(sheet.name, headerRow, col, c, "judul kolom", problems)) {
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
    problems.push({
      sheet: sheet.name,
      cell: a1(headerRow, first),
      severity: "error",
      message: `kolom "${headers[key]}" muncul dua kali (${at(first)} dan ${at(col)}) — hapus atau ganti nama salah satunya`,
    });
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
  return missing.length > 0 || inDoubt ? undefined : { sheet: sheet.name, headerRow, columns };
}
