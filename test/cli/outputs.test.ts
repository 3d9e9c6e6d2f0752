// An output path that is an input: refused with exit 2 before anything is read or written, whether
// it is the same name, a symlink to it, a hard link to it, or another spelling of it. And outputs
// that cannot be files at all (a missing folder, a folder) are told in words, exit 2.
import { linkSync, lstatSync, readdirSync, readFileSync, symlinkSync, mkdirSync } from "fs";
import path from "path";
import { cli } from "../helpers/cli";
import { sampleSheets, tmpDir, writeBook } from "../helpers/workbooks";
import { readSnapshot } from "../../src/xlsx";

describe("no output overwrites an input", () => {
  const dir = tmpDir();
  const sample = (name: string) => writeBook(dir, name, sampleSheets());

  /** Runs the command and expects exit 2, `message`, and every file in the folder unchanged. */
  async function refused(argv: string[], message: string): Promise<void> {
    const files = () => readdirSync(dir).filter((n) => lstatSync(path.join(dir, n)).isFile());
    const before = new Map(files().map((n) => [n, readFileSync(path.join(dir, n))]));
    const r = await cli(...argv);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining(message)]);
    expect(files().sort()).toEqual([...before.keys()].sort());
    for (const [n, bytes] of before)
      expect([n, Buffer.compare(readFileSync(path.join(dir, n)), bytes)]).toEqual([n, 0]);
  }

  test("export FILE --pdf FILE and --xlsx FILE", async () => {
    const file = await sample("book.xlsx");
    await refused(
      ["export", file, "--pdf", file],
      `keluaran ${file} adalah berkas masukan ${file}`
    );
    await refused(
      ["export", file, "--xlsx", file],
      `keluaran ${file} adalah berkas masukan ${file}`
    );
  });

  test("the same file under another name: ./, .., a symlink, a hard link", async () => {
    const file = await sample("named.xlsx");
    const link = path.join(dir, "named-link.pdf");
    symlinkSync("named.xlsx", link);
    const hard = path.join(dir, "named-hard.xlsx");
    linkSync(file, hard);
    const dotted = path.join(dir, "..", path.basename(dir), ".", "named.xlsx");
    for (const out of [dotted, link, hard])
      await refused(["export", file, "--pdf", out], `keluaran ${out} adalah berkas masukan`);
  });

  test("two outputs naming one file", async () => {
    const file = await sample("two.xlsx");
    const out = path.join(dir, "same-out");
    await refused(
      ["export", file, "--pdf", out, "--xlsx", `${dir}/./same-out`],
      "adalah berkas yang sama"
    );
  });

  test("merge: a unit that is the master, or one unit named twice", async () => {
    const master = await sample("master.xlsx");
    const unit = await sample("unit.xlsx");
    const hard = path.join(dir, "master-again.xlsx");
    linkSync(master, hard);
    await refused(["merge", master, unit, hard], `${hard} adalah ${master} itu sendiri`);
    await refused(["merge", master, master], `${master} adalah ${master} itu sendiri`);
    await refused(
      ["merge", master, unit, path.join(dir, ".", "unit.xlsx")],
      "adalah berkas yang sama — sebut tiap berkas sekali"
    );
  });

  test("recap FILE --out FILE (or a link to it) is recap in place, as without --out", async () => {
    const file = await sample("inplace.xlsx");
    const link = path.join(dir, "inplace-link.xlsx");
    symlinkSync("inplace.xlsx", link);
    expect((await cli("recap", file, "--out", link, "--quiet")).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readSnapshot(readFileSync(file)).sheets.map((s) => s.name)).toContain("Tahunan");
  });

  test("--out into a missing folder, --out or --pdf that is a folder: exit 2, in words", async () => {
    const file = await sample("where.xlsx");
    const missing = path.join(dir, "no-such-folder", "out.xlsx");
    await refused(
      ["recap", file, "--out", missing],
      `folder tujuan tidak ada: ${path.dirname(missing)} (untuk ${missing})`
    );
    const folder = path.join(dir, "a-folder");
    mkdirSync(folder);
    await refused(["recap", file, "--out", folder], `${folder} adalah folder, bukan berkas`);
    await refused(["export", file, "--pdf", folder], `${folder} adalah folder, bukan berkas`);
    await refused(
      ["recap", path.join(dir, "where.xlsx", "x.xlsx")],
      "melewati sesuatu yang bukan folder"
    );
  });

  test("an input that is a folder, or missing: exit 2, in words", async () => {
    const folder = path.join(dir, "in-folder");
    mkdirSync(folder);
    const r = await cli("check", folder);
    expect([r.code, r.err]).toEqual([
      2,
      `${folder} adalah folder, bukan berkas — sebutkan nama berkasnya`,
    ]);
    const missing = await cli("check", path.join(dir, "missing.xlsx"));
    expect([missing.code, missing.err]).toEqual([
      2,
      `berkas tidak ditemukan: ${path.join(dir, "missing.xlsx")}`,
    ]);
  });
});
