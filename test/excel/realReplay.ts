// The add-in's write paths replayed through Microsoft's real client library (test/excel/realClient.ts).
// Each use case runs on the instrumented fake, which answers the reads (earlier steps, such as the
// recap before an approval, are written to it as usual); the WriteBatch the use case decides and the
// ReadState it decided on are captured, then handed to the adapter's writer on a recording context.
// Used by test/excel/realClient.test.ts and scripts/bench-addin.js.
import { createFakeExcel, FakeSheetInit } from "./fakeExcel";
import { workbook } from "./workbooks";
import { createRecordingContext, Recording, RecordingOptions } from "./realClient";
import { writeBatch as queueBatch } from "../../src/excel/writeBatch";
import { WEB_REQUEST_LIMIT } from "../../src/excel/budget";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost, runExcel } from "../../src/excel/run";
import { readWorkbook, ReadState } from "../../src/excel/snapshot";
import { SealedBatch, WorkbookGateway } from "../../src/app/ports";
import { sealBatch } from "../../src/app/audit";
import { setUpWorkbook } from "../../src/app/setup";
import { recap } from "../../src/app/recap";
import { applyFixes, previewFixes } from "../../src/app/fix";
import { recordStep } from "../../src/app/steps";
import { approve, returnForCorrection, submitForReview } from "../../src/app/review";
import { openReportWorkbook, prepareReport } from "../../src/app/report";
import { reportXlsx } from "../../src/report/xlsx";
import { ALL_PERIODS } from "../../src/core/plan";
import { PeriodId, PK_SHEET, SETTINGS_SHEET } from "../../src/core/contract";
import { Env } from "../../src/app/log";

/** Staff submit `period` for review, as the SOP's step 6 wants before the Kasubag decides. */
async function submitted(gateway: WorkbookGateway, period: PeriodId): Promise<void> {
  const outcome = await submitForReview(gateway, period, "Dedi", env());
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("; "));
}

/**
 * The adapter's writer exactly as the gateway calls it (src/excel/gateway.ts `update`). When
 * queueBatch's signature changes (async, more options), this is the one place to follow it.
 */
export async function writeBatch(
  context: Excel.RequestContext,
  state: ReadState,
  batch: SealedBatch,
  modernApi: boolean,
  requestLimit: number | null
): Promise<void> {
  await queueBatch(context, state, batch, { modernApi, requestLimit });
  await context.sync();
}

/** One write the add-in sends: a queued WriteBatch, or Excel.createWorkbook with a report file. */
export type Captured =
  | { kind: "batch"; state: ReadState; batch: SealedBatch }
  | { kind: "createWorkbook"; base64: string };

export type UseCase = {
  name: string;
  /** False when the write does not depend on the number of indicators (run once, at the first size). */
  sized: boolean;
  capture(n: number): Promise<Captured[]>;
};

const env = (): Env => {
  // Each use case reads the clock two or three times; successive instants, a minute apart, in WIB.
  let minute = 0;
  return {
    now: () => new Date(Date.UTC(2024, 0, 15, 1, minute++)),
    user: "Budi",
    utcOffset: () => 420,
  };
};

function fakeGateway(sheets: FakeSheetInit[]) {
  const fake = createFakeExcel(sheets);
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  const host = fake.host as unknown as ExcelHost;
  return { fake, host, gateway: createExcelGateway(host) };
}

/**
 * The real gateway over the fake, except that `update` reads through the adapter's own reader
 * (snapshot.ts) and keeps the decided write with the ReadState it was decided on instead of writing
 * it: the captured write goes to the real client only, whatever the fake would make of it.
 */
function capturing(host: ExcelHost, gateway: WorkbookGateway, sink: Captured[]): WorkbookGateway {
  return {
    ...gateway,
    update: async (decide) => {
      const state = await runExcel(host, (context) => readWorkbook(context));
      const { result, write } = await decide(state.read);
      if (write)
        sink.push({ kind: "batch", state, batch: await sealBatch(state.read.book, write) });
      return result;
    },
    openWorkbook: async (base64) => {
      sink.push({ kind: "createWorkbook", base64 });
    },
    canOpenWorkbook: () => true,
  };
}

/** Runs `act` on a fake holding `sheets` after `before` (not captured); returns the captured writes. */
async function captureOn(
  sheets: FakeSheetInit[],
  act: (gateway: WorkbookGateway) => Promise<unknown>,
  before?: (gateway: WorkbookGateway) => Promise<unknown>
): Promise<Captured[]> {
  const { host, gateway } = fakeGateway(sheets);
  if (before) await before(gateway);
  const sink: Captured[] = [];
  await act(capturing(host, gateway, sink));
  if (sink.length === 0) throw new Error("the use case wrote nothing");
  return sink;
}

/** The workbook with a typo in every tenth TW III Realisasi: text with a decimal comma. */
function withTypos(n: number): FakeSheetInit[] {
  const sheets = workbook(n);
  const tw3 = sheets.find((s) => s.name === "TW III") as FakeSheetInit;
  for (let i = 0; i < n; i += 10) {
    const row = tw3.rows[2 + i];
    const cell = row?.[4];
    if (cell && typeof cell === "object" && "value" in cell && !cell.formula) {
      if (typeof cell.value === "number") row[4] = { value: `${cell.value},5` };
    }
  }
  return sheets;
}

export const USE_CASES: readonly UseCase[] = [
  {
    name: "setup, empty workbook",
    sized: false,
    capture: () =>
      captureOn([{ name: "Sheet1", rows: [] }], (gateway) => setUpWorkbook(gateway, env())),
  },
  {
    name: "setup, Pengaturan + PK",
    sized: true,
    capture: (n) =>
      captureOn(
        workbook(n).filter((s) => s.name === SETTINGS_SHEET || s.name === PK_SHEET),
        (gateway) => setUpWorkbook(gateway, env())
      ),
  },
  {
    name: "recap, all periods",
    sized: true,
    capture: (n) => captureOn(workbook(n), (gateway) => recap(gateway, ALL_PERIODS, env())),
  },
  {
    name: "recap again (replaces)",
    sized: true,
    capture: (n) =>
      captureOn(
        workbook(n),
        (gateway) => recap(gateway, ALL_PERIODS, env()),
        (gateway) => recap(gateway, ALL_PERIODS, env())
      ),
  },
  {
    name: "fix numbers",
    sized: true,
    capture: (n) =>
      captureOn(withTypos(n), async (gateway) => {
        const preview = await previewFixes(gateway);
        if (preview.edits.length === 0) throw new Error("no typos to fix");
        return applyFixes(gateway, preview.edits, env());
      }),
  },
  {
    name: "record SOP step",
    sized: true,
    capture: (n) =>
      captureOn(workbook(n), (gateway) =>
        recordStep(
          gateway,
          { step: 3, periode: "tw3", name: "Ani", startedAt: new Date("2024-01-15T00:58:00Z") },
          env()
        )
      ),
  },
  {
    name: "approve (after recap)",
    sized: true,
    capture: (n) =>
      captureOn(
        workbook(n),
        async (gateway) => {
          const outcome = await approve(gateway, "tahunan", "Citra", env());
          if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("; "));
        },
        async (gateway) => {
          await recap(gateway, ALL_PERIODS, env());
          await submitted(gateway, "tahunan");
        }
      ),
  },
  {
    name: "submit for review (after recap)",
    sized: true,
    capture: (n) =>
      captureOn(
        workbook(n),
        (gateway) => submitted(gateway, "semester1"),
        (gateway) => recap(gateway, ALL_PERIODS, env())
      ),
  },
  {
    name: "return for correction",
    sized: true,
    capture: (n) =>
      captureOn(
        workbook(n),
        (gateway) =>
          returnForCorrection(
            gateway,
            "semester1",
            "Citra",
            "Realisasi TW II belum lengkap",
            env()
          ),
        async (gateway) => {
          await recap(gateway, ALL_PERIODS, env());
          await submitted(gateway, "semester1");
        }
      ),
  },
  {
    name: "report workbook",
    sized: true,
    capture: (n) =>
      captureOn(workbook(n), async (gateway) => {
        const prepared = await prepareReport(gateway, "tahunan", env());
        if (!prepared.ok) throw new Error("report refused");
        await openReportWorkbook(gateway, prepared, reportXlsx);
      }),
  },
];

/** Sends one captured write through the real client on a fresh recording context. */
/** `requestLimit`: a cap other than the platform's, to make small batches span several requests. */
export async function replay(
  write: Captured,
  options: RecordingOptions & { modernApi?: boolean; requestLimit?: number } = {}
): Promise<Recording> {
  const recording = createRecordingContext(options);
  if (write.kind === "batch")
    await writeBatch(
      recording.context,
      write.state,
      write.batch,
      options.modernApi ?? true,
      // The cap the adapter's host reports for that platform (src/excel/run.ts officeHost).
      options.requestLimit ??
        ((options.platform ?? "OfficeOnline") === "OfficeOnline" ? WEB_REQUEST_LIMIT : null)
    );
  else await recording.createWorkbook(write.base64);
  return recording;
}

/** The adapter's gateway straight on a recording context, for the actions that need no read. */
export function recordingGateway(recording: Recording, modern = true): WorkbookGateway {
  return createExcelGateway({
    run: (batch) => batch(recording.context),
    supports: () => modern,
    requestLimit: () => WEB_REQUEST_LIMIT,
  });
}
