// The SOP beyond the recap: recording a step in `Tahapan SOP` and the Kasubag's decision (step 7,
// Ya / Tidak). Each is one update: read, let the core validate and lay out the row, write it together
// with its Log entry — or write nothing and return the problems.
import { PeriodId, periodById, SETTINGS_SHEET, SOP_SHEET, TRACKER_SHEET } from "../core/contract";
import { approvalProblems } from "../core/decision";
import { Problem, problem } from "../core/problems";
import { BookReading, readBook } from "../core/reading";
import { DECISION_STEP, SOP_STEPS, SopStep, stepByNo } from "../core/sop";
import { trackerSheet } from "../core/template";
import {
  Keputusan,
  PeriodeKey,
  periodeText,
  planTrackerRows,
  StepRecord,
  TrackerEntry,
} from "../core/tracker";
import { byName } from "../core/workbook";
import { Planned, WorkbookGateway, WorkbookRead, WriteBatch } from "./ports";
import { defaultEnv, Env, logEntry, serialAt } from "./log";

export type StepOutcome = { ok: true; entry: TrackerEntry } | { ok: false; problems: Problem[] };
export type DecisionOutcome =
  { ok: true; entry: TrackerEntry } | { ok: false; problems: Problem[] };

/** The tracker rows of `records` as a write (the sheet created first when missing), or the problems. */
export function trackerWrite(
  read: WorkbookRead,
  reading: BookReading,
  records: readonly StepRecord[]
): { ok: true; rows: TrackerEntry[]; write: WriteBatch } | { ok: false; problems: Problem[] } {
  const sheetProtected = byName(read.sheets, TRACKER_SHEET)?.protected ?? false;
  const plan = planTrackerRows(reading.tracker, sheetProtected, records);
  if (!plan.ok) return plan;
  return {
    ok: true,
    rows: plan.rows,
    write: { ...(plan.createSheet ? { create: [trackerSheet()] } : {}), append: [plan.append] },
  };
}

export type StepInput = {
  step: number;
  periode: PeriodeKey;
  /** A year named with the period (the CLI's `--periode "TW II 2023"`); the pane names none. */
  year?: number;
  name: string;
  startedAt: Date;
};

/** "Selesai" in the pane: the step started at `startedAt` ends now. */
export function recordStep(
  gateway: WorkbookGateway,
  input: StepInput,
  env: Env = defaultEnv()
): Promise<StepOutcome> {
  return gateway.update((read) => {
    const reading = readBook(read.book);
    const step = stepByNo(reading.sop.steps, input.step);
    if (!step) {
      const known = SOP_STEPS.map((s) => s.no);
      return {
        result: {
          ok: false,
          problems: [
            problem({
              sheet: SOP_SHEET,
              cell: "A1",
              severity: "error",
              text: { key: "stepUnknown", params: { step: input.step, known } },
            }),
          ],
        },
      };
    }
    const { year } = reading.settings;
    if (input.year !== undefined && year !== null && input.year !== year) {
      const named = periodeText({ key: input.periode, year: input.year });
      return {
        result: {
          ok: false,
          problems: [
            problem({
              sheet: SETTINGS_SHEET,
              cell: "A1",
              severity: "error",
              text: { key: "periodeOtherYear", params: { periode: named, year } },
            }),
          ],
        },
      };
    }
    const record: StepRecord = {
      step,
      periode: { key: input.periode, year: year ?? input.year ?? null },
      nama: input.name,
      mulai: serialAt(env, input.startedAt),
      selesai: serialAt(env, env.now()),
      keputusan: "",
      catatan: "",
    };
    return withLog(
      trackerWrite(read, reading, [record]),
      { ...env, user: input.name },
      "catat langkah SOP",
      (e) => `langkah ${e.langkah} ${e.periode}: ${e.durasi} menit (waktu baku ${e.waktuBaku})`
    );
  });
}

/**
 * "Setujui (Ya)": only for a period whose recap is in the workbook, current and free of problems —
 * approving a report the workbook cannot back would defeat the decision.
 */
export function approve(
  gateway: WorkbookGateway,
  period: PeriodId,
  name: string,
  env: Env = defaultEnv(),
  startedAt?: Date
): Promise<DecisionOutcome> {
  return gateway.update((read) => {
    const reading = readBook(read.book);
    const sheet = byName(read.sheets, periodById(period).sheet);
    const refused = approvalProblems(reading, period, sheet ? (sheet.usedRows ?? null) : null);
    if (refused.length > 0) return { result: { ok: false, problems: refused } };
    return decide(read, reading, period, name, "Ya", "", env, startedAt);
  });
}

/**
 * "Kembalikan (Tidak)": the report goes back for correction (SOP: back to step 4) with a note saying
 * what to correct. Not gated on a clean recap — problems are a reason to return it.
 */
export function returnForCorrection(
  gateway: WorkbookGateway,
  period: PeriodId,
  name: string,
  note: string,
  env: Env = defaultEnv(),
  startedAt?: Date
): Promise<DecisionOutcome> {
  return gateway.update((read) =>
    decide(read, readBook(read.book), period, name, "Tidak", note, env, startedAt)
  );
}

function decide(
  read: WorkbookRead,
  reading: BookReading,
  period: PeriodId,
  name: string,
  keputusan: Keputusan,
  note: string,
  env: Env,
  startedAt: Date | undefined
): Planned<DecisionOutcome> {
  const finished = env.now();
  const record: StepRecord = {
    // stepByNo falls back to the seed, which has step 7.
    step: stepByNo(reading.sop.steps, DECISION_STEP) as SopStep,
    periode: { key: period, year: reading.settings.year },
    nama: name,
    mulai: serialAt(env, startedAt ?? finished),
    selesai: serialAt(env, finished),
    keputusan,
    catatan: note,
  };
  return withLog(
    trackerWrite(read, reading, [record]),
    { ...env, user: name },
    "keputusan Kasubag",
    (e) => `${e.periode}: ${e.keputusan}${e.catatan ? ` — ${e.catatan}` : ""}`
  );
}

function withLog(
  planned: ReturnType<typeof trackerWrite>,
  env: Env,
  action: string,
  detail: (e: TrackerEntry) => string
): Planned<StepOutcome> {
  if (!planned.ok) return { result: planned };
  const entry = planned.rows[0];
  return {
    result: { ok: true, entry },
    write: { ...planned.write, log: [logEntry(env, action, TRACKER_SHEET, detail(entry))] },
  };
}
