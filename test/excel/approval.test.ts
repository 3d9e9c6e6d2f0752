// Approved means frozen, in the strict test host: a Ya writes the very hidden Persetujuan sheet in the
// decision's one write, and the pane's overview names a quarter cell changed afterwards — with the
// figures it moves, worked by hand from the sample: IK-02 (Jumlah, Target Tahunan 120) reports
// 26 + 34 + 29 + 37 = 126, capaian 126 / 120 = 105 %; TW III 29 → 34 gives 131 and 109.17 %.
import { createFakeExcel } from "./fakeExcel";
import { workbook } from "./workbooks";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { recap } from "../../src/app/recap";
import { approve, submitForReview } from "../../src/app/review";
import { loadOverview } from "../../src/app/overview";
import { ALL_PERIODS } from "../../src/core/plan";
import { formatProblem } from "../../src/core/problems";
import { replay, USE_CASES, UseCase } from "./realReplay";

function env() {
  const instants = ["2024-01-15T01:00:00Z", "2024-01-15T01:01:00Z"];
  let i = 0;
  return { now: () => new Date(instants[Math.min(i++, 1)]), user: "Budi", utcOffset: () => 420 };
}

const COLUMNS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

/** The address of `header`'s cell in `kode`'s row, found as a person would: by header and Kode. */
function addressOf(
  fake: ReturnType<typeof createFakeExcel>,
  sheet: string,
  kode: string,
  header: string
) {
  const text = (a: string) => String(fake.cell(sheet, a)?.value ?? "");
  const headerRow = [1, 2, 3].find((r) =>
    COLUMNS.some((c) => text(`${c}${r}`) === "Kode")
  ) as number;
  const col = (h: string) => COLUMNS.find((c) => text(`${c}${headerRow}`) === h) as string;
  let row = headerRow + 1;
  while (text(`${col("Kode")}${row}`) !== kode) row++;
  return `${col(header)}${row}`;
}

test("approve → a quarter cell changed → the pane's overview names the change and the figures it moves", async () => {
  const fake = createFakeExcel(workbook("sample"));
  const gateway = createExcelGateway(fake.host as unknown as ExcelHost);
  expect((await recap(gateway, ALL_PERIODS, env())).ok).toBe(true);
  expect((await submitForReview(gateway, "tahunan", "Dedi", env())).ok).toBe(true);
  const syncs = fake.stats.syncs;
  const ya = await approve(gateway, "tahunan", "Citra", env());
  expect(ya.ok).toBe(true);
  expect(fake.stats.syncs - syncs).toBe(3); // sheet list, input cells, the one write
  expect(fake.sheet("Persetujuan").visibility).toBe("VeryHidden");
  expect(fake.cell("Persetujuan", "K1")?.value).toBe("Hash");

  const before = await loadOverview(gateway);
  const tahunan = () => before.approvals.periods.find((p) => p.period === "tahunan");
  expect(tahunan()).toMatchObject({
    approved: { oleh: "Citra", fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) },
    changes: [],
    problems: [],
  });
  expect(before.approvals.audit).toEqual([]);
  expect(before.process.decisions.find((d) => d.period === "tahunan")).toMatchObject({
    state: "Disetujui",
    allowed: ["submit", "giveBack"],
  });

  const input = addressOf(fake, "TW III", "IK-02", "Realisasi");
  (fake.cell("TW III", input) as { value: unknown }).value = 34;
  const after = await loadOverview(gateway);
  const since = "berubah sejak Tahunan 2023 disetujui";
  const changes = after.approvals.periods.find((p) => p.period === "tahunan")?.changes ?? [];
  expect(changes.map((p) => formatProblem(p))).toEqual([
    `TW III!${input}: IK-02 Realisasi TW III: 29 → 34 — ${since}`,
    `Tahunan!${addressOf(fake, "Tahunan", "IK-02", "Realisasi")}: IK-02 Realisasi: 126 → 131 — ${since}`,
    `Tahunan!${addressOf(fake, "Tahunan", "IK-02", "Capaian (%)")}: IK-02 Capaian (%): 105 → 109.17 — ${since}`,
  ]);
  // The English pane says the same.
  expect(changes[0].text).toEqual({
    key: "approvedChanged",
    params: {
      kode: "IK-02",
      besaran: "Realisasi TW III",
      before: "29",
      after: "34",
      periode: "Tahunan 2023",
    },
  });
});

test("a Ya whose Persetujuan rows outgrow one web request writes them in bands, through Microsoft's client", async () => {
  const useCase = USE_CASES.find((u) => u.name === "approve (after recap)") as UseCase;
  const [write] = await useCase.capture(10);
  // 10 indicators make ~80 Persetujuan rows, ~40 KB: a 20 KB cap splits them into bands, each
  // queued on a fresh range after the sync before it (a proxy from before a sync is invalid).
  const limit = 20_000;
  const recording = await replay(write, { requestLimit: limit });
  expect(recording.problems).toEqual([]);
  expect(recording.requests.length).toBeGreaterThanOrEqual(3);
  for (const request of recording.requests) expect(request.bytes).toBeLessThan(limit);
  const persetujuan = recording.requests.filter((r) => r.body.includes("Persetujuan"));
  expect(persetujuan.length).toBeGreaterThanOrEqual(2);
});
