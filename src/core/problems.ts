// Expected problems are values, not exceptions: each names the sheet and cell a person must look at.

export type Severity = "error" | "warning";

/** A cell whose number we recognised; `fix` rewrites it as `value` (DESIGN.md "Numbers people actually type"). */
export type CellFix = {
  row: number;
  col: number;
  value: number;
  plainFormat: boolean;
  /** The formula the fix replaces, when the cell holds one (without `=`). */
  formula?: string;
};

export type Problem = {
  sheet: string;
  /** A1 address, e.g. `E7`; the sheet's A1 when the problem is the sheet itself. */
  cell: string;
  message: string;
  severity: Severity;
  fix?: CellFix;
};

export const FIXABLE_MARK = "[dapat diperbaiki: rekap-kinerja fix]";

export function formatProblem(p: Problem): string {
  const prefix = p.severity === "warning" ? "peringatan — " : "";
  return `${p.sheet}!${p.cell}: ${prefix}${p.message}${p.fix ? ` ${FIXABLE_MARK}` : ""}`;
}

export const blocking = (problems: readonly Problem[]): Problem[] =>
  problems.filter((p) => p.severity === "error");
