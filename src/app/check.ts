// "Periksa": the workbook's problems by the pane's own rules (its overview, overview.ts), for a front
// end that lists only them — the command line's `check`.
import { Problem } from "../core/problems";
import { loadOverview } from "./overview";
import { WorkbookGateway } from "./ports";

export type CheckOutcome = {
  /** Indicators read from Perjanjian Kinerja; null when it cannot be read. */
  indicators: number | null;
  /** Errors first, then warnings, as the pane lists them. */
  problems: Problem[];
};

export async function checkWorkbook(gateway: WorkbookGateway): Promise<CheckOutcome> {
  const { indicators, problems } = await loadOverview(gateway);
  return { indicators, problems };
}
