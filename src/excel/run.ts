// The one wrapper around Excel.run: every batch of the add-in goes through here, so every Office.js
// failure reaches callers as an ExcelError (src/excel/errors.ts) and never as a raw RichApi error.
import { WEB_REQUEST_LIMIT } from "./budget";
import { ExcelError, toExcelError } from "./errors";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export type RunOptions = {
  /**
   * Wait for the user to leave cell-edit mode instead of failing (Excel.RunOptions.delayForCellEdit,
   * "Delay execution while cell is being edited"): for writes a ribbon button starts while the user
   * may still be typing in a cell.
   */
  delayForCellEdit?: boolean;
};

/** What the adapter needs from its host; production reads the Office globals, tests pass a fake. */
export type ExcelHost = {
  run<T>(batch: Batch<T>, options?: RunOptions): Promise<T>;
  /** Requirement-set check, e.g. supports("1.9") for ExcelApi 1.9. */
  supports(version: string): boolean;
  /** The host's cap on one request in bytes: 5 MB on Excel on the web, none (null) on desktop. */
  requestLimit(): number | null;
  /** Excel.createWorkbook where the library has it; not a batch, so not inside `run`. */
  createWorkbook?: (base64: string) => Promise<void>;
};

export async function runExcel<T>(
  host: ExcelHost,
  batch: Batch<T>,
  options?: RunOptions
): Promise<T> {
  try {
    return await host.run(batch, options);
  } catch (err) {
    throw toExcelError(err);
  }
}

/**
 * The real host. Outside Excel (a browser tab, the Playwright harness without a fake) `Excel` and
 * `Office.context.requirements` are undefined; say so as a typed error instead of a TypeError.
 */
export function officeHost(): ExcelHost {
  return {
    run<T>(batch: Batch<T>, options?: RunOptions): Promise<T> {
      if (typeof Excel === "undefined")
        return Promise.reject(new ExcelError("notInExcel", "", "Excel is not available"));
      return options?.delayForCellEdit
        ? Excel.run({ delayForCellEdit: true }, batch)
        : Excel.run(batch);
    },
    supports(version: string): boolean {
      const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
      return requirements ? requirements.isSetSupported("ExcelApi", version) : false;
    },
    requestLimit(): number | null {
      // Office.PlatformType.OfficeOnline, by value: the enum is absent outside Office.
      const platform = typeof Office === "undefined" ? undefined : Office.context?.platform;
      return String(platform) === "OfficeOnline" ? WEB_REQUEST_LIMIT : null;
    },
    createWorkbook:
      typeof Excel !== "undefined" && typeof Excel.createWorkbook === "function"
        ? (base64) => Excel.createWorkbook(base64)
        : undefined,
  };
}
