// Options several commands share: `--period` and options that must carry a value.
import { Args } from "./args";
import { UsageError } from "./files";
import { PeriodId } from "../core/contract";
import { ALL_PERIODS } from "../core/plan";

const PERIOD_OPTION: Record<string, readonly PeriodId[] | undefined> = {
  semester1: ["semester1"],
  semester2: ["semester2"],
  tahunan: ["tahunan"],
  all: ALL_PERIODS,
};

/** `--period semester1|semester2|tahunan|all`, with the command's default. */
export function periodsOption(
  args: Args,
  fallback: string
): { name: string; periods: readonly PeriodId[] } {
  const name = String(args.options.get("period") ?? fallback);
  const periods = PERIOD_OPTION[name];
  if (!periods)
    throw new UsageError(`--period tidak dikenal: ${name} (semester1, semester2, tahunan, all)`);
  return { name, periods };
}

/** An option given as `--name VALUE`; a bare `--name` is a usage error. */
export function valueOption(args: Args, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`opsi --${name} butuh nilai`);
  return v;
}

/** An option the command cannot run without; missing, it is a usage error that shows `usage`. */
export function requiredOption(args: Args, name: string, usage: string): string {
  const v = valueOption(args, name);
  if (v === undefined || v.trim() === "")
    throw new UsageError(`opsi --${name} wajib diisi\n${usage}`);
  return v;
}
