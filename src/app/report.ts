// "Buat laporan (buku kerja)" and "Unduh PDF": the report of one period from a fresh read, through the
// same core as the recap (planRecap → buildReport), so a report never shows figures the recap would
// refuse. Rendering is passed in: the pane loads the PDF and workbook renderers only when asked.
import { RecapId, recapSheetName } from "../core/contract";
import { planRecap } from "../core/plan";
import { blocking, Problem } from "../core/problems";
import { ApprovalShown, buildReport, missingSettings, Report, withApproval } from "../core/report";
import { readBook } from "../core/reading";
import { timelinessAppendix } from "../core/reportAppendix";
import { timeliness } from "../core/timeliness";
import { PeriodApproval, reviewApprovals } from "./approvals";
import { WorkbookSnapshot } from "../core/workbook";
import { WorkbookGateway } from "./ports";
import { defaultEnv, Env, todayOf } from "./log";

export type ReportPlan =
  | { ok: true; sheet: string; fileName: string; report: Report }
  | { ok: false; problems: Problem[] };
export type RenderXlsx = (
  reports: readonly { sheet: string; report: Report }[]
) => Promise<Uint8Array>;

/** The reports of several periods from one read: the command line's `export`. */
export type ReportsPlan =
  | {
      ok: true;
      reports: { sheet: string; report: Report }[];
      /** `Pengaturan` keys the page would print empty; changes to an approval exported anyway. */
      warnings: Problem[];
      year: number | null;
    }
  /** `approvalChanged`: refused only because an approved period changed since its Ya. */
  | { ok: false; problems: Problem[]; approvalChanged?: boolean };

/** `ignoreApproval`: export an approved period that changed since (the report then claims no approval). */
export type ReportOptions = { ignoreApproval?: boolean };

/**
 * A report's file name without extension, one rule for the pane's download and the command line's
 * default output: the workbook's own name first when the front end knows it (two workbooks in one
 * folder get two reports), then the period and the year.
 */
export function reportFileName(
  period: RecapId | "all",
  year: number | null,
  workbook?: string
): string {
  const slug =
    period === "all" ? "semua-periode" : recapSheetName(period).toLowerCase().replace(/\s+/g, "-");
  const parts = [workbook, "laporan-kinerja", slug, year === null ? undefined : String(year)];
  return parts.filter((p): p is string => p !== undefined && p !== "").join("-");
}

export async function prepareReport(
  gateway: WorkbookGateway,
  period: RecapId,
  env: Env = defaultEnv(),
  options: ReportOptions = {}
): Promise<ReportPlan | Extract<ReportsPlan, { ok: false }>> {
  const plan = await planReports((await gateway.read()).book, [period], env, options);
  if (!plan.ok)
    return plan.approvalChanged ? plan : { ok: false, problems: blocking(plan.problems) };
  return {
    ok: true,
    ...plan.reports[0],
    fileName: reportFileName(period, plan.year),
  };
}

export async function prepareReports(
  gateway: WorkbookGateway,
  periods: readonly RecapId[],
  env: Env = defaultEnv(),
  options: ReportOptions = {}
): Promise<ReportsPlan> {
  return planReports((await gateway.read()).book, periods, env, options);
}

async function planReports(
  book: WorkbookSnapshot,
  periods: readonly RecapId[],
  env: Env,
  options: ReportOptions
): Promise<ReportsPlan> {
  const reading = readBook(book, todayOf(env));
  const plan = planRecap(reading, periods);
  if (!plan.ok) return { ok: false, problems: plan.problems };
  const today = env.now();
  const review = await reviewApprovals(reading);
  const approvalOf = (id: RecapId) => review.periods.find((p) => p.period === id);
  // An approved period whose figures changed since (or whose record was tampered with) is not
  // reported as approved: refused unless asked for explicitly, and then printed without approval.
  const changed = periods.flatMap((id) => {
    const a = approvalOf(id);
    return a?.approved ? [...a.problems, ...a.changes] : [];
  });
  if (changed.length > 0 && !options.ignoreApproval)
    return { ok: false, problems: changed, approvalChanged: true };
  // Only the periods asked for: a semester's plan may also carry Tahunan (recapHelperFormulas.ts
  // borrows from it).
  // Capaian Triwulan reports its current quarter "s.d." (its result's title says which).
  const reports = plan.results
    .filter((r) => periods.includes(r.period))
    .map((r) => {
      const report = buildReport(r, r.rows, plan.settings, today);
      const approval = approvedUnchanged(approvalOf(r.period));
      return { sheet: r.sheet, report: approval ? withApproval(report, approval) : report };
    });
  // The SOP's timeliness to date closes every report; none while the tracker holds no step.
  const appendix = timelinessAppendix(
    timeliness(reading.tracker.entries, reading.settings.officeTime.hours)
  );
  if (appendix.length > 0) for (const r of reports) r.report = { ...r.report, appendix };
  const warnings = [...missingSettings(plan.settings), ...changed.map(asWarning)];
  return { ok: true, reports, warnings, year: plan.settings.year };
}

export const asWarning = (p: Problem): Problem => ({ ...p, severity: "warning" });

/** What a period's report may claim: its approval, when it has one and nothing changed since. */
export function approvedUnchanged(a: PeriodApproval | undefined): ApprovalShown | null {
  const fingerprint = a?.approved?.fingerprint;
  if (!a?.approved || !fingerprint || a.changes.length > 0 || a.problems.length > 0) return null;
  return {
    by: a.approved.oleh,
    at: a.approved.waktu ? new Date(a.approved.waktu) : null,
    fingerprint,
  };
}

/** Opens the report as a new workbook in Excel (ExcelApi 1.8); the caller checks canOpenWorkbook first. */
export async function openReportWorkbook(
  gateway: WorkbookGateway,
  prepared: Extract<ReportPlan, { ok: true }>,
  render: RenderXlsx
): Promise<void> {
  const bytes = await render([{ sheet: prepared.sheet, report: prepared.report }]);
  await gateway.openWorkbook(toBase64(bytes));
}

/** btoa takes a "binary string"; built in slices, as one String.fromCharCode(...bytes) overflows the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}
