// The ports of the use cases: what a use case may read, what it may ask to be written, and what it needs
// from the world (a clock, who is acting). Adapters implement them (src/excel for Office.js); tests hand
// use cases in-memory ones. Plain data and one error type, so nothing here knows a host.
import { LogDraft, LogEntry } from "../core/logSheet";
import { NewSheet } from "../core/newSheet";
import type { HolidaySource } from "../core/workingTime";
import { CellEdit, RowAppend, SheetPatch, WorkbookSnapshot } from "../core/workbook";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";
export type SheetInfo = {
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  /** Rows down to the last used one; read for the generated recap sheets only (is a recap current?). */
  usedRows?: number;
};

/** Every worksheet by name; the contract's input sheets with their cells. */
export type WorkbookRead = { book: WorkbookSnapshot; sheets: SheetInfo[] };

/** One column's cells from `fromRow` to `toRow` (0-based, inclusive). */
export type ColumnRange = { col: number; fromRow: number; toRow: number };

export type BandStyle = { label: string; fill: string; font: string };
export type KategoriFormat = { sheet: string; range: ColumnRange; bands: BandStyle[] };

export type ChartSpec = {
  sheet: string;
  /** A chart of this name on the sheet is replaced. */
  name: string;
  title: string;
  seriesName: string;
  categories: ColumnRange;
  values: ColumnRange;
  /** Top-left cell and size in cells. */
  anchor: { row: number; col: number };
  size: { rows: number; cols: number };
};

export type { LogDraft, LogEntry } from "../core/logSheet";

export type WriteBatch = {
  /** Created only when missing: an existing sheet of that name is never touched. */
  create?: NewSheet[];
  /** Generated sheets: unprotected, cleared and written whole (created when missing). */
  rewrite?: SheetPatch[];
  /** Rows appended to the step tracker `Tahapan SOP` (its sheet created first by `create` when missing). */
  append?: RowAppend[];
  /** User cells rewritten as plain numbers ("Perbaiki angka", after the user confirmed). */
  edits?: CellEdit[];
  kategoriFormats?: KategoriFormat[];
  charts?: ChartSpec[];
  /** Appended to the very hidden `Log` sheet (created when missing), sealed by the gateway. */
  log?: LogDraft[];
  /** Sheet to show when done. */
  activate?: string;
};

/** A batch as a writer takes it: its Log entries sealed into the Log's chain (audit.ts sealBatch). */
export type SealedBatch = Omit<WriteBatch, "log"> & { log?: LogEntry[] };

/** What a use case planned from a read: its result, and what to write (nothing when absent). */
export type Planned<T> = { result: T; write?: WriteBatch };

export type WorkbookGateway = {
  read(): Promise<WorkbookRead>;
  /**
   * Reads, lets `plan` decide, seals the Log entries (audit.ts), then writes what it returns — one
   * host batch, constant syncs. A plan is pure; it may be asynchronous only to hash (Web Crypto).
   */
  update<T>(plan: (read: WorkbookRead) => Planned<T> | Promise<Planned<T>>): Promise<T>;
  /** Shows `cell` (A1) of `sheet` selected. */
  select(sheet: string, cell: string): Promise<void>;
  /** Whether `openWorkbook` can work here (ExcelApi 1.8's Excel.createWorkbook). */
  canOpenWorkbook(): boolean;
  /** Opens a new workbook in Excel from .xlsx bytes (base64); ExcelError "apiNotSupported" without 1.8. */
  openWorkbook(base64: string): Promise<void>;
  /** Calls `listener` when a worksheet changes, is added or deleted; null when the host has no events. */
  watch(listener: () => void): Promise<(() => void) | null>;
};

/** Everything a use case needs from the outside world besides the workbook; tests pass fixed ones. */
export type Env = {
  /** The clock. */
  now: () => Date;
  /** Who is acting, as they named themselves (add-ins get no identity without single sign-on). */
  user: string;
  /** Minutes east of UTC on the user's clock at an instant (WIB: 420); this machine's when absent. */
  utcOffset?: (at: Date) => number;
  /** National holidays by year, for a step's working time; Indonesia's (holidays.ts) when absent. */
  holidays?: HolidaySource;
};

/** Why the host refused a batch; src/i18n has one message per kind. */
export type HostErrorKind =
  | "cellEditMode"
  | "itemNotFound"
  | "accessDenied"
  | "payloadTooLarge"
  | "apiNotSupported"
  | "notInExcel"
  | "busy"
  | "unknown";

/** The one error a gateway throws for a host failure; the pane and the ribbon decide how to say it. */
export class ExcelError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "ExcelError";
  }
}

// ---- the compatibility self-test (src/excel/selfTest.ts runs it) ----

export type SelfTestCheckId =
  | "sheet"
  | "broadcastFormula"
  | "broadcastR1C1"
  | "textKode"
  | "conditionalFormat"
  | "dataValidation"
  | "chart"
  | "windowedRead"
  | "dateSystem"
  | "protection"
  | "cleanup";

export type SelfTestFailure =
  /** Excel refused a call: the OfficeExtension.Error code and message. */
  | { kind: "error"; code: string; message: string }
  /** Excel took the call but read back something else. */
  | { kind: "mismatch"; what: string; expected: string; actual: string };

export type SelfTestResult =
  | { id: SelfTestCheckId; status: "pass" | "skipped" }
  | { id: SelfTestCheckId; status: "fail"; failure: SelfTestFailure };

export type SelfTestReport = { sheet: string; results: SelfTestResult[] };

export type HostDiagnostics = {
  /** Office.context.diagnostics; null outside Office (a browser tab, the test harness). */
  office: { host: string; platform: string; version: string } | null;
  /** The highest ExcelApi requirement set the host reports, e.g. "1.17"; null when none. */
  excelApi: string | null;
  userAgent: string | null;
};

/** What the pane's use case needs: the run and the host's description. Tests hand it a fake host. */
export type ExcelSelfTest = {
  run(): Promise<SelfTestReport>;
  diagnostics(): HostDiagnostics;
};
