// A small argument parser: positional words and `--name value` / `--flag` options.
import { UsageError } from "./files";

export type Args = { positional: string[]; options: Map<string, string | true> };

export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[]
): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (flags.includes(name)) options.set(name, true);
    else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`opsi --${name} butuh nilai`);
      options.set(name, value);
    } else throw new UsageError(`opsi tidak dikenal: --${name}`);
  }
  return { positional, options };
}
