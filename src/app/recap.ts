// "Rekap Semester I / II / Tahunan" and "Capaian Triwulan": from the ribbon and from the pane alike.
// Validate first; with any problem nothing is written (docs/CONTRACT.md §3).
import { isPeriodId, PeriodId, periodById, RecapId } from "../core/contract";
import { planRecap, RecapPlan } from "../core/plan";
import { Problem, problem } from "../core/problems";
import { BookReading, readBook } from "../core/reading";
import { recapTitle } from "../core/recapSheet";
import { RECAP_STEP, SopStep, stepByNo } from "../core/sop";
import { StepRecord } from "../core/trackerRows";
import { Planned, WorkbookGateway, WorkbookRead, WriteBatch } from "./ports";
import { defaultEnv, Env, logEntry, serialAt, todayOf } from "./log";
import { trackerWrite } from "./steps";
import { TimedEnv, withHolidays } from "./holidays";
import { capaianChart, kategoriFormats } from "./recapDecorations";

export type RecapOutcome =
  | {
      ok: true;
      sheets: string[];
      indicators: number;
      warnings: Problem[];
      /** Each sheet's rows as computed, for a front end that shows them (the CLI's summary table). */
      results: Extract<RecapPlan, { ok: true }>["results"];
    }
  | { ok: false; problems: Problem[] };

export async function recap(
  gateway: WorkbookGateway,
  periods: readonly RecapId[],
  env: Env = defaultEnv()
): Promise<RecapOutcome> {
  const started = env.now();
  const timed = await withHolidays(env);
  return gateway.update((read) => planRecapWrite(read, periods, timed, started));
}

export function planRecapWrite(
  read: WorkbookRead,
  periods: readonly RecapId[],
  env: TimedEnv,
  started: Date
): Planned<RecapOutcome> {
  const reading = readBook(read.book, todayOf(env));
  const plan = planRecap(reading, periods);
  if (!plan.ok) return { result: { ok: false, problems: plan.problems } };
  const settings = plan.settings;
  const patches = plan.patch.sheets;
  const sheets = patches.map((p) => p.name);
  const indicators = plan.results[0]?.rows.length ?? 0;
  const tahunan = periodById("tahunan");
  const steps = recapSteps(read, reading, periods.filter(isPeriodId), env, started, settings.year);
  return {
    result: {
      ok: true,
      sheets,
      indicators,
      warnings: [...plan.warnings, ...steps.warnings],
      results: plan.results,
    },
    write: {
      ...steps.write,
      rewrite: patches,
      kategoriFormats: patches.flatMap((p) => kategoriFormats(p, settings.scale)),
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
 * Capaian Triwulan is no SOP step: its recap records none.
 */
function recapSteps(
  read: WorkbookRead,
  reading: BookReading,
  periods: readonly PeriodId[],
  env: TimedEnv,
  started: Date,
  year: number | null
): { write: WriteBatch; warnings: Problem[] } {
  if (periods.length === 0) return { write: {}, warnings: [] };
  const steps = reading.sop.steps;
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
  const planned = trackerWrite(read, reading, records, env.holidays);
  if (planned.ok) return { write: planned.write, warnings: [] };
  return {
    write: {},
    warnings: planned.problems.map((p) =>
      problem({
        ...p,
        severity: "warning",
        text: { key: "stepNotRecorded", params: { problem: p.text } },
      })
    ),
  };
}
