// Targets typed as text proved by an independent calculator: the CLI recaps a workbook of predicate
// and range targets, and LibreOffice recomputes the recap's and the quarter sheets' live formulas —
// the predicate table and the range bounds baked in — to the figures worked out by hand.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { cli } from "../helpers/cli";
import { describeWithLibreOffice, recalculatedSheets } from "../helpers/libreoffice";
import { sampleSheets, tmpDir, writeBook } from "../helpers/workbooks";
import { patchPackage, readSnapshot } from "../../src/xlsx";
import { SAMPLE_INDICATORS } from "../../src/core/sample";
import {
  predikatDifferences,
  predikatSheets,
  PREDIKAT_WARNINGS,
} from "../excel/textTargetsWorkbook";

const recapFormulas = (file: string): string[] =>
  readSnapshot(readFileSync(file))
    .sheets.flatMap((s) => s.rows.flatMap((r) => r.map((c) => c?.formula ?? "")))
    .filter((f) => f !== "");

describeWithLibreOffice("LibreOffice recomputes predicate and range targets", () => {
  const dir = tmpDir();

  test("predicates and ranges show as typed and capaian comes from their nilai and bounds", async () => {
    const file = await writeBook(dir, "predikat.xlsx", predikatSheets());
    const out = path.join(dir, "predikat-recap.xlsx");
    const run = await cli("recap", file, "--out", out);
    expect(run.code).toBe(0);
    for (const w of PREDIKAT_WARNINGS) expect(run.out).toContain(w);
    expect(predikatDifferences(recalculatedSheets(out))).toEqual([]);
  });

  test("a workbook without predicates or ranges gets no lookup of them in any formula", async () => {
    const plain = SAMPLE_INDICATORS.filter((i) => typeof i.targetTahunan === "number");
    const file = await writeBook(dir, "plain.xlsx", sampleSheets(plain));
    const out = path.join(dir, "plain-recap.xlsx");
    expect((await cli("recap", file, "--out", out, "--quiet")).code).toBe(0);
    const formulas = recapFormulas(out);
    expect(formulas.length).toBeGreaterThan(100);
    expect(formulas.filter((f) => /CHOOSE|Predikat|rekap lagi/.test(f)).length).toBe(0);
  });

  test("a range target edited after the recap blanks its capaian with a note", async () => {
    const file = await writeBook(dir, "edited.xlsx", predikatSheets());
    const out = path.join(dir, "edited-recap.xlsx");
    expect((await cli("recap", file, "--out", out, "--quiet")).code).toBe(0);
    // Perjanjian Kinerja: title, header, then P-01, P-02, P-03, D-01, R-01 (row 6), R-02 (row 7).
    const edited = patchPackage(readFileSync(out), {
      sheets: [],
      edits: [
        { sheet: "Perjanjian Kinerja", row: 6, col: 4, value: 85, plainFormat: false },
        { sheet: "Perjanjian Kinerja", row: 7, col: 5, value: 20, plainFormat: false },
      ],
    });
    writeFileSync(out, edited);
    const sheets = recalculatedSheets(out);
    const row = (sheet: string, kode: string) => {
      const csv = sheets.get(sheet) ?? [];
      const header = csv[1];
      const r = csv.find((x) => x[header.indexOf("Kode")] === kode) ?? [];
      return ["Target", "Capaian (%)", "Kategori", "Status"].map((h) => r[header.indexOf(h)]);
    };
    const changed = "Lengkap; target berubah — rekap lagi";
    expect(row("Tahunan", "R-01")).toEqual(["", "", "", changed]); // Target Tahunan edited
    expect(row("Semester I", "R-01")).toEqual(["80 – 90", "90", "Tinggi", "Lengkap"]); // untouched
    expect(row("Semester I", "R-02")).toEqual(["", "", "", changed]); // Target TW I edited
    expect(row("Tahunan", "R-02")).toEqual(["80 – 100", "100", "Sangat Tinggi", "Lengkap"]);
  });
});
