// `decide`: the Kasubag's decision on a submitted period (SOP step 7) through the pane's own use cases —
// a Ya only for a current, problem-free recap (approve), a Tidak with what to correct
// (returnForCorrection); `submit`: staff hand the period's report to the Kasubag (step 6).
import { Args } from "../args";
import { UsageError } from "../files";
import { EXIT, Io } from "../io";
import { requiredOption, valueOption } from "../options";
import { createFileGateway } from "../fileGateway";
import { approve, DecisionOutcome, returnForCorrection, submitForReview } from "../../app/review";
import { Env } from "../../app/ports";
import { PeriodId, PERIODS } from "../../core/contract";
import { TrackerEntry } from "../../core/tracker";
import { formatProblem } from "../../core/problems";
import { PROCESS_STRINGS } from "../../i18n/processStrings";

const USAGE =
  "pakai: rekap-kinerja decide FILE --period semester1|semester2|tahunan --ya|--tidak [--catatan TEKS] --oleh NAMA [--atas-nama-kasubag]";
const SUBMIT_USAGE =
  "pakai: rekap-kinerja submit FILE --period semester1|semester2|tahunan --oleh NAMA";
const { decision } = PROCESS_STRINGS.id;

function periodOf(args: Args, usage: string): PeriodId {
  const periodName = requiredOption(args, "period", usage);
  const period = PERIODS.find((p) => p.id === periodName);
  if (!period)
    throw new UsageError(
      `--period tidak dikenal: ${periodName} (${PERIODS.map((p) => p.id).join(", ")})`
    );
  return period.id;
}

export async function submit(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError(SUBMIT_USAGE);
  const period = periodOf(args, SUBMIT_USAGE);
  const name = requiredOption(args, "oleh", SUBMIT_USAGE);
  const env: Env = { now: () => new Date(), user: name };
  const outcome = await submitForReview(createFileGateway(file), period, name, env);
  return report(file, outcome, io, (e) => decision.submitted(e.periode));
}

export async function decide(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError(USAGE);
  const period = periodOf(args, USAGE);
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
  const options = { onBehalf: args.options.get("atas-nama-kasubag") === true };
  const outcome = ya
    ? await approve(gateway, period, name, env, options)
    : await returnForCorrection(gateway, period, name, note as string, env, options);
  return report(file, outcome, io, (e) => decision.done(e.periode, e.keputusan));
}

function report(
  file: string,
  outcome: DecisionOutcome,
  io: Io,
  done: (e: TrackerEntry) => string
): number {
  if (!outcome.ok) {
    for (const p of outcome.problems) io.out(formatProblem(p));
    io.err(
      `${file}: ${decision.refused(outcome.problems.length)} lihat di atas; tidak ada yang ditulis`
    );
    return EXIT.invalid;
  }
  io.out(`${file}: ${done(outcome.entry)} (baris ${outcome.entry.row + 1})`);
  return EXIT.ok;
}
