// Qualitative targets (docs/CONTRACT.md §2, §4): an indicator whose Satuan is `Predikat` is targeted
// and reported in predicates (`WTP`, `BB`) that Pengaturan's `Skala Predikat` table (or the default
// one) turns into numbers; capaian is then computed on those numbers as on any other figure, in the
// live formulas too (predikatFormulas.ts).
import { normalizeWord } from "./contract";
import type { FigureCell } from "./dataRows";
import { isNoDataMarker } from "./parse";
import { Problem, problem } from "./problems";
import { checkReadable } from "./unreadable";
import { a1, Cell, cellText } from "./workbook";

export type Predikat = { label: string; nilai: number };

export const PREDIKAT_SATUAN = "Predikat";

/**
 * SAKIP grades (the lower bound of each grade's range of scores) and BPK audit opinions (ranked, best
 * highest), so that a workbook without a `Skala Predikat` row can state either kind of target.
 */
export const DEFAULT_PREDIKAT: readonly Predikat[] = [
  { label: "AA", nilai: 90 },
  { label: "A", nilai: 80 },
  { label: "BB", nilai: 70 },
  { label: "B", nilai: 60 },
  { label: "CC", nilai: 50 },
  { label: "C", nilai: 30 },
  { label: "D", nilai: 0 },
  { label: "WTP", nilai: 4 },
  { label: "WDP", nilai: 3 },
  { label: "TW", nilai: 2 },
  { label: "TMP", nilai: 1 },
];

export const isPredikatSatuan = (satuan: string): boolean =>
  normalizeWord(satuan) === normalizeWord(PREDIKAT_SATUAN);

export const findPredikat = (table: readonly Predikat[], text: string): Predikat | undefined =>
  table.find((p) => normalizeWord(p.label) === normalizeWord(text));

/** A predicate as read from a cell: the text as typed (what the recap shows) and its nilai. */
export type PredikatValue = { shown: string; nilai: number };

/**
 * The predicate in a Predikat indicator's Target Tahunan (`required`), Target TW x or Realisasi: null
 * when blank or a no-data marker (for Target Tahunan, an error as for a number), and an error naming
 * a few known labels when the cell holds anything that is not a label of the table.
 */
export function readPredikatCell(
  at: FigureCell & { col: number },
  cell: Cell | undefined,
  table: readonly Predikat[],
  role: "required" | "target" | "reported",
  problems: Problem[]
): PredikatValue | null {
  const { sheet, row, col, header } = at;
  if (!checkReadable(sheet, row, col, cell, header, problems)) return null;
  const report = (text: Problem["text"], severity: Problem["severity"] = "error") =>
    problems.push(problem({ sheet, cell: a1(row, col), severity, text }));
  const shown =
    cell?.value === null || cell?.value === undefined ? "" : cellText(cell.value).trim();
  if (shown === "" || isNoDataMarker(shown)) {
    if (role === "required")
      report(
        shown === ""
          ? { key: "numberRequired", params: { header } }
          : { key: "numberRequiredNoData", params: { header, shown } }
      );
    else if (shown !== "" && role === "reported")
      report({ key: "numberNoData", params: { header, shown } }, "warning");
    return null;
  }
  const found = typeof cell?.value === "string" ? findPredikat(table, shown) : undefined;
  if (found) return { shown, nilai: found.nilai };
  const known = table.slice(0, 4).map((p) => p.label);
  report({ key: "predikatUnknown", params: { header, shown, known } });
  return null;
}
