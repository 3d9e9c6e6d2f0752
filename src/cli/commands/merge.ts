// `merge`: the units' quarter rows into the master by Kode (mergeUnits), conflicts listed, never
// overwritten; a unit that does not follow the contract stops it before anything is written.
import path from "path";
import { Args } from "../args";
import { UsageError } from "../files";
import { EXIT, Io } from "../io";
import { createFileGateway } from "../fileGateway";
import { commandEnv } from "../options";
import { mergeUnits } from "../../app/merge";
import { formatProblem } from "../../core/problems";

export async function merge(args: Args, io: Io): Promise<number> {
  const [masterFile, ...unitFiles] = args.positional;
  if (!masterFile || unitFiles.length === 0)
    throw new UsageError("pakai: rekap-kinerja merge MASTER UNIT.xlsx… [--dry-run] [--oleh NAMA]");
  const dryRun = args.options.get("dry-run") === true;
  const units = unitFiles.map((file) => ({
    label: path.basename(file),
    gateway: createFileGateway(file),
  }));
  const outcome = await mergeUnits(
    createFileGateway(masterFile),
    units,
    { dryRun },
    commandEnv(args)
  );
  if (!outcome.ok) {
    for (const p of outcome.blockers) io.out(formatProblem(p));
    io.err(`${masterFile}: tidak digabung — tidak ada yang ditulis`);
    return EXIT.invalid;
  }
  for (const line of outcome.copied) io.out(line);
  for (const p of outcome.skipped) io.out(formatProblem(p));
  // Conflicts, cells with problems and unit files not merged: each named above.
  const conflicts = outcome.skipped.filter((p) => p.severity === "error").length;
  io.out(
    `${masterFile}: ${outcome.copied.length} sel ${dryRun ? "akan disalin (uji coba, tidak ditulis)" : "disalin"} dari ${units.length} berkas unit` +
      (conflicts > 0 ? `; ${conflicts} masalah, isinya tidak disalin (lihat di atas)` : "")
  );
  return conflicts > 0 ? EXIT.invalid : EXIT.ok;
}
