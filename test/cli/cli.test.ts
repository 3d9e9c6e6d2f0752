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

const userSheets = (book: WorkbookSnapshot) =>
  book.sheets.filter((s) => !GENERATED_SHEETS.includes(s.name));
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
    expect(check.out).toContain("12 indikator, tidak ada masalah");
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

    // user sheets identical cell by cell
    expect(userSheets(after)).toEqual(userSheets(before));
    // and the recap holds formulas, not just numbers
    const tahunan = after.sheets.find((s) => s.name === "Tahunan");
    expect(tahunan?.rows[3][8]?.formula).toBe(
      `IF(COUNT($R4:$U4)=0,"",IF($G4="Jumlah",SUM($R4:$U4),IF($G4="Rata-rata",AVERAGE($R4:$U4),` +
        `IF($G4="Terakhir",IF(ISNUMBER($U4),$U4,IF(ISNUMBER($T4),$T4,IF(ISNUMBER($S4),$S4,IF(ISNUMBER($R4),$R4,"")))),` +
        `IF(SUM($V4:$Y4)=0,"",SUM($R4:$U4)/SUM($V4:$Y4)*100)))))`
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
    // the TW I figure of IK-02, found by its Kode through the position column N
    expect(tahunan?.rows[3][13]?.formula).toBe(`IFERROR(MATCH($B4,'TW I'!$A:$A,0),2)`);
    expect(tahunan?.rows[3][17]?.formula).toBe(
      `IF($G4="Rasio",IF(ISNUMBER(INDEX('TW I'!$F:$F,$N4)),INDEX('TW I'!$F:$F,$N4),""),IF(ISNUMBER(INDEX('TW I'!$E:$E,$N4)),INDEX('TW I'!$E:$E,$N4),""))`
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
    before.sheets.forEach((s) => {
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
    expect((await cli("recap", file, "--quiet")).code).toBe(0);
  });

  test("recap twice gives an identical package", async () => {
    const file = await writeBook(dir, "twice.xlsx", sampleSheets());
    await cli("recap", file, "--quiet");
    const once = readFileSync(file);
    await cli("recap", file, "--quiet");
    const a = unzipSync(once);
    const b = unzipSync(readFileSync(file));
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const k of Object.keys(a))
      expect([k, Buffer.compare(Buffer.from(a[k]), Buffer.from(b[k]))]).toEqual([k, 0]);
  });

  test("recap sheets deleted by a person come back the same", async () => {
    const file = await writeBook(dir, "deleted.xlsx", sampleSheets());
    await cli("recap", file, "--quiet");
    const first = read(file);
    // Someone deletes the three recap sheets (in another tool) and saves.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    for (const name of GENERATED_SHEETS) book.removeWorksheet(book.getWorksheet(name)!.id);
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    expect(read(file).sheets.map((s) => s.name)).not.toContain("Tahunan");

    expect((await cli("recap", file, "--quiet")).code).toBe(0);
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
