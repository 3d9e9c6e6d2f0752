// What the pane shows at a glance: per quarter how many indicators are reported and how many problems
// each sheet has, and the problem list itself (errors first).
import { GENERATED_SHEETS, Quarter, QUARTERS, quarterSheet } from "../core/contract";
import { Problem } from "../core/problems";
import { kodeKey } from "../core/names";
import { BookReading, readBook } from "../core/reading";
import { blocking } from "../core/problems";
import { quarterToDate } from "../core/quarterlySheet";
import { recapPeriod } from "../core/recap";
import { KinerjaModel } from "../core/model";
import { roundHalfAway } from "../core/capaian";
import { ROLLUPS } from "../core/rollup";
import { byName } from "../core/workbook";
import { defaultEnv, todayOf } from "./log";
import { ApprovalReview, reviewApprovals } from "./approvals";
import { WorkbookGateway, WorkbookRead } from "./ports";
import { processOverview, ProcessOverview } from "./process";

export type QuarterStatus = {
  sheet: string;
  exists: boolean;
  reported: number;
  problems: number;
  /**
   * Mean Capaian s.d. TW (%) over the indicators that have one — the `Capaian Triwulan` sheet's
   * figures, two decimals; null while the workbook has errors or no indicator has a capaian yet.
   */
  meanToDate: number | null;
};

export type Overview = {
  /** Indicators read from Perjanjian Kinerja; null when it cannot be read. */
  indicators: number | null;
  quarters: QuarterStatus[];
  problems: Problem[];
  errors: number;
  fixable: number;
  /** Generated sheets already in the workbook. */
  recapSheets: string[];
  /** The SOP steps, the step tracker and the Kasubag's decisions. */
  process: ProcessOverview;
};

/** The overview and what changed since each approval (approvals.ts), from one read. */
export type Review = Overview & { approvals: ApprovalReview };

export async function loadOverview(gateway: WorkbookGateway): Promise<Review> {
  const read = await gateway.read();
  const reading = readBook(read.book, todayOf(defaultEnv()));
  return { ...summarize(read, reading), approvals: await reviewApprovals(reading) };
}

export function summarize(
  read: WorkbookRead,
  reading: BookReading = readBook(read.book, todayOf(defaultEnv()))
): Overview {
  const { problems } = reading;
  const { model, missingQuarters } = reading.withStubs;
  const sound = blocking(problems).length === 0 ? model : null;
  const quarters = QUARTERS.map((q): QuarterStatus => {
    const sheet = quarterSheet(q);
    const entries = model?.quarters[q].entries;
    const reported =
      model && entries
        ? model.indicators.filter((ind) => {
            const entry = entries.get(kodeKey(ind.kode));
            return entry !== undefined && ROLLUPS[ind.agregasi].reported(entry);
          }).length
        : 0;
    return {
      sheet,
      exists: !missingQuarters.includes(sheet),
      reported,
      problems: problems.filter((p) => p.sheet === sheet).length,
      meanToDate: sound ? meanToDate(sound, q) : null,
    };
  });
  const sorted = [
    ...problems.filter((p) => p.severity === "error"),
    ...problems.filter((p) => p.severity !== "error"),
  ];
  return {
    indicators: model ? model.indicators.length : null,
    quarters,
    problems: sorted,
    errors: problems.length - problems.filter((p) => p.severity === "warning").length,
    fixable: problems.filter((p) => p.fix).length,
    recapSheets: GENERATED_SHEETS.filter((s) => byName(read.sheets, s)),
    process: processOverview(reading),
  };
}

function meanToDate(model: KinerjaModel, q: Quarter): number | null {
  const values = recapPeriod(model, quarterToDate(q))
    .map((row) => row.capaian)
    .filter((c): c is number => c !== null);
  if (values.length === 0) return null;
  return roundHalfAway(values.reduce((a, b) => a + b, 0) / values.length, 2);
}

/** Selects the cell a problem names, so the user lands on it. */
export function showProblem(gateway: WorkbookGateway, problem: Problem): Promise<void> {
  return gateway.select(problem.sheet, problem.cell);
}
