import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";
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

const pdfText = (file: string): string =>
  execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
const hasPdftotext = existsSync("/usr/bin/pdftotext");

describe("export", () => {
  const dir = tmpDir();

  test("writes the annual report as PDF and workbook, with letterhead, figures and signatory", async () => {
    const file = await writeBook(dir, "sample.xlsx", sampleSheets());
    const pdf = path.join(dir, "laporan.pdf");
    const xlsx = path.join(dir, "laporan.xlsx");
    const r = await cli("export", file, "--pdf", pdf, "--xlsx", xlsx, "--date", "2024-01-15");
    expect(r.code).toBe(0);

    const book = readSnapshot(readFileSync(xlsx));
    expect(book.sheets.map((s) => s.name)).toEqual(["Tahunan"]);
    const cells = Array.from(book.sheets[0].rows, (row) =>
      Array.from(row ?? [], (c) => c?.value ?? "")
    );
    expect(cells.flat()).toEqual(
      expect.arrayContaining([
        "LAPORAN KINERJA TAHUNAN",
        "H. SYAFNURIZAL, SE",
        "NIP. 19690512 199603 1 003",
        "Bagansiapiapi, 15 Januari 2024",
      ])
    );
    // IK-02: 126 of 120 → 105 %; IK-09 not complete, said in Keterangan
    const ik02 = cells.find((row) => String(row[2]).startsWith("Jumlah pelanggaran Perda"));
    expect(ik02?.slice(4, 8)).toEqual([120, 126, 105, "Sangat Tinggi"]);
    const ik09 = cells.find((row) => String(row[2]).startsWith("Jumlah sosialisasi"));
    expect(ik09?.slice(5, 9)).toEqual([10, 83.33, "Tinggi", "Belum lengkap (TW III)"]);

    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    if (hasPdftotext) {
      const text = pdfText(pdf);
      expect(text).toContain("LAPORAN KINERJA TAHUNAN");
      expect(text).toContain("PEMERINTAH KABUPATEN ROKAN HILIR");
      expect(text).toMatch(/Jumlah pelanggaran Perda.*120\s+126\s+105,00\s+Sangat Tinggi/s);
      expect(text).toContain("H. SYAFNURIZAL, SE");
    }
  });

  test("--period all gives one section per period", async () => {
    const file = await writeBook(dir, "all.xlsx", sampleSheets());
    const xlsx = path.join(dir, "all-out.xlsx");
    expect((await cli("export", file, "--period", "all", "--xlsx", xlsx)).code).toBe(0);
    expect(readSnapshot(readFileSync(xlsx)).sheets.map((s) => s.name)).toEqual([
      "Semester I",
      "Semester II",
      "Tahunan",
    ]);
  });

  test("a semester report holds that semester only", async () => {
    const file = await writeBook(dir, "s1.xlsx", sampleSheets());
    const xlsx = path.join(dir, "s1-out.xlsx");
    expect((await cli("export", file, "--period", "semester1", "--xlsx", xlsx)).code).toBe(0);
    expect(readSnapshot(readFileSync(xlsx)).sheets.map((s) => s.name)).toEqual(["Semester I"]);
  });

  test("a workbook with problems gets no report", async () => {
    const sheets = sampleSheets();
    const tw1 = sheetNamed(sheets, "TW I");
    setCell(tw1, rowOfKode(tw1, "IK-02"), 4, { value: "dua puluh" });
    const file = await writeBook(dir, "bad.xlsx", sheets);
    const pdf = path.join(dir, "bad.pdf");
    const r = await cli("export", file, "--pdf", pdf);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`TW I!E4: Realisasi "dua puluh" bukan angka`);
    expect(existsSync(pdf)).toBe(false);
  });
});
