// The SOP beyond the recap: recording a step in `Tahapan SOP` (the review's submit and decision are
// review.ts's). Each is one update: read, let the core validate and lay out the row, write it together
// with its Log entry — or write nothing and return the problems.
import { SETTINGS_SHEET, SOP_SHEET, TRACKER_SHEET } from "../core/contract";
import { formatNumber } from "../core/parse";
import { Problem, problem } from "../core/problems";
import { BookReading, readBook } from "../core/reading";
import { SOP_STEPS, stepByNo } from "../core/sop";
import { trackerSheet } from "../core/template";
import { PeriodeKey, periodeText, TrackerEntry } from "../core/tracker";
import { planTrackerRows, StepRecord } from "../core/trackerRows";
import type { HolidaySource } from "../core/workingTime";
import { byName } from "../core/workbook";
import { Planned, WorkbookGateway, WorkbookRead, WriteBatch } from "./ports";
import { defaultEnv, Env, logEntry, serialAt } from "./log";
import { withHolidays } from "./holidays";

export type StepOutcome = { ok: true; entry: TrackerEntry } | { ok: false; problems: Problem[] };

/** The tracker rows of `records` as a write (the sheet created first when missing), or the problems. */
export function trackerWrite(
  read: WorkbookRead,
  reading: BookReading,
  records: readonly StepRecord[],
  national: HolidaySource
): { ok: true; rows: TrackerEntry[]; write: WriteBatch } | { ok: false; problems: Problem[] } {
  const sheetProtected = byName(read.sheets, TRACKER_SHEET)?.protected ?? false;
  const time = { office: reading.settings.officeTime, national };
  const plan = planTrackerRows(reading.tracker, sheetProtected, records, time);
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
export async function recordStep(
  gateway: WorkbookGateway,
  input: StepInput,
  env: Env = defaultEnv()
): Promise<StepOutcome> {
  const national = (await withHolidays(env)).holidays;
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
      trackerWrite(read, reading, [record], national),
      { ...env, user: input.name },
      "catat langkah SOP",
      (e) =>
        `langkah ${e.langkah} ${e.periode}: ${formatNumber(e.durasi ?? 0)} ${e.satuan.toLowerCase()} kerja (waktu baku ${e.waktuBaku})`
    );
  });
}

/** A planned tracker write with its Log entry, or its problems as the result. */
export function withLog(
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
