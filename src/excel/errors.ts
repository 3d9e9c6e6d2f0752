// Office.js failures as typed errors. The adapter throws them; the pane and the ribbon decide how to
// say them (src/i18n has one message per kind). Codes come from OfficeExtension.Error.code.

export type ExcelErrorKind =
  | "cellEditMode"
  | "itemNotFound"
  | "accessDenied"
  | "payloadTooLarge"
  | "apiNotSupported"
  | "notInExcel"
  | "busy"
  | "unknown";

const BY_CODE: Record<string, ExcelErrorKind> = {
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

export class ExcelError extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "ExcelError";
  }
}

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
