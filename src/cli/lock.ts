// One writer per workbook: `fix`, `recap` and `merge` hold an exclusive lock on the file they rewrite
// for the whole read–modify–write, so two runs at once cannot both print success while one's changes
// vanish. proper-lockfile (a maintained library, not a home-made one) makes the lock as a folder
// `FILE.lock` beside the real file: `mkdir` is atomic on local disks and network shares, on Linux,
// macOS and Windows alike. The holder refreshes the folder's time; a lock left by a killed run counts
// as stale after STALE_MS and is then taken over.
import lockfile from "proper-lockfile";
import { FileError, osError } from "./osErrors";
import { realTarget } from "./paths";

/** Long enough that a run busy for seconds in synchronous work (50,000 indicators) keeps its lock. */
const STALE_MS = 20_000;
const UPDATE_MS = 5_000;
/**
 * About five seconds of waiting for the other run, 100 ms growing to 800 ms between tries. Our own
 * loop: proper-lockfile's `retries` would also retry a folder we may not write for those seconds.
 */
const WAITS_MS = [100, 150, 225, 340, 500, 760, 800, 800, 800, 800];

/** Locks taken over by another process while we held them (a very long pause, a clock jump). */
const lost = new Map<string, Error>();

/**
 * Locks the file a write to `file` lands on. Symlinks are resolved first (here, not by
 * proper-lockfile's `realpath` option, which fails for a file that does not exist yet): a run
 * through a link and a run on its target share one lock. Returns the release.
 */
export async function lockForWriting(file: string): Promise<() => Promise<void>> {
  let real: string;
  try {
    real = await realTarget(file);
  } catch (err) {
    throw osError(err, file, "create") ?? err;
  }
  let release: (() => Promise<void>) | undefined;
  for (const wait of [...WAITS_MS, undefined]) {
    try {
      release = await lockfile.lock(real, {
        realpath: false,
        stale: STALE_MS,
        update: UPDATE_MS,
        onCompromised: (err) => lost.set(real, err),
      });
      break;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      // A folder nobody may write in (a read-only share): nothing to order. A run with nothing to
      // write (fix with nothing to fix, merge --dry-run) goes on; a real write fails in writeAtomic
      // with the same explanation.
      if (code === "EACCES" || code === "EPERM" || code === "EROFS") return async () => undefined;
      if (code !== "ELOCKED") throw osError(err, file, "create") ?? err;
      if (wait !== undefined) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  if (!release)
    throw new FileError(
      `berkas sedang dipakai proses lain: ${file} — tunggu sampai proses itu selesai lalu ulangi ` +
        `(kunci ${real}.lock; kunci yang ditinggal proses mati dilepas sendiri setelah ${STALE_MS / 1000} detik)`,
      1
    );
  const held = release;
  return async () => {
    lost.delete(real);
    // A lock already taken over is not ours to remove.
    await held().catch(() => undefined);
  };
}

/** Refuses to replace `real` when our lock on it was taken over while we worked. */
export function assertStillLocked(real: string, file: string): void {
  if (lost.has(real))
    throw new FileError(
      `kunci ${file} diambil alih proses lain selama proses ini berjalan; tidak ada yang ditulis — ulangi`,
      1
    );
}
