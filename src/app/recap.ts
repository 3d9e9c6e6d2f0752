// "Rekap Semester I / II / Tahunan": from the ribbon and from the pane alike. Validate first; with any
// problem nothing is written (DESIGN.md "Numbers people actually type").
import { PeriodId, periodById } from "../core/contract";
import { planRecap } from "../core/plan";
import { Problem } from "../core/problems";
import { recapTitle } from "../core/recapSheet";
import { WorkbookSnapshot } from "../core/workbook";
import { Decision, WorkbookGateway } from "../excel/types";
import { defaultEnv, Env, logEntry } from "./log";
import { capaianChart, kategoriFormat } from "./recapDecorations";

export type RecapOutcome =
  | { ok: true; sheets: string[]; indicators: number; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export function recap(gateway: WorkbookGateway, periods: readonly PeriodId[], env: Env = defaultEnv()): Promise<RecapOutcome> {
  return gateway.update((read) => planRecapWrite(read.book, periods, env));
}

export function planRecapWrite(book: WorkbookSnapshot, periods: readonly PeriodId[], env: Env): Decision<RecapOutcome> {
  const plan = planRecap(book, periods);
  if (!plan.ok) return { result: { ok: false, problems: plan.problems } };
  const settings = plan.settings;
  const patches = plan.patch.sheets;
  const sheets = patches.map((p) => p.name);
  const indicators = plan.results[0]?.rows.length ?? 0;
  const tahunan = periodById("tahunan");
  return {
    result: { ok: true, sheets, indicators, warnings: plan.warnings },
    write: {
      rewrite: patches,
      kategoriFormats: patches.map((p) => kategoriFormat(p, settings.scale)),
      charts: patches.filter((p) => p.name === tahunan.sheet).map((p) => capaianChart(p, `Capaian ${recapTitle(tahunan, settings.year)}`)),
      log: [logEntry(env, "rekap", sheets.join(", "), `${indicators} indikator; ${plan.warnings.length} peringatan`)],
      activate: sheets[sheets.length - 1],
    },
  };
}
