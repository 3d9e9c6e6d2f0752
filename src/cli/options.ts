// Options several commands share: `--period`, `--oleh` and options that must carry a value.
import { Args } from "./args";
import { UsageError } from "./files";
import { RecapId } from "../core/contract";
import { ALL_PERIODS } from "../core/plan";
import { defaultEnv, Env } from "../app/log";

// `all` is the SOP's three periods; Capaian Triwulan, a monitoring sheet, only when asked for by name.
const PERIOD_OPTION: Record<string, readonly RecapId[] | undefined> = {
  semester1: ["semester1"],
  semester2: ["semester2"],
  tahunan: ["tahunan"],
  triwulan: ["triwulan"],
  all: ALL_PERIODS,
};

/** `--period semester1|semester2|tahunan|triwulan|all`, with the command's default. */
export function periodsOption(
  args: Args,
  fallback: string
): { name: string; periods: readonly RecapId[] } {
  const name = String(args.options.get("period") ?? fallback);
  const periods = PERIOD_OPTION[name];
  if (!periods)
    throw new UsageError(
      `--period tidak dikenal: ${name} (${Object.keys(PERIOD_OPTION).join(", ")})`
    );
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

/** Who acts, for the Tahapan SOP row and the Log: `--oleh NAMA`, else the pane's default name. */
export function commandEnv(args: Args): Env {
  const env = defaultEnv();
  const name = valueOption(args, "oleh");
  return name === undefined || name.trim() === "" ? env : { ...env, user: name.trim() };
}
