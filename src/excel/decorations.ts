// Dropdowns, Kategori colours and the capaian chart: each a constant number of range-level calls.
import { ListValidation } from "../core/newSheet";
import { a1 } from "../core/workbook";
import { columnRangeAddress, rangeAddress } from "./cells";
import { ChartSpec, KategoriFormat } from "../app/ports";

export function addValidation(ws: Excel.Worksheet, v: ListValidation): void {
  const validation = ws.getRange(rangeAddress(v.fromRow, v.col, v.toRow, v.col)).dataValidation;
  validation.rule = { list: { inCellDropDown: true, source: v.values.join(",") } };
  // The same words as the command line's workbooks, so a cell refuses alike in either.
  validation.errorAlert = {
    showAlert: true,
    style: "Stop",
    title: "Nilai tidak dikenal",
    message: `Pilih salah satu: ${v.values.join(", ")}`,
  };
}

/** One rule per band, comparing the whole cell: "Tinggi" must not colour "Sangat Tinggi". */
export function addKategoriFormat(ws: Excel.Worksheet, k: KategoriFormat): void {
  if (k.range.toRow < k.range.fromRow) return;
  const range = ws.getRange(columnRangeAddress(k.range));
  // Column fixed, row relative: Excel moves the rule down the range one row at a time.
  const topLeft = `$${a1(k.range.fromRow, k.range.col)}`;
  for (const band of k.bands) {
    const format = range.conditionalFormats.add("Custom");
    format.custom.rule.formula = `=${topLeft}="${band.label.replace(/"/g, '""')}"`;
    format.custom.format.fill.color = band.fill;
    format.custom.format.font.color = band.font;
  }
}

export function addChart(ws: Excel.Worksheet, spec: ChartSpec, replace: boolean): void {
  if (replace) ws.charts.getItem(spec.name).delete();
  if (spec.values.toRow < spec.values.fromRow) return;
  const chart = ws.charts.add(
    "BarClustered",
    ws.getRange(columnRangeAddress(spec.values)),
    "Columns"
  );
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = spec.seriesName;
  series.setXAxisValues(ws.getRange(columnRangeAddress(spec.categories)));
  const { row, col } = spec.anchor;
  chart.setPosition(a1(row, col), a1(row + spec.size.rows - 1, col + spec.size.cols - 1));
}
