// The generated `Riwayat` sheet: each indicator's annual figures of previous years, taken from those
// years' workbooks, so that comparisons across years stay in the workbook (docs/CONTRACT.md
// §"Riwayat"). One row per Kode and Tahun. Laid out as the recap sheets are: a title row holding the
// marker that makes the sheet ours to rewrite (ownership.ts), the header row, the rows; protected.
// riwayatImport.ts computes the rows from previous years' workbooks.
import { readLayout } from "./layout";
import { AUTO_NOTE } from "./ownership";
import { Problem } from "./problems";
import {
  Cell,
  cellText,
  CellStyle,
  findSheet,
  OutCell,
  SheetPatch,
  WorkbookSnapshot,
} from "./workbook";

export const RIWAYAT_SHEET = "Riwayat";

export const RIWAYAT_COLUMNS = {
  kode: "Kode",
  tahun: "Tahun",
  target: "Target",
  realisasi: "Realisasi",
  capaian: "Capaian (%)",
  kategori: "Kategori",
} as const;
export type RiwayatColumn = keyof typeof RIWAYAT_COLUMNS;

/**
 * A previous year's annual figures of one indicator. Target and Realisasi are numbers, or text for a
 * predicate (`WTP`) or a range (`80 – 90`) as the recap showed it; null when there was none.
 */
export type RiwayatRow = {
  kode: string;
  tahun: number;
  target: number | string | null;
  realisasi: number | string | null;
  capaian: number | null;
  kategori: string;
};

const figure = (c: Cell | undefined): number | string | null => {
  const v = c?.value;
  if (typeof v === "number") return v;
  const t = cellText(v);
  return t === "" ? null : t;
};

/** The rows of `Riwayat`; none when the sheet is missing. Rows without a Kode or a Tahun are skipped. */
export function readRiwayat(book: WorkbookSnapshot): { rows: RiwayatRow[]; problems: Problem[] } {
  const sheet = findSheet(book, RIWAYAT_SHEET);
  const problems: Problem[] = [];
  if (!sheet) return { rows: [], problems };
  const layout = readLayout(sheet, RIWAYAT_COLUMNS, ["kode", "tahun"], problems);
  if (!layout) return { rows: [], problems };
  const rows: RiwayatRow[] = [];
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const at = (k: RiwayatColumn) => {
      const col = layout.columns[k];
      return col === undefined ? undefined : sheet.rows[r]?.[col];
    };
    const kode = cellText(at("kode")?.value);
    const tahun = at("tahun")?.value;
    if (kode === "" || typeof tahun !== "number") continue;
    const capaian = at("capaian")?.value;
    rows.push({
      kode,
      tahun,
      target: figure(at("target")),
      realisasi: figure(at("realisasi")),
      capaian: typeof capaian === "number" ? capaian : null,
      kategori: cellText(at("kategori")?.value),
    });
  }
  return { rows, problems };
}

const ORDER = Object.keys(RIWAYAT_COLUMNS) as RiwayatColumn[];
const WIDTHS: Record<RiwayatColumn, number> = {
  kode: 12,
  tahun: 8,
  target: 12,
  realisasi: 12,
  capaian: 12,
  kategori: 16,
};

export const riwayatTitle = (year: number): string => `Riwayat Kinerja sebelum Tahun ${year}`;

/** A figure's cell: numbers as numbers, a predicate or range as the text the recap showed. */
const figureCell = (v: number | string | null, numeric: CellStyle = "number"): OutCell => ({
  value: v,
  style: typeof v === "number" ? numeric : "text",
});

/** The sheet as written, for the workbook of `year`; `rows` already in their order. */
export function riwayatSheet(rows: readonly RiwayatRow[], year: number): SheetPatch {
  const title: OutCell[] = ORDER.map(() => ({ value: null }));
  title[0] = { value: riwayatTitle(year), style: "title" };
  title[ORDER.length - 1] = { value: AUTO_NOTE, style: "subtitle" };
  const header = ORDER.map((k): OutCell => ({ value: RIWAYAT_COLUMNS[k], style: "header" }));
  const body = rows.map((r): OutCell[] => [
    { value: r.kode, style: "text" },
    { value: r.tahun, style: "integer" },
    figureCell(r.target),
    figureCell(r.realisasi),
    figureCell(r.capaian, "decimal"),
    { value: r.kategori === "" ? null : r.kategori, style: "text" },
  ]);
  return {
    name: RIWAYAT_SHEET,
    rows: [title, header, ...body],
    columns: ORDER.map((k) => ({ width: WIDTHS[k] })),
    frozenRows: 2,
    protect: true,
  };
}
