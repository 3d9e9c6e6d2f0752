// The command line never replaces a user's own sheet that merely shares a generated sheet's name.
import { readFileSync } from "fs";
import { cli } from "../helpers/cli";
import { sampleSheets, tmpDir, writeBook } from "../helpers/workbooks";

describe("recap and a user's own `Tahunan`", () => {
  test("check names it, recap refuses and leaves the file byte-identical", async () => {
    const sheets = sampleSheets();
    sheets.push({
      name: "TAHUNAN",
      rows: [[{ value: "Rekap buatan saya" }], [{ value: "IK-01" }, { value: 123 }]],
      columns: [{ width: 20 }, { width: 10 }],
      frozenRows: 0,
      protect: false,
      validations: [],
      visibility: "visible",
    });
    const file = await writeBook(tmpDir(), "milik.xlsx", sheets);
    const before = readFileSync(file);
    const checked = await cli("check", file);
    expect(checked.code).toBe(1);
    expect(checked.out).toContain("TAHUNAN!A1: lembar 'TAHUNAN' bukan buatan Rekap Kinerja");
    const recap = await cli("recap", file);
    expect(recap.code).toBe(1);
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  });

  test("a recap written before is recognised by its marker and rewritten", async () => {
    const file = await writeBook(tmpDir(), "ulang.xlsx", sampleSheets());
    expect((await cli("recap", file, "--quiet")).code).toBe(0);
    const again = await cli("recap", file, "--quiet");
    expect(again.code).toBe(0);
    // Its own formulas and values, read back whole, are not taken for typing.
    expect(again.out).not.toContain("diketik tangan");
    expect((await cli("check", file)).code).toBe(0);
  });

  test("typing in an unprotected recap sheet is named when the recap replaces it", async () => {
    const sheets = sampleSheets();
    const title = Array.from({ length: 12 }, () => ({ value: null as string | null }));
    title[11] = { value: "dibuat otomatis — jangan diketik" };
    sheets.push({
      name: "Tahunan",
      rows: [
        title,
        [],
        [{ value: 1 }, { value: "IK-01" }, ...Array(6).fill({ value: null }), { value: 77 }],
      ],
      columns: [{ width: 10 }],
      frozenRows: 0,
      protect: false,
      validations: [],
      visibility: "visible",
    });
    const file = await writeBook(tmpDir(), "ketik.xlsx", sheets);
    const recap = await cli("recap", file, "--quiet");
    expect(recap.code).toBe(0);
    expect(recap.out).toMatch(/Tahunan!I3: peringatan — \d+ sel yang diketik tangan ditimpa: I3/);
  });
});
