import { Args } from "../args";
import { sheetStates } from "../sheetStates";
import { sameSheetName } from "../../core/workbook";
import { readWorkbookFile, UsageError, writeAtomic } from "../files";
import { EXIT, Io } from "../io";
import { recapNeed } from "../../core/needs";
import { patchPackage } from "../../xlsx";
import { zlibCompression } from "../compression";
import { planRecap, RecapPlan } from "../../core/plan";
import { periodsOption, valueOption } from "../options";
import { PeriodId, periodById } from "../../core/contract";
import { formatProblem } from "../../core/problems";
import { summaryTable } from "../table";

export async function recap(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file)
    throw new UsageError(
      "pakai: rekap-kinerja recap FILE [--period semester1|semester2|tahunan|all] [--out OUT]"
    );
  const { periods } = periodsOption(args, "all");
  const out = valueOption(args, "out");
  const { bytes, plan } = await planFile(file, periods);
  if (!plan.ok) {
    for (const p of plan.problems) io.out(formatProblem(p));
    io.err(`${file}: rekap dibatalkan — perbaiki masalah di atas dulu; tidak ada yang ditulis`);
    return EXIT.invalid;
  }
  const target = out ?? file;
  await writeAtomic(target, patchPackage(bytes, plan.patch, { compression: zlibCompression }));
  for (const w of plan.warnings) io.out(formatProblem(w));
  io.out(`${target}: ${plan.results.map((r) => periodById(r.period).sheet).join(", ")} ditulis`);
  if (args.options.get("quiet") !== true) {
    // The last period asked for (Tahunan may have been written as well, for a semester to borrow from).
    const last = plan.results.filter((r) => periods.includes(r.period)).pop() ?? plan.results[0];
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
  const { bytes, book } = await readWorkbookFile(file, (bytes) => {
    // Only an unprotected recap sheet can hold typing; a protected one is read past row 1 by no one.
    const states = sheetStates(bytes);
    const typable = (sheet: string) =>
      states.find((s) => sameSheetName(s.name, sheet))?.isProtected() === false;
    return { need: recapNeed(typable) };
  });
  return { bytes, plan: planRecap(book, periods) };
}
