import path from "path";
import { Args } from "../args";
import { readWorkbookFile, UsageError, writeAtomic } from "../files";
import { EXIT, Io } from "../io";
import { patchPackage } from "../../xlsx";
import { zlibCompression } from "../compression";
import { planMerge } from "../../core/merge";
import { formatProblem } from "../../core/problems";

export async function merge(args: Args, io: Io): Promise<number> {
  const [masterFile, ...unitFiles] = args.positional;
  if (!masterFile || unitFiles.length === 0)
    throw new UsageError("pakai: rekap-kinerja merge MASTER UNIT.xlsx… [--dry-run]");
  const master = await readWorkbookFile(masterFile);
  const units = [];
  for (const file of unitFiles)
    units.push({ label: path.basename(file), book: (await readWorkbookFile(file)).book });
  const plan = planMerge(master.book, units);
  if (plan.blockers.length > 0) {
    for (const p of plan.blockers) io.out(formatProblem(p));
    io.err(`${masterFile}: tidak digabung — tidak ada yang ditulis`);
    return EXIT.invalid;
  }
  const dryRun = args.options.get("dry-run") === true;
  if (plan.edits.length > 0 && !dryRun)
    await writeAtomic(
      masterFile,
      patchPackage(
        master.bytes,
        { sheets: [], edits: plan.edits },
        { compression: zlibCompression }
      )
    );
  for (const line of plan.copied) io.out(line);
  for (const p of plan.skipped) io.out(formatProblem(p));
  const conflicts = plan.skipped.filter((p) => p.severity === "error").length;
  io.out(
    `${masterFile}: ${plan.copied.length} sel ${dryRun ? "akan disalin (uji coba, tidak ditulis)" : "disalin"} dari ${units.length} berkas unit` +
      (conflicts > 0 ? `; ${conflicts} sel tidak disalin (lihat di atas)` : "")
  );
  return conflicts > 0 ? EXIT.invalid : EXIT.ok;
}
