// Expected problems are values, not exceptions: each names the sheet and cell a person must look at.
import { Lang, ProblemText, renderText } from "./messages";

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
  /** What is wrong, for any language (messages/); `message` is its Indonesian rendering. */
  text: ProblemText;
  message: string;
  severity: Severity;
  fix?: CellFix;
};

/** A problem with its Indonesian message, the one the command line prints. */
export const problem = (p: Omit<Problem, "message">): Problem => ({
  ...p,
  message: renderText(p.text, "id"),
});

/** What the problem says in `lang`. */
export const problemMessage = (p: Problem, lang: Lang): string =>
  lang === "id" ? p.message : renderText(p.text, lang);

/** How a one-line problem marks a warning, and a cell the `fix` command (or Perbaiki angka) rewrites. */
const FRAME: Record<Lang, { warning: string; fixable: string }> = {
  id: { warning: "peringatan — ", fixable: "[dapat diperbaiki: rekap-kinerja fix]" },
  en: { warning: "warning — ", fixable: "[fixable: rekap-kinerja fix]" },
};

/** `Sheet!A1: message`, the way the command line and the pane's one-line summaries say a problem. */
export function formatProblem(p: Problem, lang: Lang = "id"): string {
  const frame = FRAME[lang];
  const prefix = p.severity === "warning" ? frame.warning : "";
  return `${p.sheet}!${p.cell}: ${prefix}${problemMessage(p, lang)}${p.fix ? ` ${frame.fixable}` : ""}`;
}

export const blocking = (problems: readonly Problem[]): Problem[] =>
  problems.filter((p) => p.severity === "error");
