// A sheet of a new workbook as the adapters create it, and what every template sheet is built from:
// its title and header rows, widths, dropdowns and the indicators it is pre-filled with.
import { SampleIndicator } from "./sample";
import { ColumnSpec, OutCell, SheetPatch } from "./workbook";

export type ListValidation = {
  col: number;
  fromRow: number;
  toRow: number;
  values: readonly string[];
};
/** Cells a protected sheet leaves open to typing: `cols` of rows `fromRow` … `toRow`. */
export type UnlockedCells = { fromRow: number; toRow: number; cols: readonly number[] };
export type NewSheet = SheetPatch & {
  validations: ListValidation[];
  visibility: "visible" | "veryHidden";
  /** Only for a new file (a unit file's quarter sheet); the workbook adapters create none. */
  unlocked?: UnlockedCells;
};

/** Rows below the header that get dropdowns, so new indicators typed later get them too. */
export const VALIDATION_ROWS = 1000;
export const TITLE_ROWS = 1;
const HEADER_ROW = TITLE_ROWS; // 0-based
export const FIRST_DATA_ROW = HEADER_ROW + 1;

/** A Kode as Perjanjian Kinerja stores it: a unit file copies numeric ones as numbers. */
export type TemplateIndicator = { kode: string | number } & Pick<
  SampleIndicator,
  "indikator" | "satuan" | "polaritas" | "quarterTargets"
> &
  Partial<
    Pick<
      SampleIndicator,
      | "sasaran"
      | "targetTahunan"
      | "agregasi"
      | "penanggungJawab"
      | "realisasi"
      | "unit"
      | "frekuensi"
      | "pengali"
    >
  >;

export const header = (texts: readonly string[]): OutCell[] =>
  texts.map((value) => ({ value, style: "header" }));
export const titleRow = (title: string): OutCell[] => [{ value: title, style: "title" }];
export const yearSuffix = (year: number | null) => (year === null ? "" : ` Tahun ${year}`);

export function newSheet(
  name: string,
  rows: OutCell[][],
  widths: readonly number[],
  extra: Partial<NewSheet> = {}
): NewSheet {
  return {
    name,
    rows,
    columns: widths.map((width): ColumnSpec => ({ width })),
    frozenRows: 0,
    protect: false,
    validations: [],
    visibility: "visible",
    ...extra,
  };
}
