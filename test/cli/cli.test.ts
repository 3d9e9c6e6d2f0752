import ExcelJS from "exceljs";
import { readFileSync, existsSync, writeFileSync } from "fs";
import path from "path";
import { unzipSync } from "fflate";
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
import { WorkbookSnapshot } from "../../src/core/workbook";
import { GENERATED_SHEETS } from "../../src/core/contract";

// What a recap, a fix or a merge records (the pane's own SOP step and Log rows) is checked apart.
const RECORDS = ["Tahapan SOP", "Log"];
const userSheets = (book: WorkbookSnapshot) =>
  book.sheets.filter((s) => !GENERATED_SHEETS.includes(s.name) && !RECORDS.includes(s.name));
/** The parts of the sample's Tahapan SOP and Log (newWorkbook's order: the 8th and 9th sheet). */
const RECORD_PARTS = ["xl/worksheets/sheet8.xml", "xl/worksheets/sheet9.xml"];
const read = (file: string) => readSnapshot(readFileSync(file));
const valuesOf = (book: WorkbookSnapshot, sheet: string) => {
  const s = book.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return s.rows.map((r) => (r ?? []).map((c) => c?.value ?? null));
};
/** The recap row of a Kode as { header: value }. */
function recapRow(book: WorkbookSnapshot, sheet: string, kode: string): Record<string, unknown> {
  const rows = valuesOf(book, sheet);
  const header = rows[1] as string[];
  const row = rows.find((r) => r[1] === kode);
  if (!row) throw new Error(`${kode} not in ${sheet}`);
  return Object.fromEntries(header.map((h, i) => [h, row[i]]));
}

describe("rekap-kinerja on files", () => {
  const dir = tmpDir();

  test("init --sample, check and recap write the three recap sheets with the right figures", async () => {
    const file = path.join(dir, "sample.xlsx");
    expect((await cli("init", file, "--sample")).code).toBe(0);
    const check = await cli("check", file);
    expect(check.code).toBe(0);
    expect(check.out).toContain("16 indikator, tidak ada masalah");
    const before = read(file);

    const recap = await cli("recap", file);
    expect(recap.code).toBe(0);
    const after = read(file);
    expect(after.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Semester I", "Semester II", "Tahunan"])
    );

    // IK-02 Jumlah: 26 + 34 + 29 + 37 = 126 of 120 → 105 %
    expect(recapRow(after, "Tahunan", "IK-02")).toEqual(
      expect.objectContaining({
        Target: 120,
        Realisasi: 126,
        "Capaian (%)": 105,
        Kategori: "Sangat Tinggi",
        Status: "Lengkap",
      })
    );
    // IK-02 Semester II: 29 + 37 = 66 of 30 + 30 → 110 %
    expect(recapRow(after, "Semester II", "IK-02")).toEqual(
      expect.objectContaining({ Target: 60, Realisasi: 66, "Capaian (%)": 110 })
    );
    // IK-09 TW III not reported: 3 + 4 + 3 = 10 of 12 → 83.33 %
    expect(recapRow(after, "Tahunan", "IK-09")).toEqual(
      expect.objectContaining({
        Realisasi: 10,
        "Capaian (%)": 83.33,
        Kategori: "Tinggi",
        Status: "Belum lengkap (TW III)",
      })
    );
    // IK-06 Negatif, target 0, one riot → 0 %
    expect(recapRow(after, "Tahunan", "IK-06")).toEqual(
      expect.objectContaining({
        Target: 0,
        Realisasi: 1,
        "Capaian (%)": 0,
        Kategori: "Sangat Rendah",
      })
    );
    // IK-10 Rata-rata Negatif: (14.5 + 16 + 13.8 + 15.2) / 4 = 14.875; (30 − 14.875) / 15 = 100.83 %
    expect(recapRow(after, "Tahunan", "IK-10")).toEqual(
      expect.objectContaining({ Realisasi: 14.875, "Capaian (%)": 100.83 })
    );
    // IK-01 Rasio: (17 + 21 + 19 + 22) / (20 + 24 + 21 + 23) = 79 / 88 = 89.77 % of 100
    const ik01 = recapRow(after, "Tahunan", "IK-01");
    expect(ik01.Realisasi as number).toBeCloseTo(89.772727, 5);
    expect(ik01).toEqual(expect.objectContaining({ "Capaian (%)": 89.77, Kategori: "Tinggi" }));
    // IK-07 Terakhir: TW II's 31 against Target TW II 30 → 103.33 %
    expect(recapRow(after, "Semester I", "IK-07")).toEqual(
      expect.objectContaining({ Target: 30, Realisasi: 31, "Capaian (%)": 103.33 })
    );
    // IK-13 Tahunan: not assessed in Semester I; the year is TW IV's 77.4 of 75 → 103.2 %
    const ik13s1 = recapRow(after, "Semester I", "IK-13");
    expect(ik13s1.Status).toBe("Tidak dinilai (Tahunan)");
    expect([ik13s1.Target, ik13s1.Realisasi, ik13s1["Capaian (%)"]].map((v) => v ?? "")).toEqual([
      "",
      "",
      "",
    ]);
    expect(recapRow(after, "Tahunan", "IK-13")).toEqual(
      expect.objectContaining({
        Target: 75,
        Realisasi: 77.4,
        "Capaian (%)": 103.2,
        Status: "Lengkap",
      })
    );
    // IK-14 Rasio per 10,000: 5,880 / 2,456,700 × 10,000 = 23.9345 of 25 → 95.74 %
    const ik14 = recapRow(after, "Tahunan", "IK-14");
    expect(ik14.Realisasi as number).toBeCloseTo(23.934546, 5);
    expect(ik14).toEqual(
      expect.objectContaining({ "Capaian (%)": 95.74, Kategori: "Sangat Tinggi" })
    );
    // IK-15 Predikat: WDP (nilai 3) of WTP (4) → 75 %
    expect(recapRow(after, "Tahunan", "IK-15")).toEqual(
      expect.objectContaining({
        Target: "WTP",
        Realisasi: "WDP",
        "Capaian (%)": 75,
        Kategori: "Sedang",
      })
    );
    // IK-16 range 3 – 5 days, Negatif, Rata-rata: (4 + 7) ÷ 2 = 5,5 above 5 → (10 − 5,5) ÷ 5 × 100 = 90;
    // the year (4 + 7 + 5,5 + 6) ÷ 4 = 5,625 → (10 − 5,625) ÷ 5 × 100 = 87,5
    expect(recapRow(after, "Semester I", "IK-16")).toEqual(
      expect.objectContaining({ Target: "3 – 5", Realisasi: 5.5, "Capaian (%)": 90 })
    );
    expect(recapRow(after, "Tahunan", "IK-16")).toEqual(
      expect.objectContaining({
        Target: "3 – 5",
        Realisasi: 5.625,
        "Capaian (%)": 87.5,
        Kategori: "Tinggi",
      })
    );

    // user sheets identical cell by cell
    expect(userSheets(after)).toEqual(userSheets(before));
    // the recap records its SOP steps as the pane does: step 6 for each semester, 9 for Tahunan
    const tracker = valuesOf(after, "Tahapan SOP");
    expect(tracker.slice(1).map((r) => [r[0], r[1], r[3], r[5]])).toEqual([
      [1, 6, "Semester I 2023", "pengguna"],
      [2, 6, "Semester II 2023", "pengguna"],
      [3, 9, "Tahunan 2023", "pengguna"],
    ]);
    const log = valuesOf(after, "Log");
    expect(log).toHaveLength(valuesOf(before, "Log").length + 1);
    expect(log[log.length - 1].slice(1, 5)).toEqual([
      "pengguna",
      "rekap",
      "Semester I, Semester II, Tahunan",
      "16 indikator; 0 peringatan",
    ]);
    // and the recap holds formulas, not just numbers; the sample's Pengali is the hidden column AA
    const tahunan = after.sheets.find((s) => s.name === "Tahunan");
    // (the sample's Predikat indicator, IK-15, adds a branch that shows its latest predicate as typed)
    expect(tahunan?.rows[3][8]?.formula).toBe(
      `IF(COUNT($R4:$U4)=0,"",IF(SUBSTITUTE(INDEX('Perjanjian Kinerja'!$D:$D,$M4)," ","")="Predikat",` +
        `IF(ISNUMBER($U4),INDEX('TW IV'!$E:$E,$Q4)&"",IF(ISNUMBER($T4),INDEX('TW III'!$E:$E,$P4)&"",` +
        `IF(ISNUMBER($S4),INDEX('TW II'!$E:$E,$O4)&"",IF(ISNUMBER($R4),INDEX('TW I'!$E:$E,$N4)&"","")))),` +
        `IF($G4="Jumlah",SUM($R4:$U4),IF($G4="Rata-rata",AVERAGE($R4:$U4),` +
        `IF($G4="Terakhir",IF(ISNUMBER($U4),$U4,IF(ISNUMBER($T4),$T4,IF(ISNUMBER($S4),$S4,IF(ISNUMBER($R4),$R4,"")))),` +
        `IF(SUM($V4:$Y4)=0,"",SUM($R4:$U4)/SUM($V4:$Y4)*$AA4))))))`
    );
    // one formula per column: every row holds the same pattern, shifted to its own row
    const body = (tahunan?.rows ?? []).slice(2);
    for (let col = 7; col < 25; col++) {
      const patterns = new Set(
        body.map((row, i) =>
          row[col]?.formula
            ?.split(`$${i + 3}`)
            .join("$#")
            .replace(new RegExp(`([A-Z])${i + 3}(?![0-9])`, "g"), "$1#")
        )
      );
      expect([col, patterns.size]).toEqual([col, 1]);
    }
    // the TW I figure of IK-02, found by its Kode through the position column N, counted only where
    // the row's Frekuensi (the hidden column Z) is due in TW I
    expect(tahunan?.rows[3][13]?.formula).toBe(`IFERROR(MATCH($B4,'TW I'!$A:$A,0),2)`);
    // (a Predikat row's figure is its predicate's nilai, from the default table)
    const nilai =
      `IFERROR(CHOOSE(MATCH(SUBSTITUTE(INDEX('TW I'!$E:$E,$N4)," ",""),` +
      `{"aa","a","bb","b","cc","c","d","wtp","wdp","tw","tmp"},0),90,80,70,60,50,30,0,4,3,2,1),"")`;
    expect(tahunan?.rows[3][17]?.formula).toBe(
      `IF(AND($Z4<>"Semesteran",$Z4<>"Tahunan"),` +
        `IF($G4="Rasio",IF(ISNUMBER(INDEX('TW I'!$F:$F,$N4)),INDEX('TW I'!$F:$F,$N4),""),` +
        `IF(SUBSTITUTE(INDEX('Perjanjian Kinerja'!$D:$D,$M4)," ","")="Predikat",${nilai},` +
        `IF(ISNUMBER(INDEX('TW I'!$E:$E,$N4)),INDEX('TW I'!$E:$E,$N4),""))),"")`
    );
  });

  test("recap leaves every package part it does not own byte-identical", async () => {
    const file = await writeBook(dir, "parts.xlsx", sampleSheets());
    const out = path.join(dir, "parts-out.xlsx");
    expect((await cli("recap", file, "--out", out, "--quiet")).code).toBe(0);
    const a = unzipSync(readFileSync(file));
    const b = unzipSync(readFileSync(out));
    const changed = Object.keys(a).filter(
      (k) => !b[k] || Buffer.compare(Buffer.from(a[k]), Buffer.from(b[k])) !== 0
    );
    expect(changed.sort()).toEqual(
      [
        "[Content_Types].xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/workbook.xml",
        ...RECORD_PARTS,
      ].sort()
    );
  });

  test("a bad workbook makes check and recap exit 1 naming sheet and cell, and leaves the file byte-identical", async () => {
    const sheets = sampleSheets();
    const tw3 = sheetNamed(sheets, "TW III");
    setCell(tw3, rowOfKode(tw3, "IK-03"), 4, { value: "lima" });
    const file = await writeBook(dir, "bad.xlsx", sheets);
    const bytes = readFileSync(file);
    const check = await cli("check", file);
    expect(check.code).toBe(1);
    expect(check.out).toContain(`TW III!E5: Realisasi "lima" bukan angka`);
    const recap = await cli("recap", file);
    expect(recap.code).toBe(1);
    expect(recap.out).toContain("TW III!E5");
    expect(Buffer.compare(readFileSync(file), bytes)).toBe(0);
    const out = path.join(dir, "never.xlsx");
    expect((await cli("recap", file, "--out", out)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  test("fix changes exactly the fixable cells, then recap succeeds", async () => {
    const sheets = sampleSheets();
    const tw1 = sheetNamed(sheets, "TW I");
    const tw2 = sheetNamed(sheets, "TW II");
    setCell(tw1, rowOfKode(tw1, "IK-02"), 4, { value: "26,0" });
    setCell(tw2, rowOfKode(tw2, "IK-12"), 4, { value: " 81,5 " });
    const file = await writeBook(dir, "fixable.xlsx", sheets);
    const before = read(file);
    const check = await cli("check", file);
    expect(check.code).toBe(1);
    expect(check.out).toContain(
      `TW I!E4: Realisasi "26,0" tersimpan sebagai teks — dibaca 26 [dapat diperbaiki: rekap-kinerja fix]`
    );
    expect((await cli("recap", file)).code).toBe(1);

    const fix = await cli("fix", file);
    expect(fix.code).toBe(0);
    expect(fix.out).toContain("TW I!E4: diubah menjadi angka 26");
    expect(fix.out).toContain("TW II!E14: diubah menjadi angka 81,5");
    const after = read(file);
    const changed: string[] = [];
    userSheets(before).forEach((s) => {
      const t = after.sheets.find((x) => x.name === s.name);
      const rows = Math.max(s.rows.length, t?.rows.length ?? 0);
      for (let r = 0; r < rows; r++) {
        const cols = Math.max(s.rows[r]?.length ?? 0, t?.rows[r]?.length ?? 0);
        for (let c = 0; c < cols; c++) {
          if (
            JSON.stringify(s.rows[r]?.[c]?.value ?? null) !==
            JSON.stringify(t?.rows[r]?.[c]?.value ?? null)
          )
            changed.push(`${s.name}!${r},${c}=${JSON.stringify(t?.rows[r]?.[c]?.value)}`);
        }
      }
    });
    expect(changed).toEqual(["TW I!3,4=26", "TW II!13,4=81.5"]);
    // and the Log says so, as after the pane's "Perbaiki angka"
    const log = valuesOf(after, "Log");
    expect(log[log.length - 1].slice(1, 5)).toEqual([
      "pengguna",
      "perbaiki angka",
      "TW I, TW II",
      "TW I!E4=26; TW II!E14=81.5",
    ]);
    expect((await cli("recap", file, "--quiet")).code).toBe(0);
  });

  test("recap twice gives an identical package but for the SOP step and the Log row it records", async () => {
    const file = await writeBook(dir, "twice.xlsx", sampleSheets());
    await cli("recap", file, "--quiet");
    const once = readFileSync(file);
    await cli("recap", file, "--quiet");
    const a = unzipSync(once);
    const b = unzipSync(readFileSync(file));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const k of Object.keys(a).filter((k) => !RECORD_PARTS.includes(k)))
      expect([k, Buffer.compare(Buffer.from(a[k]), Buffer.from(b[k]))]).toEqual([k, 0]);
    // one tracker row per period (three), one Log row per recap
    const rows = (bytes: Buffer, sheet: string) => valuesOf(readSnapshot(bytes), sheet).length;
    const grown = (sheet: string) => rows(readFileSync(file), sheet) - rows(once, sheet);
    expect([grown("Tahapan SOP"), grown("Log")]).toEqual([3, 1]);
  });

  test("recap sheets deleted by a person come back the same", async () => {
    const file = await writeBook(dir, "deleted.xlsx", sampleSheets());
    await cli("recap", file, "--quiet");
    await cli("recap", file, "--period", "triwulan", "--quiet");
    const first = read(file);
    // Someone deletes the recap sheets (in another tool) and saves.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    for (const name of GENERATED_SHEETS) book.removeWorksheet(book.getWorksheet(name)!.id);
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    expect(read(file).sheets.map((s) => s.name)).not.toContain("Tahunan");

    expect((await cli("recap", file, "--quiet")).code).toBe(0);
    expect((await cli("recap", file, "--period", "triwulan", "--quiet")).code).toBe(0);
    const again = read(file);
    for (const name of GENERATED_SHEETS) {
      const cells = (b: WorkbookSnapshot) =>
        Array.from(b.sheets.find((s) => s.name === name)?.rows ?? [], (row) =>
          Array.from(row ?? [], (c) => [c?.value ?? null, c?.formula ?? null])
        );
      expect([name, cells(again)]).toEqual([name, cells(first)]);
    }
  });

  test("usage errors exit 2, unreadable files exit 1 without a stack trace", async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli("frobnicate")).code).toBe(2);
    expect((await cli("recap")).code).toBe(2);
    expect((await cli("recap", path.join(dir, "missing.xlsx"))).code).toBe(2);
    expect((await cli("recap", "x.xlsx", "--period", "bulanan")).code).toBe(2);
    const csv = path.join(dir, "data.xlsx");
    writeFileSync(csv, "Kode,Realisasi\nIK-01,5\n");
    const r = await cli("check", csv);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("check --json lists problems with their fixes", async () => {
    const sheets = sampleSheets();
    const tw4 = sheetNamed(sheets, "TW IV");
    setCell(tw4, rowOfKode(tw4, "IK-04"), 4, { value: "49" });
    const file = await writeBook(dir, "json.xlsx", sheets);
    const r = await cli("check", file, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).problems).toEqual([
      expect.objectContaining({
        sheet: "TW IV",
        cell: "E6",
        severity: "error",
        fixable: true,
        value: 49,
      }),
    ]);
  });
});
