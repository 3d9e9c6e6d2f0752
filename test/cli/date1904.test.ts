// A workbook saved in the 1904 date system (Excel for Mac's old default) holds every date 1462 days
// lower. The command line reads its flag from workbook.xml: steps are written in 1904 serials,
// Excel shows them on the right day, and they read back as that day — in `status` and its summary.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { cli } from "../helpers/cli";
import { tmpDir } from "../helpers/workbooks";
import { readSnapshot } from "../../src/xlsx";

const dir = tmpDir();

/** The same package with `<workbookPr date1904="1"/>`, as Excel writes a 1904 workbook. */
function to1904(file: string): void {
  const parts = unzipSync(readFileSync(file));
  const xml = strFromU8(parts["xl/workbook.xml"]);
  const set = /<workbookPr\b/.test(xml)
    ? xml.replace(/<workbookPr\b/, '<workbookPr date1904="1"')
    : xml.replace(/<sheets>/, '<workbookPr date1904="1"/><sheets>');
  expect(set).toContain('date1904="1"');
  parts["xl/workbook.xml"] = strToU8(set);
  writeFileSync(file, zipSync(parts));
}

// Monday 3 July 2023 is serial 45110 in the 1900 system, 45110 − 1462 = 43648 in the 1904 one.
const STEP = (start: string, end: string, name: string) =>
  [
    "step",
    "--langkah",
    "2",
    "--periode",
    "TW II 2023",
    "--mulai",
    start,
    "--selesai",
    end,
    "--oleh",
    name,
  ] as const;

test("steps recorded in a 1904 workbook are 1904 serials, and read back on their own day", async () => {
  const file = path.join(dir, "mac.xlsx");
  expect((await cli("init", file, "--sample")).code).toBe(0);
  to1904(file);

  const [cmd, ...args] = STEP("2023-07-03T08:30+07:00", "2023-07-03T09:02+07:00", "Budi");
  const r = await cli(cmd, file, ...args);
  expect(r.out).toBe(
    `${file}: Langkah 2 TW II 2023 dicatat: 32 menit, melebihi waktu baku. (Tahapan SOP baris 2)`
  );
  const book = readSnapshot(readFileSync(file));
  expect(book.date1904).toBe(true);
  const row = (book.sheets.find((s) => s.name === "Tahapan SOP")?.rows[1] ?? []).map(
    (c) => c?.value ?? null
  );
  expect(row[6]).toBeCloseTo(43648 + 8.5 / 24, 8); // 08:30, 3 July 2023 in the 1904 system
  expect(row[7]).toBeCloseTo(43648 + (9 + 2 / 60) / 24, 8);
  expect(row.slice(8, 11)).toEqual([32, "30 Menit", "Tidak"]);

  // Read back: the step shows on its own day, and the next one is numbered on below it.
  const [cmd2, ...args2] = STEP("2023-07-04T08:00+07:00", "2023-07-04T08:20+07:00", "Siti");
  expect((await cli(cmd2, file, ...args2)).code).toBe(0);
  const status = await cli("status", file, "--json");
  const recent = (JSON.parse(status.out) as { recent: { nama: string; selesai: string }[] }).recent;
  expect(recent.map((s) => [s.nama, s.selesai])).toEqual([
    ["Siti", "04/07/2023 08:20"],
    ["Budi", "03/07/2023 09:02"],
  ]);

  // The timeliness summary: 20 and 32 minutes against 30 → median 26 menit.
  const text = (await cli("status", file)).out.split("\n");
  const from = text.indexOf("Ketepatan waktu (Tahapan SOP):");
  expect(text.slice(from, from + 6)).toEqual([
    "Ketepatan waktu (Tahapan SOP):",
    "  Per langkah:",
    "    Langkah 2: 2 selesai, 1 tepat waktu, 1 terlambat, median 26 menit (baku 30 Menit)",
    "  Per pelaksana:",
    "    Budi: 1 selesai, 0 tepat waktu, 1 terlambat, median 32 menit (baku 30 Menit)",
    "    Siti: 1 selesai, 1 tepat waktu, 0 terlambat, median 20 menit (baku 30 Menit)",
  ]);
});
