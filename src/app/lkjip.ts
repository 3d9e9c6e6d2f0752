// "Draf LKjIP (Word)" and `rekap-kinerja lkjip`: the draft of LKjIP chapter III A from one read —
// the Tahunan recap as planRecap computes it (so the draft never shows figures the recap would
// refuse), the previous years of `Riwayat` and the Tahunan approval. Rendering to .docx is the
// caller's (src/report/docx.ts), loaded only when asked for.
import { planRecap } from "../core/plan";
import { blocking, Problem } from "../core/problems";
import { buildLkjip, LkjipApproval, LkjipDocument } from "../core/lkjip";
import { readBook } from "../core/reading";
import { readRiwayat } from "../core/riwayat";
import { reviewApprovals } from "./approvals";
import { defaultEnv, Env, todayOf } from "./log";
import { WorkbookGateway } from "./ports";
import { approvedUnchanged, asWarning } from "./report";

export type LkjipPlan =
  | {
      ok: true;
      document: LkjipDocument;
      /** Without extension: `draf-lkjip-2023`, after the workbook's name when the caller knows it. */
      fileName: string;
      /** Riwayat's warnings; the changes to an approved Tahunan (the draft then claims no approval). */
      warnings: Problem[];
    }
  | { ok: false; problems: Problem[] };

/** The draft's file name without extension, as reportFileName names the report's. */
function lkjipFileName(year: number | null, workbook?: string): string {
  return [workbook, "draf-lkjip", year === null ? undefined : String(year)]
    .filter((p): p is string => p !== undefined && p !== "")
    .join("-");
}

export async function prepareLkjip(
  gateway: WorkbookGateway,
  env: Env = defaultEnv(),
  workbook?: string
): Promise<LkjipPlan> {
  const reading = readBook((await gateway.read()).book, todayOf(env));
  const plan = planRecap(reading, ["tahunan"]);
  if (!plan.ok) return { ok: false, problems: blocking(plan.problems) };
  const riwayat = readRiwayat(reading.book);
  // A comparison silently missing its years would read as "no history": an unreadable Riwayat refuses.
  if (blocking(riwayat.problems).length > 0)
    return { ok: false, problems: blocking(riwayat.problems) };
  const result = plan.results.find((r) => r.period === "tahunan");
  if (!result) throw new Error("planRecap gave no Tahunan for a Tahunan recap");
  const review = (await reviewApprovals(reading)).periods.find((p) => p.period === "tahunan");
  const shown = approvedUnchanged(review);
  // A draft is a working paper: an approved Tahunan changed since is drafted all the same, saying so.
  const approval: LkjipApproval = shown
    ? { state: "approved", ...shown }
    : review?.approved
      ? { state: "changed" }
      : { state: "none" };
  const changed = review?.approved && !shown ? [...review.problems, ...review.changes] : [];
  return {
    ok: true,
    document: buildLkjip({
      rows: result.rows,
      riwayat: riwayat.rows,
      settings: plan.settings,
      approval,
    }),
    fileName: lkjipFileName(plan.settings.year, workbook),
    warnings: [...riwayat.problems, ...changed.map(asWarning)],
  };
}
