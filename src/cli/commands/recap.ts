import { Args } from "../args";
import { readWorkbook, UsageError, writeAtomic } from "../files";
import { EXIT, Io } from "../io";
import { modelNeed } from "../../core/needs";
import { applyPatch } from "../xlsx";
import { ALL_PERIODS, planRecap, RecapPlan } from "../../core/plan";
import { PeriodId, periodById } from "../../core/contract";
import { formatProblem } from "../../core/problems";
import { summaryTable } from "../table";

export const PERIOD_OPTION: Record<string, readonly PeriodId[] | undefined> = {
  semester1: ["semester1"],
  semester2: ["semester2"],
  tahunan: ["tahunan"],
  all: ALL_PERIODS,
};

export async function recap(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file)
    throw new UsageError(
      "pakai: rekap-kinerja recap FILE [--period semester1|semester2|tahunan|all] [--out OUT]"
    );
  const periodOption = String(args.options.get("period") ?? "all");
  const periods = PERIOD_OPTION[periodOption];
  if (!periods)
    throw new UsageError(
      `--period tidak dikenal: ${periodOption} (semester1, semester2, tahunan, all)`
    );
  const out = args.options.get("out");
  if (out === true) throw new UsageError("opsi --out butuh nilai");
  const { bytes, plan } = await planFile(file, periods);
  if (!plan.ok) {
    for (const p of plan.problems) io.out(formatProblem(p));
    io.err(`${file}: rekap dibatalkan — perbaiki masalah di atas dulu; tidak ada yang ditulis`);
    return EXIT.invalid;
  }
  const target = out ?? file;
  await writeAtomic(target, applyPatch(bytes, plan.patch));
  for (const w of plan.warnings) io.out(formatProblem(w));
  io.out(`${target}: ${plan.results.map((r) => periodById(r.period).sheet).join(", ")} ditulis`);
  if (args.options.get("quiet") !== true) {
    const last = plan.results[plan.results.length - 1];
    io.out("");
    io.out(`${periodById(last.period).sheet}:`);
    for (const line of summaryTable(last.rows)) io.out(line);
  }
  return EXIT.ok;
}

/** The plan and the bytes to patch; the snapshot (~90 MB at 50,000 indicators) is let go before writing. */
async function planFile(
  file: string,
  periods: readonly PeriodId[]
): Promise<{ bytes: Uint8Array; plan: RecapPlan }> {
  const { bytes, book } = await readWorkbook(file, { need: modelNeed });
  return { bytes, plan: planRecap(book, periods) };
}
