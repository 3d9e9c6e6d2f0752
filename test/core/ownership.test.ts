// A sheet named like a generated one but without the marker is someone's own work: the recap refuses
// to replace it and names it; with the marker (as every recap writes it) it is ours to rewrite.
import { bookOf, sheetOf } from "../helpers/book";
import { check, planRecap } from "../../src/core/plan";
import { AUTO_NOTE, isOursToWrite } from "../../src/core/ownership";
import { blocking } from "../../src/core/problems";

const inputs = () =>
  bookOf([{ kode: "IK-01", targetTahunan: 10 }], { 1: [{ kode: "IK-01", realisasi: 3 }] });

describe("generated sheets are ours only with their marker", () => {
  test("a user's own `tahunan` sheet blocks every recap and is named", () => {
    const book = inputs();
    book.sheets.push(sheetOf("tahunan", [["Catatan pribadi saya"], ["IK-01", 99]]));
    for (const periods of [["tahunan"], ["semester1"]] as const) {
      const plan = planRecap(book, periods);
      expect(plan.ok).toBe(false);
      if (plan.ok) return;
      expect(blocking(plan.problems)).toEqual([
        expect.objectContaining({
          sheet: "tahunan",
          cell: "A1",
          message: expect.stringContaining("bukan buatan Rekap Kinerja"),
        }),
      ]);
    }
    expect(check(book).problems.map((p) => `${p.sheet}!${p.cell}`)).toContain("tahunan!A1");
  });

  test("a sheet carrying the marker in row 1 is rewritten", () => {
    const book = inputs();
    book.sheets.push(
      sheetOf("Semester I", [["Rekap lama", null, null, AUTO_NOTE], ["ketikan tangan"]])
    );
    expect(isOursToWrite(book, "Semester I")).toBe(true);
    expect(planRecap(book, ["semester1"]).ok).toBe(true);
  });

  test("the marker the recap writes is in its own first row", () => {
    const plan = planRecap(inputs(), ["tahunan"]);
    if (!plan.ok) throw new Error("sample has problems");
    const written = plan.patch.sheets[0];
    const book = inputs();
    book.sheets.push({
      name: written.name,
      rows: [written.rows[0].map((c) => ({ value: c.value }))],
    });
    expect(isOursToWrite(book, "Tahunan")).toBe(true);
  });
});
