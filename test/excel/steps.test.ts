// The SOP's rows through the Office.js adapter: the recap's own step rides in the recap's write (no
// extra round trip), and a decision reads the recap sheet's extent in the same read.
import { createFakeExcel, FakeSheetInit } from "./fakeExcel";
import { workbook } from "./workbooks";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { recap } from "../../src/app/recap";
import { recordStep } from "../../src/app/steps";
import { approve, submitForReview } from "../../src/app/review";
import { ALL_PERIODS } from "../../src/core/plan";
import { DATE_TIME_FORMAT } from "../../src/core/excelDate";
import { TRACKER_SHEET } from "../../src/core/contract";
import { loadOverview } from "../../src/app/overview";

// 08:00 → 08:01 WIB on 15 January 2024 (serial 45306); each call of now() reads the next instant.
function env() {
  const instants = ["2024-01-15T01:00:00Z", "2024-01-15T01:01:00Z"];
  let i = 0;
  return { now: () => new Date(instants[Math.min(i++, 1)]), user: "Budi", utcOffset: () => 420 };
}
const RECAP_SYNCS = 3; // sheet list, input cells, the write — as before the tracker existed

function setUp(sheets: FakeSheetInit[], options: { modern?: boolean } = {}) {
  const fake = createFakeExcel(sheets, options);
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  return { fake, gateway: createExcelGateway(fake.host as unknown as ExcelHost) };
}
const row = (fake: ReturnType<typeof setUp>["fake"], r: number) =>
  "ABCDEFGHIJKLM".split("").map((c) => fake.cell(TRACKER_SHEET, `${c}${r}`)?.value ?? null);

describe("SOP steps through the Excel adapter", () => {
  test("a recap appends its SOP steps in the same write: the sync count is unchanged", async () => {
    const { fake, gateway } = setUp(workbook("sample"));
    const outcome = await recap(gateway, ALL_PERIODS, env());
    expect(outcome.ok).toBe(true);
    expect(fake.stats.syncs).toBe(RECAP_SYNCS);
    expect([2, 3, 4].map((r) => row(fake, r).slice(0, 6))).toEqual([
      [
        1,
        6,
        expect.stringMatching(/^Merekap 2 \(dua\) laporan triwulan/),
        "Semester I 2023",
        "Staf",
        "Budi",
      ],
      [2, 6, expect.stringMatching(/^Merekap 2 \(dua\)/), "Semester II 2023", "Staf", "Budi"],
      [
        3,
        9,
        expect.stringMatching(/^Menyusun 2 \(dua\) laporan semesteran/),
        "Tahunan 2023",
        "Kasubag Perencanaan",
        "Budi",
      ],
    ]);
    const [mulai, selesai, ...rest] = row(fake, 2).slice(6);
    expect(mulai).toBeCloseTo(45306 + 8 / 24, 9);
    expect(selesai).toBeCloseTo(45306 + 8 / 24 + 1 / 1440, 9);
    // One working minute against "2 Hari" is 1/510 Hari: 0 to two decimals, shown with its unit.
    expect(rest).toEqual([0, "2 Hari", "Ya", null, null]);
    expect(fake.cell(TRACKER_SHEET, "I2")?.numberFormat).toBe('General" Hari"');
    expect(fake.cell(TRACKER_SHEET, "G2")?.numberFormat).toBe(DATE_TIME_FORMAT);
    expect(fake.cell(TRACKER_SHEET, "F2")?.numberFormat).toBe("@");
    expect(fake.cell(TRACKER_SHEET, "A5")).toBeUndefined();
  });

  test("without Tahapan SOP the sheet is created and filled in that same write", async () => {
    const { fake, gateway } = setUp(workbook(10, { omit: [TRACKER_SHEET] }), { modern: false });
    await recap(gateway, ["tahunan"], env());
    expect(fake.stats.syncs).toBe(RECAP_SYNCS);
    expect(fake.cell(TRACKER_SHEET, "B1")?.value).toBe("Langkah SOP");
    expect(row(fake, 2).slice(0, 4)).toEqual([1, 9, expect.any(String), "Tahunan 2023"]);
  });

  test("a step recorded twice goes below the last row; each action is one read and one write", async () => {
    const { fake, gateway } = setUp(workbook(5));
    const input = {
      step: 3,
      periode: "tw3" as const,
      name: "Ani",
      startedAt: new Date("2024-01-15T00:58:00Z"),
    };
    await recordStep(gateway, input, env());
    await recordStep(gateway, input, env());
    expect(fake.stats.syncs).toBe(2 * RECAP_SYNCS);
    expect([row(fake, 2), row(fake, 3)].map((r) => [r[0], r[1], r[3], r[8], r[10]])).toEqual([
      [1, 3, "TW III 2023", 2, "Ya"],
      [2, 3, "TW III 2023", 2, "Ya"],
    ]);
  });

  test("in a 1904 workbook a step is written in 1904 serials and read back on its own day, in the same syncs", async () => {
    const fake = createFakeExcel(workbook(5), { date1904: true });
    const gateway = createExcelGateway(fake.host as unknown as ExcelHost);
    const input = { step: 3, periode: "tw3" as const, name: "Ani" };
    await recordStep(gateway, { ...input, startedAt: new Date("2024-01-15T00:58:00Z") }, env());
    expect(fake.stats.syncs).toBe(RECAP_SYNCS);
    // 07:58 → 08:00 WIB on 15 January 2024: serial 45306 in the 1900 system, 43844 in the 1904 one.
    const [mulai, selesai] = row(fake, 2).slice(6, 8) as number[];
    expect(mulai).toBeCloseTo(43844 + (7 + 58 / 60) / 24, 9);
    expect(selesai).toBeCloseTo(43844 + 8 / 24, 9);
    // Both minutes fall within the working hours 07:30–16:00.
    expect(row(fake, 2)[8]).toBe(2);
    const overview = await loadOverview(gateway);
    expect(overview.process.recent.map((r) => r.selesai)).toEqual(["15/01/2024 08:00"]);
  });

  test("approving reads the recap sheet's extent in the same read: refused before the recap, recorded after", async () => {
    const { fake, gateway } = setUp(workbook(12));
    const before = await approve(gateway, "semester2", "Citra", env());
    expect(before).toMatchObject({
      ok: false,
      problems: [
        { sheet: "Tahapan SOP", message: expect.stringMatching(/belum diajukan/) },
        { sheet: "Semester II", message: expect.stringMatching(/belum ada/) },
      ],
    });
    expect(fake.stats.syncs).toBe(2);
    await recap(gateway, ["semester2"], env());
    const submitted = await submitForReview(gateway, "semester2", "Dedi", env());
    expect(submitted).toMatchObject({ ok: true, entry: { langkah: 6, keputusan: "Diajukan" } });
    const syncs = fake.stats.syncs;
    const after = await approve(gateway, "semester2", "Citra", env());
    expect(after).toMatchObject({ ok: true, entry: { langkah: 7, keputusan: "Ya" } });
    expect(fake.stats.syncs - syncs).toBe(RECAP_SYNCS);
    expect(row(fake, 4).slice(0, 6)).toEqual([
      3,
      7,
      "Menyusun laporan semester dan laporan tahunan",
      "Semester II 2023",
      "Kasubag Perencanaan",
      "Citra",
    ]);
    expect(row(fake, 4)[11]).toBe("Ya");
    expect(fake.cell("Log", "C4")?.value).toBe("keputusan Kasubag");
  });
});
