// How a recap sheet is decorated: Kategori colours and the capaian chart. Positions come from the
// core's recap layout (RECAP_COLUMNS order, title rows), so they move when the layout does.
import { RECAP_COLUMNS, RecapColumn } from "../core/contract";
import { Band, sortScale } from "../core/capaian";
import { RECAP_TITLE_ROWS } from "../core/recapSheet";
import { SheetPatch } from "../core/workbook";
import { BandStyle, ChartSpec, ColumnRange, KategoriFormat } from "./ports";

const ORDER = Object.keys(RECAP_COLUMNS) as RecapColumn[];
const FIRST_DATA_ROW = RECAP_TITLE_ROWS + 1;
export const CAPAIAN_CHART = "CapaianTahunan";

/** Excel's own "good / neutral / bad" fills, from the best band to the worst. */
const PALETTE: readonly { fill: string; font: string }[] = [
  { fill: "#C6EFCE", font: "#006100" },
  { fill: "#E2EFDA", font: "#375623" },
  { fill: "#FFEB9C", font: "#9C5700" },
  { fill: "#FCE4D6", font: "#833C0B" },
  { fill: "#FFC7CE", font: "#9C0006" },
];

/** Any number of bands spread over the palette, best first: two bands get green and red. */
export function bandStyles(scale: readonly Band[]): BandStyle[] {
  const bands = sortScale(scale);
  return bands.map((b, i) => {
    const k = bands.length === 1 ? 0 : Math.round((i * (PALETTE.length - 1)) / (bands.length - 1));
    return { label: b.label, ...PALETTE[k] };
  });
}

function column(patch: SheetPatch, key: RecapColumn): ColumnRange {
  return { col: ORDER.indexOf(key), fromRow: FIRST_DATA_ROW, toRow: patch.rows.length - 1 };
}

/** One per Kategori column, found by its header: a period sheet has one, Capaian Triwulan four. */
export function kategoriFormats(patch: SheetPatch, scale: readonly Band[]): KategoriFormat[] {
  const header = patch.rows[RECAP_TITLE_ROWS] ?? [];
  return header.flatMap((cell, col) =>
    typeof cell.value === "string" && cell.value.startsWith(RECAP_COLUMNS.kategori)
      ? [
          {
            sheet: patch.name,
            range: { col, fromRow: FIRST_DATA_ROW, toRow: patch.rows.length - 1 },
            bands: bandStyles(scale),
          },
        ]
      : []
  );
}

export function capaianChart(patch: SheetPatch, title: string): ChartSpec {
  return {
    sheet: patch.name,
    name: CAPAIAN_CHART,
    title,
    seriesName: RECAP_COLUMNS.capaian,
    categories: column(patch, "kode"),
    values: column(patch, "capaian"),
    // Right of the hidden helper columns, beside the header row, one empty column apart.
    anchor: { row: RECAP_TITLE_ROWS, col: patch.columns.length + 1 },
    size: { rows: 20, cols: 8 },
  };
}
