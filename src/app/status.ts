// Where the workbook stands, in one read: the overview the pane shows (quarters, problems, SOP steps,
// decisions) and, per semester/annual period, whether its recap sheet is current and so whether a Ya
// would be accepted — the rule `approve` applies, asked without writing.
import { PeriodId, PERIODS } from "../core/contract";
import { recapCurrency, RecapState } from "../core/decision";
import { Problem } from "../core/problems";
import { BookReading, readBook } from "../core/reading";
import { PeriodApproval, reviewApprovals } from "./approvals";
import { byName } from "../core/workbook";
import { defaultEnv, todayOf } from "./log";
import { Overview, summarize } from "./overview";
import { WorkbookGateway, WorkbookRead } from "./ports";
import { DecisionView } from "./process";

export type PeriodStatus = {
  period: PeriodId;
  sheet: string;
  recap: RecapState;
  /** The latest Kasubag decision the tracker holds for the period. */
  decision: DecisionView;
  /** Why `approve` would refuse a Ya now, on the recap alone; empty when the recap is fit. */
  approvalProblems: Problem[];
  /** The approval in force and what changed since (approvals.ts). */
  approval: PeriodApproval;
};

export type Status = Overview & { periods: PeriodStatus[]; audit: Problem[] };

export async function loadStatus(gateway: WorkbookGateway): Promise<Status> {
  const read = await gateway.read();
  const reading = readBook(read.book, todayOf(defaultEnv()));
  return status(read, reading);
}

async function status(read: WorkbookRead, reading: BookReading): Promise<Status> {
  const overview = summarize(read, reading);
  const review = await reviewApprovals(reading);
  const decisions = new Map(overview.process.decisions.map((d) => [d.period, d]));
  return {
    ...overview,
    audit: review.audit,
    periods: PERIODS.map((p): PeriodStatus => {
      const sheet = byName(read.sheets, p.sheet);
      const currency = recapCurrency(reading, p.id, sheet ? (sheet.usedRows ?? null) : null);
      return {
        period: p.id,
        sheet: p.sheet,
        recap: currency.state,
        decision: decisions.get(p.id) as DecisionView,
        approvalProblems: currency.problems,
        approval: review.periods.find((a) => a.period === p.id) as PeriodApproval,
      };
    }),
  };
}
