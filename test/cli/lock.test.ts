// Two runs on one workbook at once: the lock makes the second wait, so neither's changes are lost;
// a lock someone else holds makes a run give up with a clear message and write nothing.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import lockfile from "proper-lockfile";
import { cli } from "../helpers/cli";
import { rowOfKode, sampleSheets, setCell, sheetNamed, tmpDir } from "../helpers/workbooks";
import { writeNewWorkbook } from "../../src/cli/newWorkbook";
import { readSnapshot } from "../../src/xlsx";
import { ensureCliBuild, runCli } from "./builtCli";

const REALISASI = 4;
const KODES = ["IK-01", "IK-02", "IK-03", "IK-04"];

/** The sample with TW IV's Realisasi of `kodes` emptied, except `keep`. */
async function withTw4Realisasi(file: string, keep?: string): Promise<Map<string, unknown>> {
  const sheets = sampleSheets();
  const tw4 = sheetNamed(sheets, "TW IV");
  const kept = new Map<string, unknown>();
  for (const kode of KODES) {
    const row = rowOfKode(tw4, kode);
    kept.set(kode, tw4.rows[row][REALISASI]?.value);
    if (kode !== keep) setCell(tw4, row, REALISASI, { value: null });
  }
  writeFileSync(file, await writeNewWorkbook(sheets));
  return kept;
}

function tw4Realisasi(file: string): Record<string, unknown> {
  const tw4 = readSnapshot(readFileSync(file)).sheets.find((s) => s.name === "TW IV")!;
  return Object.fromEntries(
    KODES.map((kode) => [
      kode,
      tw4.rows.find((r) => r?.[0]?.value === kode)?.[REALISASI]?.value ?? null,
    ])
  );
}

describe("one writer per workbook", () => {
  const dir = tmpDir();
  beforeAll(() => ensureCliBuild(), 120_000);

  test("four merges into one master at once all land: each run waits for the one before", async () => {
    const master = path.join(dir, "master.xlsx");
    const figures = await withTw4Realisasi(master);
    const units = await Promise.all(
      KODES.map(async (kode) => {
        const unit = path.join(dir, `unit-${kode}.xlsx`);
        await withTw4Realisasi(unit, kode);
        return unit;
      })
    );
    const runs = await Promise.all(units.map((unit) => runCli(["merge", master, unit])));
    for (const r of runs) expect([r.code, r.err]).toEqual([0, ""]);
    expect(tw4Realisasi(master)).toEqual(Object.fromEntries(figures));
  });

  test("a workbook locked by another process is left alone: exit 1, its name, nothing written", async () => {
    const master = path.join(dir, "held.xlsx");
    await withTw4Realisasi(master);
    const unit = path.join(dir, "held-unit.xlsx");
    await withTw4Realisasi(unit, "IK-01");
    const before = readFileSync(master);
    const release = await lockfile.lock(master, { realpath: false });
    try {
      const r = await cli("merge", master, unit);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`berkas sedang dipakai proses lain: ${master}`);
      expect(Buffer.compare(readFileSync(master), before)).toBe(0);
      // fix and recap take the same lock
      expect((await cli("recap", master, "--quiet")).code).toBe(1);
      expect(Buffer.compare(readFileSync(master), before)).toBe(0);
    } finally {
      await release();
    }
    expect((await cli("merge", master, unit)).code).toBe(0);
    expect(tw4Realisasi(master)["IK-01"]).not.toBeNull();
  }, 30_000);
});
