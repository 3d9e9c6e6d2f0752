// A recap rewrites its sheets whole; what a person typed there is replaced, and the recap says where.
import { bookOf, sheetOf } from "../helpers/book";
import { planRecap } from "../../src/core/plan";
import { AUTO_NOTE } from "../../src/core/ownership";
import { a1, formulaAt, SheetSnapshot } from "../../src/core/workbook";

const inputs = () =>
  bookOf(
    [
      { kode: "IK-01", targetTahunan: 10 },
      { kode: "IK-02", targetTahunan: 20 },
    ],
    { 1: [{ kode: "IK-01", realisasi: 3 }] }
  );

/** The recap's own Tahunan as a snapshot: what a previous run left, formulas and constants. */
function previousTahunan(): SheetSnapshot {
  const plan = planRecap(inputs(), ["tahunan"]);
  if (!plan.ok) throw new Error("fixture has problems");
  const patch = plan.patch.sheets[0];
  const columns = new Map((patch.formulaColumns ?? []).map((f) => [f.col, f]));
  return {
    name: patch.name,
    rows: patch.rows.map((row, r) =>
      row.map((cell, c) => {
        const f = columns.get(c);
        const formula = f && r >= f.firstRow && r <= f.lastRow ? formulaAt(f, r) : cell.formula;
        return formula ? { value: cell.value, formula } : { value: cell.value };
      })
    ),
  };
}

test("a recap over its own previous output reports nothing", () => {
  const book = inputs();
  book.sheets.push(previousTahunan());
  const plan = planRecap(book, ["tahunan"]);
  expect(plan.ok && plan.warnings.filter((w) => /diketik tangan/.test(w.message))).toEqual([]);
});

test("a value typed over a formula and a note beside the table are named", () => {
  const tahunan = previousTahunan();
  expect(tahunan.rows[0].some((c) => c?.value === AUTO_NOTE)).toBe(true);
  tahunan.rows[3][8] = { value: 99 }; // I4: Realisasi of IK-02, typed over its formula
  tahunan.rows[29] = [];
  tahunan.rows[29][13] = { value: "catatan" }; // N30, below the table
  const book = inputs();
  book.sheets.push(tahunan);
  const plan = planRecap(book, ["tahunan"]);
  if (!plan.ok) throw new Error("refused");
  expect(plan.warnings).toContainEqual(
    expect.objectContaining({
      sheet: "Tahunan",
      severity: "warning",
      message: "2 sel yang diketik tangan ditimpa: I4, N30",
    })
  );
  expect(a1(3, 8)).toBe("I4");
});

test("a Kode retyped as another constant is not reported (it cannot be told from an older recap)", () => {
  const tahunan = previousTahunan();
  tahunan.rows[2][1] = { value: "IK-99" };
  const book = { sheets: [...inputs().sheets, tahunan] };
  const plan = planRecap(book, ["tahunan"]);
  expect(plan.ok && plan.warnings.filter((w) => /diketik tangan/.test(w.message))).toEqual([]);
});

test("long lists are cut after ten cells", () => {
  const title = ["t", ...Array.from({ length: 10 }, () => ""), AUTO_NOTE];
  const tahunan = sheetOf("Tahunan", [
    title,
    [],
    ...Array.from({ length: 14 }, () => ["", "", "", "", "", "", "", "", "", "", "", "", "", "x"]),
  ]);
  const book = { sheets: [...inputs().sheets, tahunan] };
  const plan = planRecap(book, ["tahunan"]);
  const warning = plan.ok ? plan.warnings.find((w) => /diketik tangan/.test(w.message)) : undefined;
  expect(warning?.message).toMatch(
    /^14 sel yang diketik tangan ditimpa: N3, N4, .*, N12 dan 4 sel lain$/
  );
});
