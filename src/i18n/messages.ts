// Outcomes and errors of the use cases as one line of text, shared by the pane's MessageBar and the
// ribbon's notification so both say the same thing.
import type {
  CompatibilityReport,
  DecisionOutcome,
  DistributionPlan,
  FixOutcome,
  HostDiagnostics,
  LkjipPlan,
  RecapOutcome,
  SelfTestFailure,
  SetupOutcome,
  StepOutcome,
} from "../app";
import { formatProblem, Problem } from "../core/problems";
import { ExcelError } from "../app/ports";
import { Strings } from "./strings";

export type Intent = "success" | "warning" | "error" | "info";
export type Message = { intent: Intent; text: string };

export function recapMessage(outcome: RecapOutcome, t: Strings): Message {
  if (!outcome.ok)
    return {
      intent: "error",
      text: t.recapBlocked(outcome.problems.filter((p) => p.severity === "error").length),
    };
  const done = t.recapDone(outcome.sheets, outcome.indicators);
  return outcome.warnings.length > 0
    ? { intent: "warning", text: `${done} ${t.recapWarnings(outcome.warnings.length)}` }
    : { intent: "success", text: done };
}

export function setupMessage(outcome: SetupOutcome, t: Strings): Message {
  return outcome.created.length === 0
    ? { intent: "info", text: t.setupNothing }
    : { intent: "success", text: t.setupDone(outcome.created, outcome.prefilled) };
}

export function fixMessage(outcome: FixOutcome, t: Strings): Message {
  if (outcome.applied === 0 && outcome.skipped === 0) return { intent: "info", text: t.fixNothing };
  return {
    intent: outcome.skipped > 0 ? "warning" : "success",
    text: t.fixDone(outcome.applied, outcome.skipped),
  };
}

/** The first few problems, each with its cell, so a refusal says what to fix. */
export function problemList(problems: readonly Problem[], t: Strings, shown = 3): string {
  const listed = problems
    .slice(0, shown)
    .map((p) => formatProblem(p, t.lang))
    .join("; ");
  return problems.length > shown ? `${listed}; …` : listed;
}

export function stepMessage(outcome: StepOutcome, t: Strings): Message {
  if (!outcome.ok)
    return {
      intent: "error",
      text: `${t.sop.refused(outcome.problems.length)} ${problemList(outcome.problems, t)}`,
    };
  const e = outcome.entry;
  const over = e.sesuai === "Tidak";
  return {
    intent: over ? "warning" : "success",
    text: t.sop.recorded(e.langkah ?? 0, e.periode, e.durasi ?? 0, e.satuan, over),
  };
}

export function decisionMessage(outcome: DecisionOutcome, t: Strings): Message {
  if (!outcome.ok)
    return {
      intent: "error",
      text: `${t.decision.refused(outcome.problems.length)} ${problemList(outcome.problems, t)}`,
    };
  return {
    intent: "success",
    text: t.decision.done(outcome.entry.periode, outcome.entry.keputusan),
  };
}

/** The unit files offered, or why none were made; warnings (indicators in no file) listed. */
export function distributeMessage(outcome: DistributionPlan, file: string, t: Strings): Message {
  if (!outcome.ok)
    return {
      intent: "error",
      text: `${t.distribute.refused(outcome.problems.length)} ${problemList(outcome.problems, t)}`,
    };
  const done = t.distribute.downloaded(
    file,
    outcome.files.map((f) => f.pj)
  );
  return outcome.warnings.length > 0
    ? {
        intent: "warning",
        text: `${done} ${t.distribute.warnings(outcome.warnings.length)} ${problemList(outcome.warnings, t)}`,
      }
    : { intent: "success", text: done };
}

export function reportRefusedMessage(problems: readonly Problem[], t: Strings): Message {
  return {
    intent: "error",
    text: `${t.report.refused(problems.length)} ${problemList(problems, t)}`,
  };
}

/** The LKjIP draft refused with its problems, or downloaded as `file` with its warnings. */
export function lkjipMessage(plan: LkjipPlan, file: string, t: Strings): Message {
  if (!plan.ok)
    return {
      intent: "error",
      text: `${t.report.lkjipRefused(plan.problems.length)} ${problemList(plan.problems, t)}`,
    };
  const done = t.report.lkjipDownloaded(file);
  return plan.warnings.length > 0
    ? {
        intent: "warning",
        text: `${done} ${t.report.lkjipWarnings(plan.warnings.length)} ${problemList(plan.warnings, t)}`,
      }
    : { intent: "info", text: done };
}

export function errorMessage(err: unknown, t: Strings): Message {
  if (err instanceof ExcelError && err.kind !== "unknown")
    return { intent: "error", text: t.errors[err.kind] };
  const detail = err instanceof Error ? err.message : String(err);
  const code = err instanceof ExcelError && err.code ? ` (${t.errorCode(err.code)})` : "";
  return { intent: "error", text: `${t.errors.unknown} ${detail}${code}` };
}

export function selfTestMessage(report: CompatibilityReport, t: Strings): Message {
  const total = report.results.length;
  // Checks are skipped only after a failure (no test sheet), so "failed" says it all.
  return report.failed === 0
    ? { intent: "success", text: t.selfTest.allPassed(total) }
    : { intent: "error", text: t.selfTest.someFailed(report.failed, total) };
}

export function selfTestFailure(failure: SelfTestFailure, t: Strings): string {
  return failure.kind === "mismatch"
    ? t.selfTest.mismatch(failure.what, failure.expected, failure.actual)
    : t.selfTest.error(failure.code, failure.message);
}

/** Host, platform, version and ExcelApi on one line; the first three only inside Office. */
export function diagnosticsLine(d: HostDiagnostics, t: Strings): string {
  const office = d.office
    ? t.selfTest.diagnostics(d.office.host, d.office.platform, d.office.version)
    : t.selfTest.noDiagnostics;
  return `${office} · ${t.selfTest.excelApi(d.excelApi)}`;
}

export const SELF_TEST_MARKS = { pass: "✓", fail: "✗", skipped: "–" } as const;

/** The plain-text report "Salin" copies: what a maintainer needs to reproduce a failure. */
export function selfTestText(report: CompatibilityReport, t: Strings): string {
  const lines = [
    t.selfTest.reportTitle,
    diagnosticsLine(report.diagnostics, t),
    ...(report.diagnostics.userAgent ? [t.selfTest.browser(report.diagnostics.userAgent)] : []),
    t.selfTest.sheetName(report.sheet),
    ...report.results.map((r) => {
      const line = `${SELF_TEST_MARKS[r.status]} ${t.selfTest.status[r.status]} — ${t.selfTest.checks[r.id]}`;
      return r.status === "fail" ? `${line} — ${selfTestFailure(r.failure, t)}` : line;
    }),
    t.selfTest.totals(report.passed, report.failed, report.skipped),
  ];
  return lines.join("\n");
}
