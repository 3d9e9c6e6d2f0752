// Protect Workbook (structure locked) is the owner saying "these sheets, no others": every command
// that writes the workbook refuses it in words and leaves it byte-identical; check says so too.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { cli } from "../helpers/cli";
import { rowOfKode, sampleSheets, setCell, sheetNamed, tmpDir } from "../helpers/workbooks";
import { writeNewWorkbook } from "../../src/cli/newWorkbook";
import { structureLocked } from "../../src/cli/workbookProtection";

/** The sample (TW I's IK-02 Realisasi typed as text, so `fix` has work) with `protection` in workbook.xml. */
async function protectedBook(protection: string, fixable = true): Promise<Uint8Array> {
  const sheets = sampleSheets();
  const tw1 = sheetNamed(sheets, "TW I");
  if (fixable) setCell(tw1, rowOfKode(tw1, "IK-02"), 4, { value: "26" });
  const entries = unzipSync(new Uint8Array(await writeNewWorkbook(sheets)));
  const xml = strFromU8(entries["xl/workbook.xml"]);
  // CT_Workbook's order: … workbookPr, workbookProtection, bookViews, sheets …
  const at = xml.search(/<bookViews|<sheets/);
  if (at < 0) throw new Error("no sheets in workbook.xml");
  entries["xl/workbook.xml"] = strToU8(xml.slice(0, at) + protection + xml.slice(at));
  return zipSync(entries);
}

const LOCKED = '<workbookProtection lockStructure="1"/>';

describe("a workbook whose structure is locked", () => {
  const dir = tmpDir();

  test.each([
    ["recap", ["--quiet"]],
    ["recap", ["--out", "elsewhere.xlsx"]],
    ["fix", []],
    ["merge", ["unit.xlsx"]],
    ["merge", ["unit.xlsx", "--dry-run"]],
  ])("%s %j is refused: exit 1, in words, nothing written", async (command, rest) => {
    const file = path.join(dir, `${command}-${rest.length}.xlsx`);
    const bytes = await protectedBook(LOCKED);
    writeFileSync(file, bytes);
    writeFileSync(path.join(dir, "unit.xlsx"), await writeNewWorkbook(sampleSheets()));
    const args = rest.map((a) => (a.endsWith(".xlsx") ? path.join(dir, a) : a));
    const r = await cli(command, file, ...args);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `${file}: struktur buku kerja dikunci (Protect Workbook) — recap, fix dan merge tidak mengubah ` +
        `buku kerja ini; buka kuncinya di Excel (Tinjau › Lindungi Buku Kerja) lalu ulangi; tidak ada yang ditulis`
    );
    expect(Buffer.compare(readFileSync(file), Buffer.from(bytes))).toBe(0);
  });

  test("check names it and exits 1; --json says structureLocked", async () => {
    const file = path.join(dir, "checked.xlsx");
    writeFileSync(file, await protectedBook(LOCKED));
    const r = await cli("check", file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${file}: struktur buku kerja dikunci (Protect Workbook)`);
    const json = await cli("check", file, "--json");
    expect(JSON.parse(json.out)).toEqual(
      expect.objectContaining({ ok: false, structureLocked: true })
    );
  });

  test("export only reads: a report is still made", async () => {
    const file = path.join(dir, "export.xlsx");
    writeFileSync(file, await protectedBook(LOCKED, false));
    const r = await cli("export", file, "--xlsx", path.join(dir, "export-report.xlsx"));
    expect(r.code).toBe(0);
  });

  test.each([
    ['<workbookProtection lockStructure="1"/>', true],
    ['<workbookProtection lockStructure="true" lockWindows="1"/>', true],
    [
      '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="aGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>',
      true,
    ],
    ['<workbookProtection lockWindows="1"/>', false],
    ['<workbookProtection lockStructure="0"/>', false],
    ["", false],
  ])("%s → locked: %s", async (protection, locked) => {
    expect(structureLocked(await protectedBook(protection))).toBe(locked);
  });
});
