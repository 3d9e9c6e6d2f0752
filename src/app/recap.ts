// "Rekap Semester I / II / Tahunan": from the ribbon and from the pane alike. Validate first; with any
// problem nothing is written (docs/CONTRACT.md §3).
import { PeriodId, periodById } from "../core/contract";
import { planRecap } from "../core/plan";
import { Problem } from "../core/problems";
import { recapTitle } from "../core/recapSheet";
import { RECAP_STEP, readSopSteps, SopStep, stepByNo } from "../core/sop";
import { StepRecord } from "../core/tracker";
import { Planned, WorkbookGateway, WorkbookRead, WriteBatch } from "./ports";
import { defaultEnv, Env, logEntry, serialAt } from "./log";
import { trackerWrite } from "./steps";
import { capaianChart, kategoriFormat } from "./recapDecorations";

export type RecapOutcome =
  | { ok: true; sheets: string[]; indicators: number; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

export function recap(
  gateway: WorkbookGateway,
  periods: readonly PeriodId[],
  env: Env = defaultEnv()
): Promise<RecapOutcome> {
  const started = env.now();
  return gateway.update((read) => planRecapWrite(read, periods, env, started));
}

export function planRecapWrite(
  read: WorkbookRead,
  periods: readonly PeriodId[],
  env: Env,
  started: Date
): Planned<RecapOutcome> {
  const plan = planRecap(read.book, periods);
  if (!plan.ok) return { result: { ok: false, problems: plan.problems } };
  const settings = plan.settings;
  const patches = plan.patch.sheets;
  const sheets = patches.map((p) => p.name);
  const indicators = plan.results[0]?.rows.length ?? 0;
  const tahunan = periodById("tahunan");
  const steps = recapSteps(read, periods, env, started, settings.year);
  return {
    result: { ok: true, sheets, indicators, warnings: [...plan.warnings, ...steps.warnings] },
    write: {
      ...steps.write,
      rewrite: patches,
      kategoriFormats: patches.map((p) => kategoriFormat(p, settings.scale)),
      charts: patches
        .filter((p) => p.name === tahunan.sheet)
        .map((p) => capaianChart(p, `Capaian ${recapTitle(tahunan, settings.year)}`)),
      log: [
        logEntry(
          env,
          "rekap",
          sheets.join(", "),
          `${indicators} indikator; ${plan.warnings.length} peringatan`
        ),
      ],
      activate: sheets[sheets.length - 1],
    },
  };
}

/**
 * The recap is itself an SOP step (Semester: step 6, Tahunan: step 9), recorded in `Tahapan SOP` in
 * the same write as the recap sheets. A tracker that cannot take the row (protected, header row
 * changed) does not stop the recap: the step is left unrecorded and the reason comes back as a warning.
 */
function recapSteps(
  read: WorkbookRead,
  periods: readonly PeriodId[],
  env: Env,
  started: Date,
  year: number | null
): { write: WriteBatch; warnings: Problem[] } {
  const steps = readSopSteps(read.book).steps;
  const [mulai, selesai] = [serialAt(env, started), serialAt(env, env.now())];
  const records = periods.map((period): StepRecord => ({
    // stepByNo falls back to the seed, which has steps 6 and 9.
    step: stepByNo(steps, RECAP_STEP[period]) as SopStep,
    periode: { key: period, year },
    nama: env.user,
    mulai,
    selesai,
    keputusan: "",
    catatan: "",
  }));
  const planned = trackerWrite(read, records);
  if (planned.ok) return { write: planned.write, warnings: [] };
  return {
    write: {},
    warnings: planned.problems.map((p) => ({
      ...p,
      severity: "warning",
      message: `langkah SOP tidak dicatat: ${p.message}`,
    })),
  };
}
