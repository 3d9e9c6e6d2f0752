// Office.js failures as the ports' typed error (src/app/ports.ts). The adapter throws them; the pane
// and the ribbon decide how to say them. Codes come from OfficeExtension.Error.code.
import { ExcelError, HostErrorKind } from "../app/ports";

export { ExcelError };

const BY_CODE: Record<string, HostErrorKind> = {
  InvalidOperationInCellEditMode: "cellEditMode",
  ItemNotFound: "itemNotFound",
  AccessDenied: "accessDenied",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  ApiNotFound: "apiNotSupported",
  UnsupportedOperation: "apiNotSupported",
  ActivityLimitReached: "busy",
  RequestAborted: "busy",
  ServiceNotAvailable: "busy",
  Conflict: "busy",
};

/**
 * Duck-typed on `code` rather than `instanceof OfficeExtension.Error`: the class is absent outside
 * Office (tests, the browser harness) and a missing global must not turn every failure into a crash.
 */
export function toExcelError(err: unknown): ExcelError {
  if (err instanceof ExcelError) return err;
  const { code, message } = codeAndMessage(err);
  // Some hosts report cell-edit mode as a plain InvalidOperation; only its message tells.
  if (code === "InvalidOperation" && /cell[- ]?edit|edit(ing)? a cell|edit mode/i.test(message))
    return new ExcelError("cellEditMode", code, message);
  return new ExcelError(BY_CODE[code] ?? "unknown", code, message);
}

function codeAndMessage(err: unknown): { code: string; message: string } {
  const code =
    typeof err === "object" && err !== null && "code" in err
      ? String((err as { code: unknown }).code)
      : "";
  const message =
    err instanceof Error
      ? err.message
      : typeof err === "object" && err !== null && "message" in err
        ? String((err as { message: unknown }).message)
        : String(err);
  return { code, message };
}
