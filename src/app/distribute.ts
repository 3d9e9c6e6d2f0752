// "Bagikan ke bidang" and `distribute`: one new workbook per Penanggung Jawab for one quarter, made
// from a fresh read of the master and never written into it. The front ends render the sheets with
// the shared renderer (src/report/newWorkbook.ts): the command line into a folder, the pane as one
// .zip download.
import { Quarter } from "../core/contract";
import { DistributionPlan, distributionSuffix, planDistribution } from "../core/distribute";
import { WorkbookGateway } from "./ports";
import { defaultEnv, Env } from "./log";

export type { DistributionPlan, UnitFilePlan } from "../core/distribute";

/** `master`: the master's file name when the front end knows it; the unit file records it. */
export async function prepareDistribution(
  gateway: WorkbookGateway,
  quarter: Quarter,
  master: string,
  env: Env = defaultEnv()
): Promise<DistributionPlan> {
  const { book } = await gateway.read();
  return planDistribution(book, quarter, {
    master,
    created: env.now().toISOString(),
    by: env.user,
  });
}

/** The pane's one download holding every unit file: `berkas-unit-tw-ii-2023.zip`. */
export const distributionArchiveName = (quarter: Quarter, year: number | null): string =>
  `berkas-unit${distributionSuffix(quarter, year)}.zip`;
