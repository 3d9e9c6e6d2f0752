// The SOP's review (steps 6–7): staff submit a period's report (`Diajukan`), the Kasubag Perencanaan
// approves it (`Disetujui`, Ya) or returns it with a note (`Dikembalikan`, Tidak). Each move is one
// tracker row and one Log row, allowed only from the states core/periodState.ts lists; a decision by
// someone other than Pengaturan's `Kasubag Perencanaan` needs `onBehalf` and says so in the Log.
import {
  KASUBAG_KEY,
  normalizeWord,
  PeriodId,
  periodById,
  SETTINGS_SHEET,
  TRACKER_SHEET,
} from "../core/contract";
import { approvalProblems } from "../core/decision";
import { ALLOWED, PeriodAction, periodStates, SUBMIT_STEP, SUBMITTED } from "../core/periodState";
import { Problem, problem } from "../core/problems";
import { BookReading, readBook } from "../core/reading";
import { DECISION_STEP, SopStep, stepByNo } from "../core/sop";
import { Keputusan, periodeText, TrackerEntry } from "../core/tracker";
import { StepRecord } from "../core/trackerRows";
import { a1, byName, cellText, findSheet } from "../core/workbook";
import { approvalRecord, fingerprintNote } from "./approvals";
import { TimedEnv, withHolidays } from "./holidays";
import { defaultEnv, Env, serialAt, todayOf } from "./log";
import { Planned, WorkbookGateway, WorkbookRead } from "./ports";
import { trackerWrite, withLog } from "./steps";

export type DecisionOutcome =
  { ok: true; entry: TrackerEntry } | { ok: false; problems: Problem[] };

export type DecisionOptions = {
  /** The step 7 someone started in the pane: the decision's duration is the review's. */
  startedAt?: Date;
  /** Confirmed: deciding on behalf of Pengaturan's Kasubag Perencanaan. */
  onBehalf?: boolean;
};

/** "Ajukan": the period's report goes to the Kasubag (SOP step 6), its recap current. */
export async function submitForReview(
  gateway: WorkbookGateway,
  period: PeriodId,
  name: string,
  env: Env = defaultEnv()
): Promise<DecisionOutcome> {
  const timed = await withHolidays(env);
  return gateway.update((read) => {
    const reading = readBook(read.book, todayOf(env));
    const recap = recapProblems(read, reading, period);
    const refused = [...stateProblems(reading, period, "submit"), ...recap];
    if (refused.length > 0) return { result: { ok: false, problems: refused } };
    const step = stepByNo(reading.sop.steps, SUBMIT_STEP) as SopStep;
    return move(
      read,
      reading,
      period,
      step,
      name,
      SUBMITTED,
      "",
      timed,
      undefined,
      "ajukan laporan"
    );
  });
}

/**
 * "Setujui (Ya)": only for a submitted period whose recap is in the workbook, current and free of
 * problems — approving a report the workbook cannot back would defeat the decision. What it approves
 * is recorded in `Persetujuan`, its fingerprint in the tracker's Catatan and the Log (approvals.ts).
 */
export async function approve(
  gateway: WorkbookGateway,
  period: PeriodId,
  name: string,
  env: Env = defaultEnv(),
  options: DecisionOptions = {}
): Promise<DecisionOutcome> {
  const timed = await withHolidays(env);
  return gateway.update(async (read): Promise<Planned<DecisionOutcome>> => {
    const reading = readBook(read.book, todayOf(env));
    // The recap first: it reads the model, whose Pengaturan the other checks then share.
    const recap = recapProblems(read, reading, period);
    const refused = [
      ...stateProblems(reading, period, "approve"),
      ...deciderProblems(reading, name, options),
      ...recap,
    ];
    if (refused.length > 0) return { result: { ok: false, problems: refused } };
    const recorded = await approvalRecord(reading, period, name, env.now().toISOString());
    if (!recorded.ok) return { result: recorded };
    const { head, create, append } = recorded.record;
    const planned = decide(
      read,
      reading,
      period,
      name,
      "Ya",
      fingerprintNote(head.sidikJari),
      timed,
      options
    );
    if (!planned.write) return planned;
    const { write } = planned;
    return {
      ...planned,
      write: {
        ...write,
        create: [...(write.create ?? []), ...create],
        append: [...(write.append ?? []), append],
      },
    };
  });
}

/**
 * "Kembalikan (Tidak)": the report goes back for correction (SOP: back to step 4) with a note saying
 * what to correct. Not gated on a clean recap — problems are a reason to return it.
 */
export async function returnForCorrection(
  gateway: WorkbookGateway,
  period: PeriodId,
  name: string,
  note: string,
  env: Env = defaultEnv(),
  options: DecisionOptions = {}
): Promise<DecisionOutcome> {
  const timed = await withHolidays(env);
  return gateway.update((read) => {
    const reading = readBook(read.book, todayOf(env));
    const refused = [
      ...stateProblems(reading, period, "giveBack"),
      ...deciderProblems(reading, name, options),
    ];
    if (refused.length > 0) return { result: { ok: false, problems: refused } };
    return decide(read, reading, period, name, "Tidak", note, timed, options);
  });
}

function stateProblems(reading: BookReading, period: PeriodId, action: PeriodAction): Problem[] {
  const { year } = reading.settings;
  const { state, entry } = periodStates(reading.tracker.entries, year)[period];
  if (ALLOWED[state].includes(action)) return [];
  return [
    problem({
      sheet: TRACKER_SHEET,
      cell: entry ? a1(entry.row, 0) : "A1",
      severity: "error",
      text: {
        key: "periodStateRefuses",
        params: { periode: periodeText({ key: period, year }), state, action },
      },
    }),
  ];
}

function recapProblems(read: WorkbookRead, reading: BookReading, period: PeriodId): Problem[] {
  const sheet = byName(read.sheets, periodById(period).sheet);
  return approvalProblems(reading, period, sheet ? (sheet.usedRows ?? null) : null);
}

/** Pengaturan's Kasubag Perencanaan and the cell naming them; undefined when the key is not filled. */
function kasubagOf(reading: BookReading): { name: string; cell: string } | undefined {
  const name = reading.settings.values[KASUBAG_KEY]?.trim();
  if (!name) return undefined;
  const rows = findSheet(reading.book, SETTINGS_SHEET)?.rows ?? [];
  const row = rows.findIndex((r) => cellText(r?.[0]?.value) === KASUBAG_KEY);
  return { name, cell: row < 0 ? "A1" : a1(row, 1) };
}

const isKasubag = (kasubag: string, name: string) => normalizeWord(kasubag) === normalizeWord(name);

function deciderProblems(reading: BookReading, name: string, options: DecisionOptions): Problem[] {
  const kasubag = kasubagOf(reading);
  if (!kasubag || isKasubag(kasubag.name, name) || options.onBehalf) return [];
  return [
    problem({
      sheet: SETTINGS_SHEET,
      cell: kasubag.cell,
      severity: "error",
      text: { key: "notKasubag", params: { kasubag: kasubag.name, name } },
    }),
  ];
}

function decide(
  read: WorkbookRead,
  reading: BookReading,
  period: PeriodId,
  name: string,
  keputusan: Keputusan,
  note: string,
  env: TimedEnv,
  options: DecisionOptions
): Planned<DecisionOutcome> {
  // stepByNo falls back to the seed, which has step 7.
  const step = stepByNo(reading.sop.steps, DECISION_STEP) as SopStep;
  const kasubag = kasubagOf(reading);
  const onBehalf =
    kasubag && !isKasubag(kasubag.name, name) ? ` (atas nama ${KASUBAG_KEY} ${kasubag.name})` : "";
  return move(
    read,
    reading,
    period,
    step,
    name,
    keputusan,
    note,
    env,
    options.startedAt,
    `keputusan Kasubag${onBehalf}`
  );
}

/** One tracker row moving the period's state, and its Log row. */
function move(
  read: WorkbookRead,
  reading: BookReading,
  period: PeriodId,
  step: SopStep,
  name: string,
  keputusan: StepRecord["keputusan"],
  note: string,
  env: TimedEnv,
  startedAt: Date | undefined,
  action: string
): Planned<DecisionOutcome> {
  const finished = env.now();
  const record: StepRecord = {
    step,
    periode: { key: period, year: reading.settings.year },
    nama: name,
    mulai: serialAt(env, startedAt ?? finished),
    selesai: serialAt(env, finished),
    keputusan,
    catatan: note,
  };
  return withLog(
    trackerWrite(read, reading, [record], env.holidays),
    { ...env, user: name },
    action,
    (e) => `${e.periode}: ${e.keputusan}${e.catatan ? ` — ${e.catatan}` : ""}`
  );
}
