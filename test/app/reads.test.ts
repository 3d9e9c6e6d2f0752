// Each command reads the workbook once: the model, Pengaturan, the SOP and the step tracker are parsed
// at most once per use case, and approval never builds a recap sheet just to count its rows.
import { memoryGateway } from "./memoryGateway";
import { bookOf, sheetOf } from "../helpers/book";
import { loadOverview } from "../../src/app/overview";
import { loadStatus } from "../../src/app/status";
import { recap } from "../../src/app/recap";
import { recordStep } from "../../src/app/steps";
import { approve, returnForCorrection } from "../../src/app/review";
import { recapCurrency } from "../../src/core/decision";
import { readModel } from "../../src/core/model";
import { PERIODS } from "../../src/core/contract";
import { planRecap } from "../../src/core/plan";
import { buildRecapSheet } from "../../src/core/recapSheet";
import { readSettings } from "../../src/core/settings";
import { readSopSteps } from "../../src/core/sop";
import { readTracker, TRACKER_COLUMNS } from "../../src/core/tracker";
import { AUTO_NOTE } from "../../src/core/ownership";

// Every module is its real self, with the read counted; the factories cannot share a helper (jest
// hoists them above the imports).
jest.mock("../../src/core/model", () => {
  const actual = jest.requireActual("../../src/core/model");
  return { ...actual, readModel: jest.fn(actual.readModel) };
});
jest.mock("../../src/core/settings", () => {
  const actual = jest.requireActual("../../src/core/settings");
  return { ...actual, readSettings: jest.fn(actual.readSettings) };
});
jest.mock("../../src/core/sop", () => {
  const actual = jest.requireActual("../../src/core/sop");
  return { ...actual, readSopSteps: jest.fn(actual.readSopSteps) };
});
jest.mock("../../src/core/tracker", () => {
  const actual = jest.requireActual("../../src/core/tracker");
  return { ...actual, readTracker: jest.fn(actual.readTracker) };
});
jest.mock("../../src/core/recapSheet", () => {
  const actual = jest.requireActual("../../src/core/recapSheet");
  return { ...actual, buildRecapSheet: jest.fn(actual.buildRecapSheet) };
});

const env = { now: () => new Date("2023-07-10T03:00:00Z"), user: "Citra", utcOffset: () => 420 };
const pk = [
  { kode: "A", targetTahunan: 120, targets: [30, 30, 30, 30] },
  { kode: "B", targetTahunan: 10, targets: [5, 5, 0, 0] },
];
const quarters = {
  1: [
    { kode: "A", realisasi: 30 },
    { kode: "B", realisasi: 5 },
  ],
  2: [{ kode: "A", realisasi: 28 }],
};
const settings = sheetOf("Pengaturan", [
  ["Kunci", "Nilai"],
  ["Tahun", "2023"],
]);
// Semester I submitted for review (SOP step 6), so the Kasubag may decide on it.
const tracker = sheetOf("Tahapan SOP", [
  TRACKER_COLUMNS.map((c) => c.header),
  [
    1,
    6,
    "Menyusun laporan",
    "Semester I 2023",
    "Staf",
    "Dedi",
    45110,
    45110.1,
    1,
    "2 Hari",
    "Ya",
    "Diajukan",
    "",
  ],
]);
/** Semester I as the recap leaves it for two indicators: title and marker, header, two rows. */
const semester1 = sheetOf("Semester I", [
  ["Rekap Kinerja Semester I Tahun 2023", AUTO_NOTE],
  ["No", "Kode"],
  [1, "A"],
  [2, "B"],
]);
const book = () => bookOf(pk, quarters, [settings, tracker, semester1]);

const reads = () => ({
  model: jest.mocked(readModel).mock.calls.length,
  settings: jest.mocked(readSettings).mock.calls.length,
  sop: jest.mocked(readSopSteps).mock.calls.length,
  tracker: jest.mocked(readTracker).mock.calls.length,
  recapSheets: jest.mocked(buildRecapSheet).mock.calls.length,
});

beforeEach(() => jest.clearAllMocks());

describe("a command reads the workbook once", () => {
  test("the overview", async () => {
    await loadOverview(memoryGateway(book()).gateway);
    expect(reads()).toEqual({ model: 1, settings: 1, sop: 1, tracker: 1, recapSheets: 0 });
  });

  test("the status, every period's recap currency included", async () => {
    const status = await loadStatus(memoryGateway(book()).gateway);
    expect(status.periods.map((p) => p.recap)).toEqual(["current", "missing", "missing"]);
    expect(reads()).toEqual({ model: 1, settings: 1, sop: 1, tracker: 1, recapSheets: 0 });
  });

  test("the recap", async () => {
    const outcome = await recap(memoryGateway(book()).gateway, ["semester1"], env);
    expect(outcome.ok).toBe(true);
    // Semester I and Tahunan, whose positions a semester borrows: one model read builds both.
    expect(reads()).toEqual({ model: 1, settings: 1, sop: 1, tracker: 1, recapSheets: 2 });
  });

  test("approving builds no recap sheet to count its rows", async () => {
    const outcome = await approve(memoryGateway(book()).gateway, "semester1", "Citra", env);
    expect(outcome.ok).toBe(true);
    expect(reads()).toEqual({ model: 1, settings: 1, sop: 1, tracker: 1, recapSheets: 0 });
  });

  test("returning a report and recording a step do not read the model", async () => {
    await returnForCorrection(memoryGateway(book()).gateway, "semester1", "Citra", "TW II", env);
    expect(reads()).toEqual({ model: 0, settings: 1, sop: 1, tracker: 1, recapSheets: 0 });
    jest.clearAllMocks();
    const input = { step: 2, periode: "tw2" as const, name: "Budi", startedAt: env.now() };
    await recordStep(memoryGateway(book()).gateway, input, env);
    expect(reads()).toEqual({ model: 0, settings: 1, sop: 1, tracker: 1, recapSheets: 0 });
  });
});

test("a recap sheet is current exactly when it has the rows the recap writes", () => {
  for (const period of PERIODS) {
    const plan = planRecap(book(), [period.id]);
    if (!plan.ok) throw new Error("the workbook has problems");
    const rows = plan.patch.sheets[0].rows.length;
    expect(recapCurrency(book(), period.id, rows).state).toBe("current");
    expect(recapCurrency(book(), period.id, rows - 1).state).toBe("stale");
    expect(recapCurrency(book(), period.id, rows + 1).state).toBe("stale");
  }
});
