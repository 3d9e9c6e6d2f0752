// The command line on cells as offices type them (docs/CONTRACT.md §3): a unit typed beside the
// number is fixed, no-data markers are listed and left alone, and LibreOffice recomputes the floor
// of a Positif negative capaian.
import { readFileSync } from "fs";
import path from "path";
import { cli } from "../helpers/cli";
import { describeWithLibreOffice, recalculatedSheets } from "../helpers/libreoffice";
import {
  rowOfKode,
  sampleSheets,
  setCell,
  sheetNamed,
  tmpDir,
  writeBook,
} from "../helpers/workbooks";
import { readSnapshot } from "../../src/xlsx";
import { WorkbookSnapshot } from "../../src/core/workbook";

const SATUAN = 3;
const REALISASI = 4;

const cellsOf = (book: WorkbookSnapshot): Map<string, unknown> =>
  new Map(
    book.sheets.flatMap((s) =>
      s.rows.flatMap((row, r) => (row ?? []).map((c, col) => [`${s.name}!${r},${col}`, c?.value]))
    )
  );

test("check lists 100 Orang as fixable and - and N/A as not reported; fix rewrites only 100 Orang", async () => {
  const sheets = sampleSheets();
  const pk = sheetNamed(sheets, "Perjanjian Kinerja");
  setCell(pk, rowOfKode(pk, "IK-04"), SATUAN, { value: "Orang" });
  const at = (sheet: string, kode: string, value: string) => {
    const s = sheetNamed(sheets, sheet);
    setCell(s, rowOfKode(s, kode), REALISASI, { value });
  };
  at("TW I", "IK-04", "100 Orang");
  at("TW II", "IK-03", "-");
  at("TW III", "IK-02", "N/A");
  const file = await writeBook(tmpDir(), "typed.xlsx", sheets);

  const check = await cli("check", file);
  expect(check.code).toBe(1);
  for (const line of [
    `TW I!E6: Realisasi "100 Orang" berisi satuan — dibaca 100 [dapat diperbaiki: rekap-kinerja fix]`,
    `TW II!E5: peringatan — Realisasi "-" berarti tidak ada data — triwulan ini dihitung belum dilaporkan`,
    `TW III!E4: peringatan — Realisasi "N/A" berarti tidak ada data — triwulan ini dihitung belum dilaporkan`,
  ])
    expect(check.out).toContain(line);
  expect(check.out).not.toContain("bukan angka");

  const before = cellsOf(readSnapshot(readFileSync(file)));
  const fix = await cli("fix", file);
  expect(fix.code).toBe(0);
  expect(fix.out).toContain("TW I!E6: diubah menjadi angka 100");
  const after = cellsOf(readSnapshot(readFileSync(file)));
  const changed = [...after].filter(([k, v]) => !k.startsWith("Log!") && before.get(k) !== v);
  expect(changed).toEqual([["TW I!5,4", 100]]);

  // Only warnings are left: the recap runs, with the marked quarters not reported.
  expect((await cli("check", file)).code).toBe(0);
  expect((await cli("recap", file, "--quiet")).code).toBe(0);
  const tahunan = readSnapshot(readFileSync(file)).sheets.find((s) => s.name === "Tahunan");
  const header = tahunan?.rows[1]?.map((c) => c?.value) ?? [];
  const status = (kode: string) =>
    tahunan?.rows.find((r) => r?.[1]?.value === kode)?.[header.indexOf("Status")]?.value;
  expect(status("IK-03")).toBe("Belum lengkap (TW II)");
  expect(status("IK-02")).toBe("Belum lengkap (TW III)");
});

describeWithLibreOffice(
  "LibreOffice floors a Positif negative capaian at 0, as the core does",
  () => {
    test("a growth rate below zero: Semester I capaian 0 in the recap and in the quarter sheet", async () => {
      const sheets = sampleSheets();
      for (const [q, v] of [
        ["TW I", -5],
        ["TW II", -3],
      ] as const) {
        const s = sheetNamed(sheets, q);
        setCell(s, rowOfKode(s, "IK-12"), REALISASI, { value: v });
      }
      const dir = tmpDir();
      const file = await writeBook(dir, "growth.xlsx", sheets);
      const out = path.join(dir, "growth-recap.xlsx");
      expect((await cli("recap", file, "--out", out, "--quiet")).code).toBe(0);
      const csv = recalculatedSheets(out);
      const value = (sheet: string, header: string, headerRow = 1) => {
        const rows = csv.get(sheet) ?? [];
        const kodeCol = rows[headerRow].indexOf("Kode");
        return rows.find((r) => r[kodeCol] === "IK-12")?.[rows[headerRow].indexOf(header)];
      };
      // IK-12 (Indeks, Positif, Rata-rata, target 80): Semester I mean(−5, −3) = −4 → −5 % → 0.
      expect(value("Semester I", "Realisasi")).toBe("-4");
      expect(value("Semester I", "Capaian (%)")).toBe("0");
      expect(value("Semester I", "Kategori")).toBe("Sangat Rendah");
      // Tahunan: mean(−5, −3, 79,9, 83,1) = 38,75 → 38,75 ÷ 80 × 100 = 48,4375 → 48,44, not floored.
      expect(value("Tahunan", "Capaian (%)")).toBe("48.44");
      // The quarter sheet's own Capaian (%): −5 against Target 80 → −6,25 → 0.
      expect(value("TW I", "Capaian (%)")).toBe("0");
    });
  }
);
