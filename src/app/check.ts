// "Periksa": the workbook's problems by the pane's own rules (its overview, overview.ts), for a front
// end that lists only them — the command line's `check` — and what changed since a period's Ya, or
// broke the Log's and Persetujuan's hash chains (approvals.ts): errors all, as a user must act on them.
import { Problem } from "../core/problems";
import { loadOverview } from "./overview";
import { WorkbookGateway } from "./ports";

export type CheckOutcome = {
  /** Indicators read from Perjanjian Kinerja; null when it cannot be read. */
  indicators: number | null;
  /** Errors first, then warnings, as the pane lists them; approval findings after the errors. */
  problems: Problem[];
};

export async function checkWorkbook(gateway: WorkbookGateway): Promise<CheckOutcome> {
  const { indicators, problems, approvals: review } = await loadOverview(gateway);
  const approvals = [
    ...review.audit,
    ...review.periods.flatMap((p) => [...p.problems, ...p.changes]),
  ];
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity !== "error");
  return { indicators, problems: [...errors, ...approvals, ...warnings] };
}
