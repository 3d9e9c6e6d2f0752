// What the pane shows at a glance: per quarter how many indicators are reported and how many problems
// each sheet has, and the problem list itself (errors first).
import { GENERATED_SHEETS, QUARTERS, quarterSheet } from "../core/contract";
import { check } from "../core/plan";
import { Problem } from "../core/problems";
import { kodeKey } from "../core/names";
import { ROLLUPS } from "../core/rollup";
import { byName } from "../core/workbook";
import { WorkbookGateway, WorkbookRead } from "./ports";
import { processOverview, ProcessOverview } from "./process";
import { readWithStubs } from "./quarterStubs";

export type QuarterStatus = { sheet: string; exists: boolean; reported: number; problems: number };

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

export async function loadOverview(gateway: WorkbookGateway): Promise<Overview> {
  return summarize(await gateway.read());
}

export function summarize(read: WorkbookRead): Overview {
  const { problems } = check(read.book);
  const { model, missingQuarters } = readWithStubs(read.book);
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
    process: processOverview(read.book),
  };
}

/** Selects the cell a problem names, so the user lands on it. */
export function showProblem(gateway: WorkbookGateway, problem: Problem): Promise<void> {
  return gateway.select(problem.sheet, problem.cell);
}
