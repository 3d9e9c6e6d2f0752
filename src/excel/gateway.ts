// The WorkbookGateway over Office.js: one Excel.run per user action, two syncs to read and one to
// write, whatever the workbook's size (test/excel proves the count with an instrumented fake).
import { writeBatch } from "./writeBatch";
import { ExcelError, toExcelError } from "./errors";
import { ExcelHost, officeHost, runExcel } from "./run";
import { readWorkbook } from "./snapshot";
import { sealBatch } from "../app/audit";
import { WorkbookGateway, WriteBatch } from "../app/ports";

export type GatewayOptions = {
  /** Bytes per answer when a read must be windowed (see snapshot.ts). */
  windowBytes?: number;
  /** Writes wait while the user is editing a cell (ribbon buttons) instead of failing. */
  delayForCellEdit?: boolean;
};

const MODERN = "1.9";
/** Excel.createWorkbook(base64). */
const CREATE_WORKBOOK = "1.8";

export function createExcelGateway(
  host: ExcelHost = officeHost(),
  options: GatewayOptions = {}
): WorkbookGateway {
  const modernApi = (): boolean => host.supports(MODERN);
  const canOpenWorkbook = (): boolean =>
    host.createWorkbook !== undefined && host.supports(CREATE_WORKBOOK);
  return {
    read: () =>
      runExcel(host, async (context) => (await readWorkbook(context, options.windowBytes)).read),

    update: (plan) =>
      runExcel(
        host,
        async (context) => {
          const state = await readWorkbook(context, options.windowBytes);
          const { result, write } = await plan(state.read);
          if (write && !isEmpty(write)) {
            await writeBatch(context, state, await sealBatch(state.read.book, write), {
              modernApi: modernApi(),
              requestLimit: host.requestLimit(),
            });
            await context.sync();
          }
          return result;
        },
        { delayForCellEdit: options.delayForCellEdit }
      ),

    select: (sheet, cell) =>
      runExcel(host, async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      }),

    canOpenWorkbook,

    async openWorkbook(base64) {
      if (!canOpenWorkbook() || !host.createWorkbook)
        throw new ExcelError("apiNotSupported", "", "Excel.createWorkbook needs ExcelApi 1.8");
      try {
        await host.createWorkbook(base64);
      } catch (err) {
        throw toExcelError(err);
      }
    },

    async watch(listener) {
      if (!modernApi()) return null;
      // Handlers stay registered for the life of the pane; unsubscribing only silences them. Removing
      // them for real needs a second Excel.run on the registration's context, which buys nothing here.
      let active = true;
      const handler = async (): Promise<void> => {
        if (active) listener();
      };
      await runExcel(host, async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.onChanged.add(handler);
        worksheets.onAdded.add(handler);
        worksheets.onDeleted.add(handler);
        await context.sync();
      });
      return () => {
        active = false;
      };
    },
  };
}

function isEmpty(batch: WriteBatch): boolean {
  return (
    !batch.create?.length &&
    !batch.rewrite?.length &&
    !batch.edits?.length &&
    !batch.append?.length &&
    !batch.kategoriFormats?.length &&
    !batch.charts?.length &&
    !batch.log?.length &&
    !batch.activate
  );
}
