// `recap`: the pane's "Rekap" (src/app/recap.ts) on a file — the recap sheets, and the recap's own
// SOP step in `Tahapan SOP` and the Log, in one atomic write; on any problem nothing is written.
import { Args } from "../args";
import { UsageError } from "../files";
import { EXIT, Io } from "../io";
import { createFileGateway } from "../fileGateway";
import { commandEnv, periodsOption, valueOption } from "../options";
import { summaryTable } from "../table";
import { recap as recapUseCase } from "../../app/recap";
import { formatProblem } from "../../core/problems";

export async function recap(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file)
    throw new UsageError(
      "pakai: rekap-kinerja recap FILE [--period semester1|semester2|tahunan|triwulan|all] [--out OUT] [--oleh NAMA]"
    );
  const { periods } = periodsOption(args, "all");
  const target = valueOption(args, "out") ?? file;
  const outcome = await recapUseCase(createFileGateway(file, target), periods, commandEnv(args));
  if (!outcome.ok) {
    for (const p of outcome.problems) io.out(formatProblem(p));
    io.err(`${file}: rekap dibatalkan — perbaiki masalah di atas dulu; tidak ada yang ditulis`);
    return EXIT.invalid;
  }
  for (const w of outcome.warnings) io.out(formatProblem(w));
  io.out(`${target}: ${outcome.sheets.join(", ")} ditulis`);
  if (args.options.get("quiet") !== true) {
    // The last period asked for (Tahunan may have been written as well, for a semester to borrow from).
    const results = outcome.results;
    const last = results.filter((r) => periods.includes(r.period)).pop() ?? results[0];
    io.out("");
    // Capaian Triwulan shows its current quarter "s.d.": `Capaian Triwulan (s.d. TW II):`.
    io.out(`${last.sheet}${last.title === last.sheet ? "" : ` (${last.title})`}:`);
    for (const line of summaryTable(last.rows)) io.out(line);
  }
  return EXIT.ok;
}
