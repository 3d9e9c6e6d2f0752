// Every hostile workbook gets a clear `Sheet!Cell` answer or is handled correctly — never a stack
// trace — and a workbook the recap refuses stays byte-identical.
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { unzipSync } from "fflate";
import { CORPUS } from "./cases";
import { cli } from "../helpers/cli";
import { readSnapshot } from "../../src/xlsx";
import { ZipPackage } from "../../src/xlsx/package";
import { readWorkbookPart } from "../../src/xlsx/structure";

const dir = path.join(__dirname, "..", "artifacts", "corpus");
mkdirSync(dir, { recursive: true });

test("the corpus holds at least 40 cases", () => expect(CORPUS.length).toBeGreaterThanOrEqual(40));

describe.each(CORPUS.map((c) => [c.id, c] as const))("%s", (id, c) => {
  test(`check exits ${c.code} and recap ${c.code === 0 ? "succeeds" : "writes nothing"}`, async () => {
    const file = path.join(dir, `${id}.xlsx`);
    const bytes = await c.build();
    writeFileSync(file, bytes);
    const check = await cli("check", file);
    const printed = `${check.out}\n${check.err}`;
    expect(printed).not.toMatch(/\n\s+at |galat tak terduga/);
    for (const fragment of c.says ?? []) expect(printed).toContain(fragment);
    for (const fragment of c.never ?? []) expect(printed).not.toContain(fragment);
    expect(check.code).toBe(c.code);

    const out = path.join(dir, `${id}-recap.xlsx`);
    const recap = await cli("recap", file, "--out", out, "--quiet");
    expect(`${recap.out}\n${recap.err}`).not.toMatch(/\n\s+at |galat tak terduga/);
    expect(recap.code).toBe(c.code);
    expect(Buffer.compare(readFileSync(file), Buffer.from(bytes))).toBe(0);
    if (c.code === 0) {
      // everything the recap does not own survives, byte for byte
      const before = unzipSync(bytes);
      const after = unzipSync(readFileSync(out));
      const owned = new Set([
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "docProps/app.xml",
      ]);
      // The recap records its SOP step and a Log row there, as the pane's does (docs/CLI-FILES.md).
      const records = readWorkbookPart(ZipPackage.open(bytes))
        .sheets.filter((s) => s.name === "Tahapan SOP" || s.name === "Log")
        .map((s) => s.path);
      const lost = Object.keys(before).filter(
        (k) =>
          !owned.has(k) &&
          !records.includes(k) &&
          (!after[k] || Buffer.compare(Buffer.from(before[k]), Buffer.from(after[k])) !== 0)
      );
      expect(lost).toEqual([]);
      const book = readSnapshot(readFileSync(out));
      for (const [sheet, kode, header, value] of c.shows ?? []) {
        const rows = book.sheets.find((s) => s.name === sheet)?.rows ?? [];
        const col = (rows[1] ?? []).findIndex((h) => h?.value === header);
        const row = rows.find((r) => r?.[1]?.value === kode);
        expect([sheet, kode, header, row?.[col]?.value ?? ""]).toEqual([
          sheet,
          kode,
          header,
          value,
        ]);
      }
    }
  });
});
