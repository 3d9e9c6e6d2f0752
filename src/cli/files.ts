// File access of the command line: open a workbook's package; write a file the way the
// operating system has it.
//
// Writing is our own ~80 lines rather than `write-file-atomic`, because the rules we need are ours:
// - through a symlink the link's target is updated, never the link replaced (paths.ts resolves it,
//   a dangling link too);
// - a read-only file (no write bit: `chmod 444`, or Windows' Read-only attribute, which Node reports
//   as mode 0444) is refused, not replaced through the rename, which only needs the folder writable;
// - the new file keeps the old one's mode (0600: these workbooks hold names and NIPs) and, where the
//   system lets us (root, or the same owner), its owner and group;
// - the temp file has a predictable name per target and process, `.NAME.PID.rekap-tmp` beside the
//   real file, so the next run removes what a killed run left (its PID no longer alive);
//   write-file-atomic names temps with a hash and leaves a SIGKILLed run's temp behind forever;
// - the bytes are fsynced before the rename, and the folder after it, so a crash leaves the old
//   workbook or the new one, never an empty file;
// - on Windows a rename over a file another program holds open fails with EPERM/EBUSY: retried
//   briefly (virus scanners let go within milliseconds), then explained (osErrors.ts).
import { constants, promises as fs, Stats } from "fs";
import path from "path";
import { XlsxError, XlsxPackage } from "../xlsx";
import { FileError, FileStep, osError, tooLargeError } from "./osErrors";
import { realTarget } from "./paths";
import { assertStillLocked } from "./lock";

export class UsageError extends Error {}

/** The workbook's package, opened once for the whole command (the file gateway reads and patches it). */
export async function openWorkbookFile(file: string): Promise<XlsxPackage> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw (
      osError(err, file, "read") ??
      tooLargeError(err, file) ??
      new UsageError(`berkas tidak dapat dibaca: ${file}`)
    );
  }
  return inWorkbook(file, () => XlsxPackage.open(bytes));
}

/** Runs a read of `file`'s package; what it refuses is named with the file, as `merge` reads several. */
export function inWorkbook<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof XlsxError) throw new FileError(`${file}: ${err.message}`, 1);
    throw tooLargeError(err, file) ?? err;
  }
}

const TEMP_SUFFIX = ".rekap-tmp";
const tempName = (base: string, pid: number) => `.${base}.${pid}${TEMP_SUFFIX}`;

/** Refuses a file marked read-only, or one this user may not write. Nothing is touched. */
async function assertWritable(file: string, real: string, stat: Stats): Promise<void> {
  if ((stat.mode & 0o222) === 0)
    throw new FileError(
      `berkas hanya-baca: ${file} — tidak ditimpa; hilangkan tanda hanya-baca dulu ` +
        `(Windows: Properti › Hanya-baca; Linux/macOS: chmod u+w) lalu ulangi`,
      1
    );
  // Root passes this for any file; the mode check above is what catches a read-only mark then.
  await fs.access(real, constants.W_OK).catch((err: unknown) => {
    throw osError(err, file, "write") ?? err;
  });
}

/** Temp + fsync + rename beside the real file: a reader never sees half a workbook. */
export async function writeAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const real = await realTarget(file).catch((err: unknown) => {
    throw osError(err, file, "create") ?? err;
  });
  const old = await fs.stat(real).catch(() => undefined);
  if (old?.isDirectory()) throw osError({ code: "EISDIR" }, file, "write") as FileError;
  if (old && !old.isFile())
    throw new FileError(`${file} bukan berkas biasa (perangkat atau pipa) — tidak ditimpa`, 2);
  if (old) await assertWritable(file, real, old);
  assertStillLocked(real, file);

  const dir = path.dirname(real);
  const base = path.basename(real);
  await removeStaleTemps(dir, base);
  const tmp = path.join(dir, tempName(base, process.pid));
  let step: FileStep = "create";
  try {
    await fs.rm(tmp, { force: true }); // ours from an earlier write in this very process
    const handle = await fs.open(tmp, "wx", old ? old.mode & 0o777 : 0o666);
    try {
      step = "write";
      await handle.writeFile(bytes);
      if (old) {
        await handle.chmod(old.mode & 0o777); // the umask may have dropped bits at open
        const now = await handle.stat();
        if (now.uid !== old.uid || now.gid !== old.gid)
          await handle.chown(old.uid, old.gid).catch(() => undefined); // only root may give files away
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    step = "replace";
    await renameOver(tmp, real);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw osError(err, file, step) ?? err;
  }
  await syncFolder(dir);
}

/** Temp files of this target whose process is gone: a run killed mid-write left them. */
async function removeStaleTemps(dir: string, base: string): Promise<void> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const prefix = `.${base}.`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length, -TEMP_SUFFIX.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    await fs.rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: unknown }).code === "EPERM"; // alive, another user's
  }
}

const WINDOWS_BUSY = new Set(["EPERM", "EACCES", "EBUSY"]);

async function renameOver(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (err) {
      const busy =
        process.platform === "win32" && WINDOWS_BUSY.has(String((err as { code?: unknown }).code));
      if (!busy || attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * (attempt + 1)));
    }
  }
}

/** The rename itself is durable only once the folder is synced; not possible on Windows. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === "win32") return;
  const handle = await fs.open(dir, "r").catch(() => undefined);
  if (!handle) return;
  await handle
    .sync()
    .catch(() => undefined)
    .finally(() => handle.close());
}
