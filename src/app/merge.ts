// "Gabungkan isian unit": the units' (bidang) copies of the quarter sheets, or the unit files
// `distribute` made them, brought into the master by Kode. Only empty master cells are filled and
// missing rows appended; a different value already there is a conflict, listed and left alone. A
// unit that does not follow the contract stops the merge before anything is written; a unit file
// edited outside its own entries is listed and left out (core/unitFile.ts).
import { planMerge, Unit } from "../core/merge";
import { Problem } from "../core/problems";
import { Planned, WorkbookGateway } from "./ports";
import { defaultEnv, Env, logEntry } from "./log";

/** A unit's workbook, read through a gateway of its own; `label` names it in every message. */
export type UnitWorkbook = { label: string; gateway: WorkbookGateway };

export type MergeOutcome =
  | { ok: false; blockers: Problem[] }
  /** `copied`: one line per cell copied (or, on a dry run, to copy); `skipped`: conflicts and notes. */
  | { ok: true; copied: string[]; skipped: Problem[] };

export async function mergeUnits(
  master: WorkbookGateway,
  units: readonly UnitWorkbook[],
  options: { dryRun: boolean },
  env: Env = defaultEnv()
): Promise<MergeOutcome> {
  // The master first: a damaged master is named before any unit.
  await master.read();
  const books: Unit[] = [];
  for (const unit of units)
    books.push({ label: unit.label, book: (await unit.gateway.read()).book });
  return master.update((read): Planned<MergeOutcome> => {
    const plan = planMerge(read.book, books);
    if (plan.blockers.length > 0) return { result: { ok: false, blockers: plan.blockers } };
    const result: MergeOutcome = { ok: true, copied: plan.copied, skipped: plan.skipped };
    if (options.dryRun || plan.edits.length === 0) return { result };
    const sheets = [...new Set(plan.edits.map((e) => e.sheet))].join(", ");
    const labels = books.map((b) => b.label).join(", ");
    const detail = `${plan.copied.length} sel dari ${books.length} berkas unit (${labels})`;
    return {
      result,
      write: { edits: plan.edits, log: [logEntry(env, "gabung unit", sheets, detail)] },
    };
  });
}
