// "Buat laporan (buku kerja)" and "Unduh PDF": the report of one period from a fresh read, through the
// same core as the recap (planRecap → buildReport), so a report never shows figures the recap would
// refuse. Rendering is passed in: the pane loads the PDF and workbook renderers only when asked.
import { RecapId, recapSheetName } from "../core/contract";
import { planRecap } from "../core/plan";
import { blocking, Problem } from "../core/problems";
import { buildReport, missingSettings, Report } from "../core/report";
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
      /** `Pengaturan` keys the page would print empty. */
      warnings: Problem[];
      year: number | null;
    }
  | { ok: false; problems: Problem[] };

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
  env: Env = defaultEnv()
): Promise<ReportPlan> {
  const plan = planReports((await gateway.read()).book, [period], env);
  if (!plan.ok) return { ok: false, problems: blocking(plan.problems) };
  return {
    ok: true,
    ...plan.reports[0],
    fileName: reportFileName(period, plan.year),
  };
}

export async function prepareReports(
  gateway: WorkbookGateway,
  periods: readonly RecapId[],
  env: Env = defaultEnv()
): Promise<ReportsPlan> {
  return planReports((await gateway.read()).book, periods, env);
}

function planReports(book: WorkbookSnapshot, periods: readonly RecapId[], env: Env): ReportsPlan {
  const plan = planRecap(book, periods, todayOf(env));
  if (!plan.ok) return { ok: false, problems: plan.problems };
  const today = env.now();
  // Only the periods asked for: a semester's plan may also carry Tahunan (recapHelperFormulas.ts
  // borrows from it).
  // Capaian Triwulan reports its current quarter "s.d." (its result's title says which).
  const reports = plan.results
    .filter((r) => periods.includes(r.period))
    .map((r) => ({ sheet: r.sheet, report: buildReport(r, r.rows, plan.settings, today) }));
  return { ok: true, reports, warnings: missingSettings(plan.settings), year: plan.settings.year };
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
