// A plain-text table of recap rows for the terminal.
import { RecapRow } from "../core/recap";
import { formatNumber } from "../core/parse";

const show = (x: number | null): string =>
  x === null ? "–" : formatNumber(Math.round(x * 100) / 100);

export function summaryTable(rows: readonly RecapRow[]): string[] {
  const table = [
    ["Kode", "Agregasi", "Target", "Realisasi", "Capaian %", "Kategori", "Status"],
    ...rows.map((r) => [
      String(r.indicator.kode),
      r.indicator.agregasi,
      // A predicate (`WTP`) or a range target (`80 – 90`) as the sheet shows it, not the number behind it.
      r.shown?.target ?? show(r.target),
      r.shown?.realisasi ?? show(r.realisasi),
      show(r.capaian),
      r.kategori ?? "–",
      r.status,
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  return table.map((row) =>
    row.map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c]))).join("  ")
  );
}
