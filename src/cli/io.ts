// Where the command line prints; tests pass their own to capture the lines.
export type Io = { out: (line: string) => void; err: (line: string) => void };

export const consoleIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
