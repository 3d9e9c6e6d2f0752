// The file as the operating system has it: links, modes, owners, read-only marks, leftovers of a
// killed run, and the system's refusals (no permission, disk full, read-only file system, data
// larger than Node can hold), each told in words with the exit code README gives.
import { execFileSync } from "child_process";
import fs, {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import path from "path";
import zlib from "zlib";
import { cli } from "../helpers/cli";
import {
  rowOfKode,
  sampleSheets,
  setCell,
  sheetNamed,
  tmpDir,
  writeBook,
} from "../helpers/workbooks";
import { readSnapshot } from "../../src/xlsx";
import { ZipPackage } from "../../src/xlsx/package";
import { osError, strayOsError, tooLargeError } from "../../src/cli/osErrors";
import { ignoresCase } from "../../src/cli/paths";
import { AS_NOBODY, canDropRoot, ensureCliBuild, runCli } from "./builtCli";

const isRoot = process.getuid?.() === 0;
const posix = process.platform !== "win32";
const sheetNames = (file: string) => readSnapshot(readFileSync(file)).sheets.map((s) => s.name);
const hasRecap = (file: string) => sheetNames(file).includes("Tahunan");
const systemError = (code: string) => Object.assign(new Error(`${code}: synthetic`), { code });

describe("writing a workbook the way the system has it", () => {
  const dir = tmpDir();
  const sample = (name: string) => writeBook(dir, name, sampleSheets());

  test("through a symlink the link's target is updated and the link stays a link", async () => {
    const real = await sample("real.xlsx");
    const link = path.join(dir, "link.xlsx");
    symlinkSync("real.xlsx", link);
    expect((await cli("recap", link, "--quiet")).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(hasRecap(real)).toBe(true);
  });

  test("a dangling symlink as --out creates the file it points to, not a file in its place", async () => {
    const file = await sample("dangling-src.xlsx");
    const link = path.join(dir, "dangling.xlsx");
    symlinkSync("dangling-target.xlsx", link);
    expect((await cli("recap", file, "--out", link, "--quiet")).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(hasRecap(path.join(dir, "dangling-target.xlsx"))).toBe(true);
  });

  test("a read-only file (mode 0444) is refused with exit 1 and left byte-identical", async () => {
    const readOnly = async (name: string, sheets = sampleSheets()) => {
      const file = await writeBook(dir, name, sheets);
      chmodSync(file, 0o444);
      return { file, bytes: readFileSync(file) };
    };
    const tw = (name: string, kode: string, value: string | null) => {
      const sheets = sampleSheets();
      const s = sheetNamed(sheets, name);
      setCell(s, rowOfKode(s, kode), 4, { value });
      return sheets;
    };
    const toRecap = await readOnly("readonly.xlsx");
    const toFix = await readOnly("readonly-fix.xlsx", tw("TW I", "IK-02", "26"));
    const master = await readOnly("readonly-master.xlsx", tw("TW IV", "IK-02", null));
    const unit = await sample("readonly-unit.xlsx");
    for (const [argv, { file, bytes }] of [
      [["recap", toRecap.file, "--quiet"], toRecap],
      [["fix", toFix.file], toFix],
      [["merge", master.file, unit], master],
    ] as const) {
      const r = await cli(...argv);
      expect([argv[0], r.code, r.err]).toEqual([
        argv[0],
        1,
        expect.stringContaining(`berkas hanya-baca: ${file}`),
      ]);
      expect(Buffer.compare(readFileSync(file), bytes)).toBe(0);
      expect(statSync(file).mode & 0o777).toBe(0o444);
    }
    // recap --out onto a read-only file: the same
    const out = await readOnly("readonly-out.xlsx");
    expect((await cli("recap", await sample("src.xlsx"), "--out", out.file)).code).toBe(1);
    expect(Buffer.compare(readFileSync(out.file), out.bytes)).toBe(0);
    // nothing to write, nothing refused: fix with nothing to fix, merge --dry-run
    expect((await cli("fix", toRecap.file)).code).toBe(0);
    expect((await cli("merge", master.file, unit, "--dry-run")).code).toBe(0);
  });

  test("the file's mode (0600) and owner are kept", async () => {
    const file = await sample("private.xlsx");
    chmodSync(file, 0o600);
    if (isRoot) chownSync(file, 65534, 65534);
    const before = statSync(file);
    expect((await cli("recap", file, "--quiet")).code).toBe(0);
    const after = statSync(file);
    expect(after.ino).not.toBe(before.ino); // replaced through a rename …
    expect(after.mode & 0o777).toBe(0o600); // … yet with the same mode
    expect([after.uid, after.gid]).toEqual([before.uid, before.gid]);
  });

  test("a temp file left by a killed run is removed by the next run; no temp stays after a write", async () => {
    const file = await sample("killed.xlsx");
    // Linux never hands out a PID above 2^22, so this run is certainly gone.
    const leftover = path.join(dir, ".killed.xlsx.4194400.rekap-tmp");
    writeFileSync(leftover, "half a workbook");
    const live = path.join(dir, `.killed.xlsx.${process.ppid}.rekap-tmp`); // a live process's
    writeFileSync(live, "still being written");
    expect((await cli("recap", file, "--quiet")).code).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(
      readdirSync(dir).filter((n) => n.startsWith(".killed") && n !== path.basename(live))
    ).toEqual([]);
  });

  test("a full disk (ENOSPC) is told in words, the temp file is removed and the workbook kept", async () => {
    const file = await sample("full.xlsx");
    const before = readFileSync(file);
    const open = fs.promises.open;
    const spy = jest.spyOn(fs.promises, "open").mockImplementation(async (...args) => {
      const handle = await open(...(args as Parameters<typeof open>));
      if (String(args[0]).endsWith(".rekap-tmp"))
        handle.writeFile = () => Promise.reject(systemError("ENOSPC"));
      return handle;
    });
    try {
      const r = await cli("recap", file, "--quiet");
      expect(r.code).toBe(1);
      expect(r.err).toBe(
        `ruang disk penuh saat menulis ${file} — kosongkan ruang lalu ulangi; berkas lama tidak diubah`
      );
    } finally {
      spy.mockRestore();
    }
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    expect(readdirSync(dir).filter((n) => n.endsWith(".rekap-tmp") && n.includes("full"))).toEqual(
      []
    );
  });

  test("a read-only file system (EROFS) is told in words, exit 1", async () => {
    const file = await sample("rofs.xlsx");
    const spy = jest
      .spyOn(fs.promises, "open")
      .mockImplementation(() => Promise.reject(systemError("EROFS")));
    try {
      const r = await cli("export", file, "--pdf", path.join(dir, "rofs.pdf"));
      expect(r.code).toBe(1);
      expect(r.err).toContain(`sistem berkas hanya-baca: ${path.join(dir, "rofs.pdf")}`);
      expect(r.err).not.toContain("galat tak terduga");
    } finally {
      spy.mockRestore();
    }
  });

  test("an immutable file (chattr +i) is refused in words", async () => {
    const file = await sample("immutable.xlsx");
    try {
      execFileSync("chattr", ["+i", file], { stdio: "pipe" });
    } catch {
      // chattr needs root's CAP_LINUX_IMMUTABLE and a file system with attributes (not tmpfs).
      console.warn("immutable-file case not run: chattr +i is not possible here");
      return;
    }
    try {
      const r = await cli("recap", file, "--quiet");
      expect(r.code).toBe(1);
      expect(r.err).toContain(`tidak ada izin menulis berkas: ${file}`);
    } finally {
      execFileSync("chattr", ["-i", file]);
    }
  });
});

describe("the system's refusals, mapped in one place (osErrors.ts)", () => {
  test.each([
    ["ENOSPC", "write", 1, "ruang disk penuh saat menulis out.xlsx"],
    ["EDQUOT", "write", 1, "kuota disk habis saat menulis out.xlsx"],
    ["EROFS", "create", 1, "sistem berkas hanya-baca: out.xlsx tidak dapat ditulis"],
    ["EACCES", "read", 1, "tidak ada izin membaca berkas: out.xlsx"],
    ["EACCES", "create", 1, "tidak ada izin menulis di folder . (untuk out.xlsx)"],
    ["EPERM", "write", 1, "tidak ada izin menulis berkas: out.xlsx"],
    ["EBUSY", "replace", 1, "out.xlsx sedang dibuka program lain"],
    ["ENOENT", "read", 2, "berkas tidak ditemukan: out.xlsx"],
    ["ENOENT", "create", 2, "folder tujuan tidak ada: . (untuk out.xlsx)"],
    ["EISDIR", "write", 2, "out.xlsx adalah folder, bukan berkas"],
  ] as const)("%s while %s: exit %d, %s", (code, step, exit, message) => {
    const e = osError(systemError(code), "out.xlsx", step);
    expect(e?.exit).toBe(exit);
    expect(e?.message).toContain(message);
  });

  test("an error that is no OS condition is left for the unexpected-error wrapper", () => {
    expect(osError(new TypeError("x is undefined"), "out.xlsx", "write")).toBeUndefined();
    expect(strayOsError(new Error("no path"))).toBeUndefined();
    expect(tooLargeError(new RangeError("Maximum call stack size exceeded"), "a")).toBeUndefined();
  });

  test("an fs error that reached the top still names its own path", () => {
    const err = Object.assign(systemError("ENOSPC"), { path: "/x/y.pdf", syscall: "write" });
    expect(strayOsError(err)?.message).toContain("/x/y.pdf");
  });

  test("strings past V8's limit and failed allocations are 'too large', exit 1", () => {
    const tooLong = Object.assign(new Error("Cannot create a string longer than 0x1fffffe8"), {
      code: "ERR_STRING_TOO_LONG",
    });
    expect(tooLargeError(tooLong, "u.xlsx")?.exit).toBe(1);
    expect(tooLargeError(new RangeError("Invalid string length"), "u.xlsx")?.message).toContain(
      "u.xlsx: isi berkas terlalu besar"
    );
    expect(tooLargeError(new RangeError("Array buffer allocation failed"), "u.xlsx")?.message).toBe(
      "u.xlsx: memori tidak cukup untuk membaca berkas ini; ditolak"
    );
  });

  test("the case probe says a Linux file system is case-sensitive, and creates nothing", async () => {
    const dir = tmpDir();
    const before = readdirSync(dir);
    const answer = await ignoresCase(dir);
    if (process.platform === "linux") expect(answer).toBe(false);
    expect(readdirSync(dir)).toEqual(before);
  });
});

describe("permission denied, as a user who is not root", () => {
  // Root ignores file permissions, so as root (CI, this machine) the CLI runs as `nobody`; a
  // developer who is not root is denied as themself. Windows has no such modes: skipped there.
  const as = posix && !isRoot ? [] : canDropRoot ? AS_NOBODY : undefined;
  const maybe = as ? test : test.skip;
  const asOtherUser = as && isRoot ? test : test.skip; // needs a file owned by someone else
  const dir = tmpDir();
  beforeAll(() => {
    if (!as) return;
    chmodSync(dir, 0o755);
    ensureCliBuild();
  }, 120_000);

  maybe("an unreadable workbook: 'tidak ada izin membaca', exit 1", async () => {
    const file = await writeBook(dir, "secret.xlsx", sampleSheets());
    chmodSync(file, isRoot ? 0o600 : 0o000);
    const r = await runCli(["check", file], as);
    expect([r.code, r.err.trim()]).toEqual([1, `tidak ada izin membaca berkas: ${file}`]);
  });

  asOtherUser(
    "another user's workbook (0644): 'tidak ada izin menulis berkas', exit 1",
    async () => {
      const file = await writeBook(dir, "theirs.xlsx", sampleSheets());
      chmodSync(file, 0o644);
      const before = readFileSync(file);
      const r = await runCli(["recap", file, "--quiet"], as);
      expect([r.code, r.err.trim()]).toEqual([
        1,
        `tidak ada izin menulis berkas: ${file} — periksa izin berkas dan foldernya`,
      ]);
      expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    }
  );

  maybe("a folder that cannot be written: 'tidak ada izin menulis di folder', exit 1", async () => {
    const locked = path.join(dir, "locked");
    mkdirSync(locked);
    const file = await writeBook(locked, "in-locked.xlsx", sampleSheets());
    chmodSync(file, 0o666);
    chmodSync(locked, 0o555);
    try {
      const recap = await runCli(["recap", file, "--quiet"], as);
      expect([recap.code, recap.err.trim()]).toEqual([
        1,
        `tidak ada izin menulis di folder ${locked} (untuk ${file}) — periksa izin foldernya`,
      ]);
      const pdf = path.join(locked, "laporan.pdf");
      const exp = await runCli(["export", file, "--pdf", pdf], as);
      expect([exp.code, exp.err.trim()]).toEqual([
        1,
        `tidak ada izin menulis di folder ${locked} (untuk ${pdf}) — periksa izin foldernya`,
      ]);
      // no lock can be taken there, and none is needed by a run with nothing to write
      expect((await runCli(["fix", file], as)).code).toBe(0);
      expect(readdirSync(locked)).toEqual(["in-locked.xlsx"]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});

describe("a unit whose shared strings expand past what Node can hold", () => {
  test("merge refuses it by name, exit 1, and writes nothing", async () => {
    const dir = tmpDir();
    const master = await writeBook(dir, "master.xlsx", sampleSheets());
    const unit = path.join(dir, "huge-strings.xlsx");
    writeFileSync(unit, await hugeSharedStrings(await writeBook(dir, "u.xlsx", sampleSheets())));
    const before = readFileSync(master);
    const r = await cli("merge", master, unit);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${unit}: isi berkas terlalu besar untuk dibaca`);
    expect(r.err).not.toContain("galat tak terduga");
    expect(Buffer.compare(readFileSync(master), before)).toBe(0);
  }, 120_000);
});

/**
 * The workbook with a sharedStrings.xml of ~540 million characters (past V8's 2^29 − 24): one
 * string of "a"s, compressed as it is produced (half a megabyte in the zip).
 */
async function hugeSharedStrings(file: string): Promise<Uint8Array> {
  const pkg = ZipPackage.open(readFileSync(file));
  const part = pkg.names.find((n) => /sharedstrings\.xml$/i.test(n));
  if (!part) throw new Error("sample has no sharedStrings part");
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>'
  );
  const tail = Buffer.from("</t></si></sst>");
  const chunk = Buffer.alloc(1024 * 1024, 0x61);
  const chunks = 540;
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const data: Buffer[] = [];
  deflate.on("data", (d: Buffer) => data.push(d));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const crc32 = (zlib as unknown as { crc32: (d: Uint8Array, v?: number) => number }).crc32;
  let crc = crc32(head);
  const write = (b: Buffer) =>
    new Promise<void>((resolve) => (deflate.write(b) ? resolve() : deflate.once("drain", resolve)));
  await write(head);
  for (let i = 0; i < chunks; i++) {
    crc = crc32(chunk, crc);
    await write(chunk);
  }
  crc = crc32(tail, crc);
  deflate.end(tail);
  await done;
  pkg.setCompressed(part, {
    method: 8,
    crc,
    size: head.length + chunks * chunk.length + tail.length,
    data,
  });
  return pkg.toBytes();
}
