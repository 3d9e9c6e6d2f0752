// The one wrapper around Excel.run: every batch of the add-in goes through here, so every Office.js
// failure reaches callers as an ExcelError (src/excel/errors.ts) and never as a raw RichApi error.
import { ExcelError, toExcelError } from "./errors";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** What the adapter needs from its host; production reads the Office globals, tests pass a fake. */
export type ExcelHost = {
  run<T>(batch: Batch<T>): Promise<T>;
  /** Requirement-set check, e.g. supports("1.9") for ExcelApi 1.9. */
  supports(version: string): boolean;
  /** Excel.createWorkbook where the library has it; not a batch, so not inside `run`. */
  createWorkbook?: (base64: string) => Promise<void>;
};

export async function runExcel<T>(host: ExcelHost, batch: Batch<T>): Promise<T> {
  try {
    return await host.run(batch);
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
    run<T>(batch: Batch<T>): Promise<T> {
      if (typeof Excel === "undefined")
        return Promise.reject(new ExcelError("notInExcel", "", "Excel is not available"));
      return Excel.run(batch);
    },
    supports(version: string): boolean {
      const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
      return requirements ? requirements.isSetSupported("ExcelApi", version) : false;
    },
    createWorkbook:
      typeof Excel !== "undefined" && typeof Excel.createWorkbook === "function"
        ? (base64) => Excel.createWorkbook(base64)
        : undefined,
  };
}
