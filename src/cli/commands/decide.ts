// `decide`: the Kasubag's decision on a period (SOP step 7) through the pane's own use cases — a Ya
// only for a current, problem-free recap (approve), a Tidak with what to correct (returnForCorrection).
import { Args } from "../args";
import { UsageError } from "../files";
import { EXIT, Io } from "../io";
import { requiredOption, valueOption } from "../options";
import { createFileGateway } from "../fileGateway";
import { approve, returnForCorrection } from "../../app/steps";
import { Env } from "../../app/ports";
import { PERIODS } from "../../core/contract";
import { formatProblem } from "../../core/problems";
import { PROCESS_STRINGS } from "../../i18n/processStrings";

const USAGE =
  "pakai: rekap-kinerja decide FILE --period semester1|semester2|tahunan --ya|--tidak [--catatan TEKS] --oleh NAMA";
const { decision } = PROCESS_STRINGS.id;

export async function decide(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError(USAGE);
  const periodName = requiredOption(args, "period", USAGE);
  const period = PERIODS.find((p) => p.id === periodName);
  if (!period)
    throw new UsageError(
      `--period tidak dikenal: ${periodName} (${PERIODS.map((p) => p.id).join(", ")})`
    );
  const ya = args.options.get("ya") === true;
  const tidak = args.options.get("tidak") === true;
  if (ya === tidak) throw new UsageError(`pilih satu: --ya atau --tidak\n${USAGE}`);
  const note = valueOption(args, "catatan");
  if (tidak && (note === undefined || note.trim() === ""))
    throw new UsageError("--tidak butuh --catatan TEKS: tulis apa yang harus diperbaiki");
  if (ya && note !== undefined)
    throw new UsageError("--catatan hanya untuk --tidak: keputusan Ya tidak membawa catatan");
  const name = requiredOption(args, "oleh", USAGE);

  const env: Env = { now: () => new Date(), user: name };
  const gateway = createFileGateway(file);
  const outcome = ya
    ? await approve(gateway, period.id, name, env)
    : await returnForCorrection(gateway, period.id, name, note as string, env);
  if (!outcome.ok) {
    for (const p of outcome.problems) io.out(formatProblem(p));
    io.err(
      `${file}: ${decision.refused(outcome.problems.length)} lihat di atas; tidak ada yang ditulis`
    );
    return EXIT.invalid;
  }
  const e = outcome.entry;
  io.out(`${file}: ${decision.done(e.periode, e.keputusan)} (baris ${e.row + 1})`);
  return EXIT.ok;
}
