// "Buat laporan (buku kerja)" and "Unduh PDF": the report of one period from a fresh read, through the
// same core as the recap (planRecap → buildReport), so a report never shows figures the recap would
// refuse. Rendering is passed in: the pane loads the PDF and workbook renderers only when asked.
import { PeriodId, periodById } from "../core/contract";
import { planRecap } from "../core/plan";
import { blocking, Problem } from "../core/problems";
import { buildReport, Report } from "../core/report";
import { WorkbookGateway } from "./ports";
import { defaultEnv, Env } from "./log";

export type ReportPlan =
  | { ok: true; sheet: string; fileName: string; report: Report }
  | { ok: false; problems: Problem[] };
export type RenderXlsx = (
  reports: readonly { sheet: string; report: Report }[]
) => Promise<Uint8Array>;

export async function prepareReport(
  gateway: WorkbookGateway,
  period: PeriodId,
  env: Env = defaultEnv()
): Promise<ReportPlan> {
  const read = await gateway.read();
  const plan = planRecap(read.book, [period]);
  if (!plan.ok) return { ok: false, problems: blocking(plan.problems) };
  const def = periodById(period);
  const year = plan.settings.year === null ? "" : `-${plan.settings.year}`;
  return {
    ok: true,
    sheet: def.sheet,
    fileName: `laporan-kinerja-${def.title.toLowerCase().replace(/\s+/g, "-")}${year}`,
    report: buildReport(def, plan.results[0].rows, plan.settings, env.now()),
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
