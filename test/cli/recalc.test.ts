// The proof that the formulas a user sees in Excel are right: LibreOffice recomputes every formula
// of our recap and must agree with the core for every indicator and period.
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { cli } from "../helpers/cli";
import { describeWithLibreOffice, recalculatedSheets } from "../helpers/libreoffice";
import { sampleSheets, tmpDir, trickySheets, writeBook } from "../helpers/workbooks";
import { patchPackage, readSnapshot } from "../../src/xlsx";
import { planRecap } from "../../src/core/plan";
import { RecapRow } from "../../src/core/recap";

const asNumber = (text: string): number | null => (text === "" ? null : Number(text));

/** Every disagreement between LibreOffice's figures and the core's, as readable lines. */
function mismatches(sheet: string, csv: string[][], rows: readonly RecapRow[]): string[] {
  const header = csv[1];
  const col = (name: string) => header.indexOf(name);
  const body = csv.slice(2).filter((r) => r.some((c) => c !== ""));
  const out: string[] = [];
  if (body.length !== rows.length)
    out.push(`${sheet}: ${body.length} rows, core has ${rows.length}`);
  rows.forEach((row, i) => {
    const got = body[i] ?? [];
    const where = `${sheet} ${row.indicator.kode}`;
    if (got[col("Kode")] !== String(row.indicator.kode))
      out.push(`${where}: Kode ${got[col("Kode")]}`);
    // A Predikat row shows its predicates as typed, a range target its bounds: text, not a number.
    const text = (name: string, field: "target" | "realisasi"): boolean => {
      const want = row.shown?.[field];
      if (want === undefined) return false;
      if (got[col(name)] !== (want ?? ""))
        out.push(`${where} ${name}: LibreOffice ${got[col(name)]}, core ${want}`);
      return true;
    };
    for (const [name, want] of [
      ...(text("Target", "target") ? [] : ([["Target", row.target]] as const)),
      ...(text("Realisasi", "realisasi") ? [] : ([["Realisasi", row.realisasi]] as const)),
      ["Capaian (%)", row.capaian],
    ] as const) {
      const value = asNumber(got[col(name)]);
      const same =
        want === null
          ? value === null
          : value !== null && Math.abs(value - want) <= 1e-9 * Math.max(1, Math.abs(want));
      if (!same) out.push(`${where} ${name}: LibreOffice ${value}, core ${want}`);
    }
    if (got[col("Kategori")] !== (row.kategori ?? ""))
      out.push(`${where} Kategori: LibreOffice ${got[col("Kategori")]}, core ${row.kategori}`);
    if (got[col("Status")] !== row.status)
      out.push(`${where} Status: LibreOffice ${got[col("Status")]}, core ${row.status}`);
  });
  return out;
}

describeWithLibreOffice("LibreOffice recomputes our recap formulas to the core's figures", () => {
  const dir = tmpDir();

  test.each([
    ["the sample", sampleSheets],
    [
      "a twisted sample (own scale, sorted sheets, target 0, penyebut 0, numeric Kode, moved header)",
      trickySheets,
    ],
  ])("%s", async (_name, sheets) => {
    const file = await writeBook(dir, `in-${sheets.name}.xlsx`, sheets());
    const out = path.join(dir, `recap-${sheets.name}.xlsx`);
    const recap = await cli("recap", file, "--out", out, "--quiet");
    expect(recap.err).toBe("");
    expect(recap.code).toBe(0);
    const plan = planRecap(readSnapshot(readFileSync(file)));
    if (!plan.ok) throw new Error("plan failed");
    const recalculated = recalculatedSheets(out);
    const problems = plan.results.flatMap(({ sheet, rows }) => {
      const csv = recalculated.get(sheet);
      return csv ? mismatches(sheet, csv, rows) : [`${sheet}: missing from LibreOffice's output`];
    });
    expect(problems).toEqual([]);
    expect(plan.results.reduce((n, r) => n + r.rows.length, 0)).toBeGreaterThan(30);
  });
});

describeWithLibreOffice(
  "a semester recap borrows Tahunan's lookups only where its rows agree",
  () => {
    test("after Perjanjian Kinerja is reordered, a semester recap is still right against a stale Tahunan", async () => {
      const dir = tmpDir();
      const file = await writeBook(dir, "stale.xlsx", sampleSheets());
      expect((await cli("recap", file, "--period", "tahunan", "--quiet")).code).toBe(0);
      // Swap IK-01 and IK-02 in Perjanjian Kinerja: Tahunan's rows no longer line up with the new order.
      const book = readSnapshot(readFileSync(file));
      const pk = book.sheets.find((s) => s.name === "Perjanjian Kinerja")!;
      const edits = [2, 3].flatMap((row) =>
        (pk.rows[row === 2 ? 3 : 2] ?? []).flatMap((cell, col) =>
          typeof cell?.value === "string" || typeof cell?.value === "number"
            ? [{ sheet: pk.name, row, col, value: cell.value, plainFormat: false }]
            : []
        )
      );
      writeFileSync(file, patchPackage(readFileSync(file), { sheets: [], edits }));
      const out = path.join(dir, "stale-s1.xlsx");
      expect(
        (await cli("recap", file, "--period", "semester1", "--out", out, "--quiet")).code
      ).toBe(0);

      const plan = planRecap(readSnapshot(readFileSync(file)), ["semester1"]);
      if (!plan.ok) throw new Error("plan failed");
      const csv = recalculatedSheets(out).get("Semester I") as string[][];
      expect(csv[2][1]).toBe("IK-02");
      expect(
        mismatches("Semester I", csv, plan.results.find((r) => r.period === "semester1")!.rows)
      ).toEqual([]);
    });

    test("a semester recap of a workbook without Tahunan writes Tahunan too", async () => {
      const dir = tmpDir();
      const file = await writeBook(dir, "fresh.xlsx", sampleSheets());
      const r = await cli("recap", file, "--period", "semester2", "--quiet");
      expect(r.out).toContain("Semester II, Tahunan ditulis");
      const csv = recalculatedSheets(file);
      const plan = planRecap(readSnapshot(readFileSync(file)), ["semester2"]);
      if (!plan.ok) throw new Error("plan failed");
      expect(
        mismatches(
          "Semester II",
          csv.get("Semester II") as string[][],
          plan.results.find((x) => x.period === "semester2")!.rows
        )
      ).toEqual([]);
    });
  }
);
