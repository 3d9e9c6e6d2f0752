// Which file a path really names. Two paths are the same file when the system says so: the same
// device and inode (this covers symlinks, hard links, `..`, and another spelling of the name on a
// case-insensitive file system such as Windows' NTFS or macOS' APFS). A path that does not exist
// yet is resolved through its folder (`realpath(folder)` + name); two such paths are compared by
// name, ignoring case when a probe says the folder's file system ignores case.
import { promises as fs } from "fs";
import path from "path";

const MAX_LINKS = 40; // as Linux's own limit on symlinks followed in one lookup

const codeOf = (err: unknown): unknown => (err as { code?: unknown } | null)?.code;

/**
 * The real path a write to `file` lands on: through every symlink (a dangling one too, so writing
 * through a link updates its target, never replaces the link), relative to the real folder.
 */
export async function realTarget(file: string): Promise<string> {
  let at = path.resolve(file);
  for (let i = 0; i < MAX_LINKS; i++) {
    try {
      return await fs.realpath(at);
    } catch (err) {
      if (codeOf(err) !== "ENOENT") throw err;
    }
    // Not there (yet): a dangling symlink points somewhere; anything else is a new file in a folder.
    const link = await fs.lstat(at).catch(() => undefined);
    if (!link?.isSymbolicLink()) {
      return path.join(await fs.realpath(path.dirname(at)), path.basename(at));
    }
    at = path.resolve(path.dirname(at), await fs.readlink(at));
  }
  throw Object.assign(new Error(`too many symbolic links: ${file}`), { code: "ELOOP", path: file });
}

export type FileIdentity = {
  /** What the user typed. */
  given: string;
  /** Where it resolves: the file itself, or its folder's real path and its name when absent. */
  real: string;
  /** `device:inode` of an existing file; undefined when absent (or the system gives no inode). */
  id?: string;
};

export async function identify(file: string): Promise<FileIdentity> {
  const real = await realTarget(file);
  const stat = await fs.stat(real, { bigint: true }).catch(() => undefined);
  // bigint: Windows' 64-bit file indexes do not fit a double. An inode of 0 means "not provided".
  const id = stat && stat.ino !== BigInt(0) ? `${stat.dev}:${stat.ino}` : undefined;
  return { given: file, real, id };
}

/** Same file: same device and inode when both exist; otherwise the same resolved name. */
export async function sameFile(a: FileIdentity, b: FileIdentity): Promise<boolean> {
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  if (a.id !== undefined || b.id !== undefined) return false; // one exists, the other does not
  if (a.real === b.real) return true;
  if (a.real.toLowerCase() !== b.real.toLowerCase()) return false;
  return ignoresCase(path.dirname(a.real));
}

/**
 * Whether the file system holding `dir` ignores case: the folder looked up again with the case of
 * its name flipped is the same folder. Walks up to the nearest name that has letters; a path with
 * none (`/`) is taken as case-sensitive. Nothing is created.
 */
export async function ignoresCase(dir: string): Promise<boolean> {
  for (let at = dir; ; at = path.dirname(at)) {
    const name = path.basename(at);
    const flipped = flipCase(name);
    if (flipped !== name) {
      const [x, y] = await Promise.all([
        fs.stat(at, { bigint: true }).catch(() => undefined),
        fs.stat(path.join(path.dirname(at), flipped), { bigint: true }).catch(() => undefined),
      ]);
      return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
    }
    if (path.dirname(at) === at) return false;
  }
}

const flipCase = (s: string): string =>
  Array.from(s, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join("");
