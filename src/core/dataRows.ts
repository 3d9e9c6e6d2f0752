// A data row of Perjanjian Kinerja or a quarter sheet: whether it is blank, its cells by column, and
// its figures read as numbers, each cell that is not one reported where it is (docs/CONTRACT.md §3).
import { Agregasi } from "./contract";
import { SheetLayout } from "./layout";
import { NumberContext, readNumber, unitKey } from "./parse";
import { CellFix, Problem, problem, Severity } from "./problems";
import { checkReadable, isUnreadable } from "./unreadable";
import { a1, Cell } from "./workbook";

export type Row = (Cell | undefined)[];

// A cell the file holds no value for is not blank: it may be anything once Excel computes it.
export const isBlankRow = (row: Row | undefined): boolean =>
  !row ||
  row.every(
    (c) =>
      !c ||
      (!isUnreadable(c) &&
        (c.value === null || (typeof c.value === "string" && c.value.trim() === "")))
  );

/** The row's cell under `key`'s header; undefined when the sheet has no such column. */
export function cellAt<K extends string>(
  row: Row | undefined,
  layout: SheetLayout<K>,
  key: K
): Cell | undefined {
  const col = layout.columns[key];
  return col === undefined ? undefined : row?.[col];
}

export const isPercentSatuan = (satuan: string): boolean => unitKey(satuan) === "%";

/**
 * What a figure is: Target Tahunan (required), a quarter target (optional), a figure a quarter
 * reports (Realisasi, Pembilang, Penyebut), where a no-data marker means "not reported", or a plain
 * count such as Pengali (optional, never negative, a marker not a number).
 */
export type FigureRole = "annualTarget" | "quarterTarget" | "reported" | "plain";

/** How an indicator's figures are read: by its Satuan; counts never negative, targets never. */
export const numberContext = (
  satuan: string,
  agregasi: Agregasi | undefined,
  role: FigureRole
): NumberContext => ({
  satuan,
  negative:
    role === "annualTarget" || role === "quarterTarget"
      ? "target"
      : role === "plain" || agregasi === "Jumlah" || agregasi === "Rasio"
        ? "count"
        : "allowed",
});

/** Where a figure is: its sheet, 0-based row, column (undefined when the sheet lacks it) and header. */
export type FigureCell = { sheet: string; row: number; col: number | undefined; header: string };

/**
 * The number in a figure's cell, or null when blank, a no-data marker or not a number; a blank
 * Target Tahunan, a rejected value and a number stored wrongly (with the fix that rewrites it) are
 * problems at the cell, a marker where a quarter reports a warning.
 */
export function readCellNumber(
  at: FigureCell,
  cell: Cell | undefined,
  ctx: NumberContext,
  role: FigureRole,
  problems: Problem[]
): number | null {
  const { sheet, row, col, header } = at;
  const report = (text: Problem["text"], fix?: CellFix, severity: Severity = "error") =>
    problems.push(
      problem({
        sheet,
        cell: a1(row, col ?? 0),
        severity,
        text,
        ...(fix === undefined ? {} : { fix }),
      })
    );
  const required = role === "annualTarget";
  if (col === undefined) {
    // A sheet without the column has every such figure blank.
    if (required) report({ key: "numberRequired", params: { header } });
    return null;
  }
  if (!checkReadable(sheet, row, col, cell, header, problems)) return null;
  const reading = readNumber(cell, ctx);
  switch (reading.kind) {
    case "number":
      return reading.value;
    case "fixable": {
      // Fixing a formula's result replaces the formula with a number: say so before and after.
      const formula = cell?.formula === undefined ? {} : { formula: cell.formula };
      report(
        { key: "numberFixable", params: { header, reason: reading.reason, ...formula } },
        { row, col, value: reading.value, plainFormat: true, ...formula }
      );
      return reading.value;
    }
    case "rejected":
      report({ key: "numberRejected", params: { header, reason: reading.reason } });
      return null;
    case "noData": {
      // A quarter target left out on purpose is simply no target; a quarter's figure is listed.
      const params = { header, shown: reading.shown };
      if (required) report({ key: "numberRequiredNoData", params });
      else if (role === "reported") report({ key: "numberNoData", params }, undefined, "warning");
      else if (role === "plain")
        report({
          key: "numberRejected",
          params: { header, reason: { key: "notANumber", params: { shown: reading.shown } } },
        });
      return null;
    }
    case "blank":
      if (required) report({ key: "numberRequired", params: { header } });
      return null;
  }
}
