// The command line as users run it, a separate Node process (`bin/rekap-kinerja.js` over dist/node),
// for what one process cannot show: two runs at once, another user's permissions.
import { execFileSync, spawn } from "child_process";
import fs from "fs";
import path from "path";

const ROOT = path.join(__dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "rekap-kinerja.js");
const BUILT = path.join(ROOT, "dist", "node", "cli", "main.js");

function newest(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = path.join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }, 0);
}

/** `npm test` builds the CLI first; a single test file run builds it when dist/node is stale. */
export function ensureCliBuild(): void {
  const sources = Math.max(
    ...["core", "xlsx", "cli", "report"].map((d) => newest(path.join(ROOT, "src", d))),
    fs.statSync(path.join(ROOT, "tsconfig.cli.json")).mtimeMs
  );
  if (fs.existsSync(BUILT) && fs.statSync(BUILT).mtimeMs >= sources) return;
  execFileSync(
    process.execPath,
    [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    { cwd: ROOT, stdio: "pipe" }
  );
}

export type Run = { code: number | null; out: string; err: string };

/** Runs the built CLI; `as` prefixes the command (e.g. setpriv to run as another user). */
export function runCli(args: readonly string[], as: readonly string[] = []): Promise<Run> {
  const argv = [...as, process.execPath, BIN, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

/** setpriv to the `nobody` user: root (CI, this machine) ignores file permissions. */
export const AS_NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"];

/**
 * Whether `nobody` can run the CLI from this checkout at all: a clone inside a 0700 folder (what
 * `mktemp -d` makes) cannot be entered by another user, and every run would fail for that reason
 * rather than the one under test.
 */
function nobodyReachesCli(): boolean {
  try {
    execFileSync(AS_NOBODY[0], [...AS_NOBODY.slice(1), "test", "-r", BIN], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const canDropRoot =
  process.getuid?.() === 0 &&
  fs.existsSync("/usr/bin/setpriv") &&
  process.platform === "linux" &&
  nobodyReachesCli();
