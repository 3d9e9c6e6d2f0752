import fc from "fast-check";
import { bookOf, PkRow, TwRow } from "../helpers/book";
import { planRecap } from "../../src/core/plan";
import { AGREGASI, Quarter, QUARTERS } from "../../src/core/contract";
import { WorkbookSnapshot } from "../../src/core/workbook";

const figure = fc.option(fc.integer({ min: 0, max: 500 }), { nil: null });
const indicatorArb = fc.record({
  agregasi: fc.constantFrom(...AGREGASI),
  polaritas: fc.constantFrom("Positif", "Negatif"),
  targetTahunan: fc.integer({ min: 0, max: 1000 }),
  targets: fc.array(fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }), {
    minLength: 4,
    maxLength: 4,
  }),
  quarters: fc.array(
    fc.tuple(figure, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })),
    { minLength: 4, maxLength: 4 }
  ),
});
const workbookArb = fc.array(indicatorArb, { minLength: 1, maxLength: 12 });

type Ind = typeof indicatorArb extends fc.Arbitrary<infer T> ? T : never;

function build(
  inds: Ind[],
  order: (rows: TwRow[], q: Quarter) => TwRow[] = (r) => r
): WorkbookSnapshot {
  const pk: PkRow[] = inds.map((ind, i) => ({ kode: `K-${i}`, satuan: "Unit", ...ind }));
  const quarters = Object.fromEntries(
    QUARTERS.map((q) => {
      const rows = inds.flatMap((ind, i): TwRow[] => {
        const [real, p, d] = ind.quarters[q - 1];
        if (real === null) return [];
        return [
          ind.agregasi === "Rasio"
            ? { kode: `K-${i}`, pembilang: p, penyebut: d }
            : { kode: `K-${i}`, realisasi: real },
        ];
      });
      return [q, order(rows, q)];
    })
  );
  return bookOf(pk, quarters);
}

const results = (book: WorkbookSnapshot) => {
  const plan = planRecap(book);
  if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
  return plan.results;
};

test("sorting or shuffling a quarter sheet's rows never changes the recap", () => {
  fc.assert(
    fc.property(workbookArb, fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), (inds, seeds) => {
      const shuffled = build(inds, (rows, q) => shuffle(rows, seeds[q - 1]));
      expect(results(shuffled)).toEqual(results(build(inds)));
    }),
    { numRuns: 150 }
  );
});

test("Jumlah of a year equals the sum of the two semesters", () => {
  fc.assert(
    fc.property(workbookArb, (inds) => {
      const [s1, s2, year] = results(build(inds)).map((r) => r.rows);
      year.forEach((row, i) => {
        if (row.indicator.agregasi !== "Jumlah") return;
        const parts = [s1[i].realisasi, s2[i].realisasi].filter((x): x is number => x !== null);
        expect(row.realisasi).toBe(parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0));
      });
    }),
    { numRuns: 150 }
  );
});

test("an unreported quarter always yields Belum lengkap naming it", () => {
  fc.assert(
    fc.property(workbookArb, (inds) => {
      for (const { period, rows } of results(build(inds))) {
        rows.forEach((row, i) => {
          const quarters: Quarter[] =
            period === "semester1" ? [1, 2] : period === "semester2" ? [3, 4] : [1, 2, 3, 4];
          const missing = quarters.filter((q) => inds[i].quarters[q - 1][0] === null);
          if (missing.length === 0) expect(row.status.startsWith("Lengkap")).toBe(true);
          else
            expect(row.status).toContain(
              `Belum lengkap (${missing.map((q) => ["TW I", "TW II", "TW III", "TW IV"][q - 1]).join(", ")})`
            );
        });
      }
    }),
    { numRuns: 150 }
  );
});

function shuffle<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let s = seed + 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
