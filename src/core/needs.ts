// What of each sheet the model reads (model.ts, settings.ts), so an adapter may leave the rest
// unread. At 50,000 indicators the quarter sheets hold four fifths of the cells, of which the model
// uses four columns in eleven; of the recap sheets (~100 MB of XML each) only the first rows, for the
// marker that makes them ours to rewrite (ownership.ts); the SOP sheets not at all — only their
// names, to suggest a sheet that was probably meant (names.ts).
import {
  APPROVAL_SHEET,
  GENERATED_SHEETS,
  LOG_SHEET,
  normalizeWord,
  PK_SHEET,
  QUARTERS,
  quarterSheet,
  SETTINGS_SHEET,
  SOP_SHEET,
  TRACKER_SHEET,
  TW_COLUMNS,
  TwColumn,
  UNIT_SHEET,
} from "./contract";
import { findHeaderRow } from "./layout";
import { RIWAYAT_SHEET } from "./riwayat";
import { Cell, sameSheetName } from "./workbook";

const NONE: ColumnFilter = () => false;

/**
 * The sheets whose cells the core reads; other sheets appear in a snapshot by name only (for "did you
 * mean"), the generated ones with their first rows (ownership.ts). `SOP` and `Tahapan SOP` are a few
 * dozen rows a year, so reading them with every action costs little and lets any action record its SOP
 * step in the same write.
 */
export const INPUT_SHEETS: readonly string[] = [
  SETTINGS_SHEET,
  PK_SHEET,
  ...QUARTERS.map(quarterSheet),
  SOP_SHEET,
  TRACKER_SHEET,
  // Read whole to verify their hash chains and to compare approved figures (src/app/audit.ts).
  LOG_SHEET,
  APPROVAL_SHEET,
  // A unit file's marker and the Perjanjian Kinerja it was made with (unitFile.ts), for merge.
  UNIT_SHEET,
  // Previous years' figures (riwayat.ts): a few rows per indicator, merged by each import and read
  // by the LKjIP draft.
  RIWAYAT_SHEET,
];

/** Whether a column of the rows after the first HEADER_SEARCH_ROWS (contract.ts) is kept. */
export type ColumnFilter = (col: number) => boolean;

export type FirstRows = readonly ((Cell | undefined)[] | undefined)[];

/**
 * `all` cells; `none` (the sheet is listed without rows); or the first HEADER_SEARCH_ROWS rows whole
 * and, after them, the columns `columns` picks from those rows (undefined: all of them).
 */
export type SheetNeed =
  "all" | "none" | { columns: (firstRows: FirstRows) => ColumnFilter | undefined };

// The quarter columns readQuarter looks at: Kode, the figures, and (through hasFigures) the figures
// again to tell a row without Kode. A row holding only a note has no Kode and no figure, so the model
// skips it whether or not the note is read.
const QUARTER_READS: readonly TwColumn[] = ["kode", "realisasi", "pembilang", "penyebut"];

function quarterColumns(firstRows: FirstRows): ColumnFilter | undefined {
  const headerRow = findHeaderRow({ name: "", rows: firstRows as (Cell | undefined)[][] });
  if (headerRow === undefined) return undefined; // the model reports the sheet and reads no row of it
  const wanted = new Set(QUARTER_READS.map((k) => normalizeWord(TW_COLUMNS[k])));
  const keep = new Set<number>();
  // Every column under a wanted header, duplicates included: the model names both and reads neither.
  (firstRows[headerRow] ?? []).forEach((c, col) => {
    if (typeof c?.value === "string" && wanted.has(normalizeWord(c.value))) keep.add(col);
  });
  return (col) => keep.has(col);
}

/**
 * What a recap needs: the model's sheets, and the generated sheets that someone may have typed in
 * (`typable`: an adapter knows which are unprotected) whole, to say which typed cells it replaces
 * (handEdits.ts). A protected generated sheet (as every recap leaves it) is not read past its first
 * rows: at 50,000 indicators each is ~100 MB of XML.
 */
export function recapNeed(typable: (sheet: string) => boolean): (sheet: string) => SheetNeed {
  return (sheet) =>
    GENERATED_SHEETS.some((name) => sameSheetName(name, sheet)) && typable(sheet)
      ? "all"
      : modelNeed(sheet);
}

/** What readModel needs of the sheet called `sheet`. */
export function modelNeed(sheet: string): SheetNeed {
  // Perjanjian Kinerja whole: a row with only a note in a column of the user's own is not blank,
  // and the model reports its missing Kode.
  if (sameSheetName(sheet, PK_SHEET) || sameSheetName(sheet, SETTINGS_SHEET)) return "all";
  if (QUARTERS.some((q) => sameSheetName(quarterSheet(q), sheet)))
    return { columns: quarterColumns };
  // A generated sheet's first rows only: its marker (ownership.ts) says whether a recap may replace it.
  if (GENERATED_SHEETS.some((name) => sameSheetName(name, sheet))) return { columns: () => NONE };
  return "none";
}
