// "Ambil data tahun lalu" and `riwayat`: previous years' workbooks into the generated `Riwayat`
// sheet (core/riwayatImport.ts decides; docs/CONTRACT.md §"Riwayat"). The previous workbooks come in
// as snapshots, read by the front end: the command line through file gateways, the pane from the
// files the user picked (workbookBytes.ts). Nothing is written when a workbook is refused; Kodes
// awaiting confirmation are left out and the rest is written.
import { PreviousBook, planRiwayat, RiwayatPlan } from "../core/riwayatImport";
import { RIWAYAT_SHEET } from "../core/riwayat";
import { Planned, WorkbookGateway } from "./ports";
import { defaultEnv, Env, logEntry, todayOf } from "./log";

export type { PreviousBook, RenamedKode, RiwayatYear } from "../core/riwayatImport";

/** What the import did, or why it wrote nothing; the sheet's rows are not handed back. */
export type RiwayatOutcome =
  Extract<RiwayatPlan, { ok: false }> | Omit<Extract<RiwayatPlan, { ok: true }>, "patch">;

/** `confirmed`: Kodes whose renamed Indikator the user accepts as the same indicator. */
export async function importRiwayat(
  gateway: WorkbookGateway,
  previous: readonly PreviousBook[],
  confirmed: readonly string[],
  env: Env = defaultEnv()
): Promise<RiwayatOutcome> {
  return gateway.update((read): Planned<RiwayatOutcome> => {
    const plan = planRiwayat(read.book, previous, confirmed, todayOf(env));
    if (!plan.ok) return { result: plan };
    const { patch, ...result } = plan;
    const years = plan.years
      .map((y) => `Tahun ${y.tahun} dari ${y.label}: ${y.imported} indikator`)
      .join("; ");
    const waiting = plan.pending.length > 0 ? `; ${plan.pending.length} menunggu konfirmasi` : "";
    return {
      result,
      write: {
        rewrite: [patch],
        log: [logEntry(env, "riwayat", RIWAYAT_SHEET, `${years}${waiting}`)],
        activate: RIWAYAT_SHEET,
      },
    };
  });
}
