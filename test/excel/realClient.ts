// Microsoft's real Office.js client library (the npm copy of what the CDN serves Excel on the web) run
// in Node, with a request executor that records every request body instead of sending it. The adapter's
// batches then go through the library's own proxies, argument handling and serialisation (including
// its splitting of large 2-D writes), so a test sees the exact JSON Excel would receive and its size.
//
// Loading: the library expects a browser global scope (it writes `window.Microsoft` and then reads the
// bare name `Microsoft`), so it runs in its own `vm` context whose global object is its `window`. Nothing
// reaches this process's globals; each module registry (a jest test file, the bench) loads it once.
//
// Answers are empty (`{ErrorCode: "", Body: {Results: []}}`): writes succeed, loads stay unloaded. Only
// write paths are meaningful here; reads come from the instrumented fake (test/excel/fakeExcel.ts).
import fs from "fs";
import vm from "vm";

const LIBRARY = "@microsoft/office-js/dist/excel-web-16.00.debug.js";
/** Excel on the web's cap on one request (and one answer): RequestPayloadSizeLimitExceeded above it. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;

export type RecordedRequest = {
  /** JSON.stringify of the request's Body, exactly as OfficeJsRequestExecutor sends it. */
  body: string;
  /** UTF-8 bytes of `body`. */
  bytes: number;
  /** Actions in the request, Instantiate ones included. */
  actions: number;
  /** Object paths the request carries. */
  objectPaths: number;
  /** Answered with RequestPayloadSizeLimitExceeded (only with the `requestLimit` option). */
  refused: boolean;
};

/** A requirement set, e.g. { set: "ExcelApi", version: "1.9" }. */
export type Requirement = { set: string; version: string };

export type RecordingOptions = {
  /**
   * Requirement sets the simulated host supports, capped at these versions, e.g. { ExcelApi: "1.8" }.
   * Sets not named are supported. The library then throws ApiNotFound synchronously for methods and
   * object getters above the cap (its own `_throwIfApiNotSupported`, switched on by loadOfficeJs);
   * `outsideRequirements()` checks every recorded call, property setters included, against the
   * library's own table.
   */
  requirementSets?: Record<string, string>;
  /** `Office.context.platform`; "OfficeOnline" (the default) makes Excel.createWorkbook use the web path. */
  platform?: "OfficeOnline" | "PC" | "Mac";
  /** Answer a request above this many bytes with RequestPayloadSizeLimitExceeded, as Excel on the web does. */
  requestLimit?: number;
  /** Keep each body's text in `requests` (default true); the bench turns it off to save memory. */
  keepBodies?: boolean;
};

export type Recording = {
  context: Excel.RequestContext;
  requests: RecordedRequest[];
  /** Every API member the recorded requests used, e.g. "Range.formulasR1C1", sorted, distinct. */
  calls(): string[];
  /** Calls with their requirement set, from the library's own checks (ExcelApi 1.1 when it has none). */
  requirements(): Map<string, Requirement>;
  /** Calls the `requirementSets` option does not cover. */
  outsideRequirements(): string[];
  /** What Excel itself would refuse that the client library passes on: shapes, sheet names, borders. */
  problems: string[];
  /** Excel.createWorkbook(base64) through this recording's executor. */
  createWorkbook(base64: string): Promise<void>;
  /** The loaded library's Excel namespace (for Excel.run and enums). */
  excel: typeof Excel;
};

type ObjectPathInfo = {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  T?: string;
};
type ActionInfo = {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
};
type RequestBody = { Actions: ActionInfo[]; ObjectPaths: Record<string, ObjectPathInfo> };
type Response = {
  ErrorCode: string;
  ErrorMessage: string;
  HttpStatusCode: number;
  Headers: Record<string, string>;
  Body: unknown;
};
type Executor = {
  executeAsync(customData: unknown, flags: number, msg: { Body: RequestBody }): Promise<Response>;
};
type Library = {
  Excel: typeof Excel;
  OfficeExtension: {
    SessionBase: (new () => object) & { _overrideSession?: object };
    _internalConfig: { appendTypeNameToObjectPathInfo: boolean };
    CommonUtility: { _doApiNotSupportedCheck: boolean };
    _testSetRichApiMessageReadyImpl(impl: () => Promise<unknown>): void;
  };
  /** Mutable host state the stubbed `Office.context` answers from. */
  host: { sets: Record<string, string>; platform: string };
  /** Member → requirement, from the library's `_throwIfApiNotSupported` calls. */
  table: Map<string, Requirement>;
};

// ActionType and ObjectPathType values of the RichApi protocol (OfficeExtension's ActionFactory).
const ACTION_METHOD = 3;
const ACTION_SET_PROPERTY = 4;
const ACTION_QUERY = 2;
const PATH_GLOBAL = 1;
const PATH_METHOD = 3;
const PATH_PROPERTY = 4;
const PATH_INDEXER = 5;

let loaded: Library | undefined;

/** Loads the library once per module registry, in a vm context of its own. */
export function loadOfficeJs(): Library {
  if (loaded) return loaded;
  const file = require.resolve(LIBRARY);
  const source = fs.readFileSync(file, "utf8");
  const host = { sets: {} as Record<string, string>, platform: "OfficeOnline" };
  const sandbox: Record<string, unknown> = {
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    // The library logs only when its own debug flags are on; keep anything else out of test output.
    console: { log() {}, info() {}, warn() {}, error() {}, debug() {} },
    navigator: { userAgent: "node" },
  };
  const context = vm.createContext(sandbox);
  vm.runInContext("this.window = this; this.self = this;", context);
  vm.runInContext(source, context, { filename: file });
  const lib = sandbox as unknown as {
    Excel: Library["Excel"];
    OfficeExtension: Library["OfficeExtension"];
    Office: object;
  };
  // The library asks `window.Office.context.requirements.isSetSupported` before ApiSet-gated calls, and
  // `window.Office.context.platform` in Excel.createWorkbook. Office.context is a getter-only property
  // (undefined outside a host), so the global `Office` becomes an object inheriting the library's one
  // with its own `context`.
  const requirements = {
    isSetSupported: (name: string, version?: string): boolean => {
      const cap = host.sets[name];
      return cap === undefined || compareVersions(version ?? "1.1", cap) <= 0;
    },
  };
  sandbox.Office = Object.create(lib.Office, {
    context: {
      value: Object.defineProperty({ requirements }, "platform", { get: () => host.platform }),
    },
  });
  // The library's last line sets `Utility._doApiNotSupportedCheck = true`, but the check reads
  // `CommonUtility._doApiNotSupportedCheck` (Utility's base class), which stays false: in this build
  // `_throwIfApiNotSupported` never throws. Switched on here, so a capped `requirementSets` is enforced.
  lib.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
  // Event handlers (worksheets.onChanged.add) wait for the host's RichApi message channel, which Node
  // lacks; the library's own test hook declares it ready. Their `_Register…Event` calls still travel
  // in the request body like any other method.
  lib.OfficeExtension._testSetRichApiMessageReadyImpl(() => Promise.resolve());
  // Object paths then carry their client class (`T`), which names the calls; it is removed from the
  // body before it is measured or kept, so the recorded text is what Excel receives.
  lib.OfficeExtension._internalConfig.appendTypeNameToObjectPathInfo = true;
  loaded = {
    Excel: lib.Excel,
    OfficeExtension: lib.OfficeExtension,
    host,
    table: requirementTable(source),
  };
  return loaded;
}

/** `_throwIfApiNotSupported("Range.hasSpill", _defaultApiSetName, "1.12", _hostName)` in Excel's part. */
function requirementTable(source: string): Map<string, Requirement> {
  // Excel's namespace, whose `_defaultApiSetName` is "ExcelApi" (the shared parts before have others).
  const excelPart = source.slice(source.indexOf("\nvar Excel;"));
  const table = new Map<string, Requirement>();
  const check = /_throwIfApiNotSupported\("([\w.]+)", (_defaultApiSetName|"\w+"), "([\d.]+)"/g;
  for (const m of excelPart.matchAll(check)) {
    const set = m[2] === "_defaultApiSetName" ? "ExcelApi" : m[2].slice(1, -1);
    if (!table.has(m[1])) table.set(m[1], { set, version: m[3] });
  }
  return table;
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The requirement of a call as the library checks it; members it never checks are ExcelApi 1.1. */
export function requirementOf(call: string): Requirement {
  return loadOfficeJs().table.get(call) ?? { set: "ExcelApi", version: "1.1" };
}

/** A new request context whose every `sync()` is recorded; see RecordingOptions. */
export function createRecordingContext(options: RecordingOptions = {}): Recording {
  const lib = loadOfficeJs();
  const requests: RecordedRequest[] = [];
  const calls = new Set<string>();
  const problems: string[] = [];
  const keep = options.keepBodies ?? true;
  const sets = options.requirementSets ?? {};
  const platform = options.platform ?? "OfficeOnline";
  const executor: Executor = {
    executeAsync(customData, _flags, msg) {
      // Excel.createWorkbook on the web runs on a "WacPartition" context whose root has no class name.
      const root = customData === "WacPartition" ? "WacWorkbook" : "Workbook";
      const { body, types } = serialise(msg.Body, root);
      const bytes = Buffer.byteLength(body, "utf8");
      analyse(msg.Body, types, calls, problems);
      const refused = options.requestLimit !== undefined && bytes > options.requestLimit;
      requests.push({
        body: keep ? body : "",
        bytes,
        actions: msg.Body.Actions.length,
        objectPaths: Object.keys(msg.Body.ObjectPaths).length,
        refused,
      });
      return Promise.resolve(
        refused
          ? {
              ErrorCode: "RequestPayloadSizeLimitExceeded",
              ErrorMessage: `The request payload size has exceeded the limit (${bytes} bytes).`,
              HttpStatusCode: 413,
              Headers: {},
              Body: null,
            }
          : {
              ErrorCode: "",
              ErrorMessage: "",
              HttpStatusCode: 200,
              Headers: {},
              Body: { Results: [] },
            }
      );
    },
  };
  // A session per recording: a request context takes the override session when it is constructed
  // (Excel.run and Excel.createWorkbook construct theirs), so `activate` precedes each construction.
  class RecordingSession extends lib.OfficeExtension.SessionBase {
    _resolveRequestUrlAndHeaderInfo(): Promise<{ url: string; headers: Record<string, string> }> {
      return Promise.resolve({ url: "", headers: {} });
    }
    _createRequestExecutorOrNull(): Executor {
      return executor;
    }
    getEventRegistration(): null {
      return null;
    }
  }
  const session = new RecordingSession();
  const activate = (): void => {
    lib.OfficeExtension.SessionBase._overrideSession = session;
    lib.host.sets = sets;
    lib.host.platform = platform;
  };
  activate();
  const context = new lib.Excel.RequestContext();
  const requirements = (): Map<string, Requirement> =>
    new Map([...calls].sort().map((c) => [c, requirementOf(c)]));
  return {
    context,
    requests,
    calls: () => [...calls].sort(),
    requirements,
    outsideRequirements: () =>
      [...requirements()]
        .filter(([, r]) => sets[r.set] !== undefined && compareVersions(r.version, sets[r.set]) > 0)
        .map(([call, r]) => `${call} (${r.set} ${r.version})`),
    problems,
    createWorkbook(base64) {
      activate();
      calls.add("Excel.createWorkbook");
      return lib.Excel.createWorkbook(base64);
    },
    excel: lib.Excel,
  };
}

/** The body as sent: the `T` type names (our addition) are taken out for the text, then put back. */
function serialise(body: RequestBody, root: string): { body: string; types: Map<number, string> } {
  const types = new Map<number, string>();
  const typed: ObjectPathInfo[] = [];
  for (const p of Object.values(body.ObjectPaths)) {
    if (p.T !== undefined) {
      types.set(p.Id, p.T);
      typed.push(p);
      delete p.T;
    } else if (p.ObjectPathType === PATH_GLOBAL) types.set(p.Id, root);
  }
  const text = JSON.stringify(body);
  for (const p of typed) p.T = types.get(p.Id);
  return { body: text, types };
}

const jsName = (wire: string): string =>
  wire.startsWith("_") ? wire : wire.charAt(0).toLowerCase() + wire.slice(1);

// ---- What Excel checks on its side ---------------------------------------------------------------
// The client library passes any 2-D array on; Excel refuses a wrong shape for the whole batch
// ("The number of rows or columns in the input array doesn't match the size or dimensions of the
// range", office-js#1025). Ranges are followed through the paths the adapter and the library use.

type Box = { r0: number; c0: number; r1: number; c1: number };
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const SHAPED = new Set(["Values", "Formulas", "FormulasLocal", "FormulasR1C1", "NumberFormat"]);
const BAD_NAME = /[[\]:*?/\\]/;

function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

function parseAddress(address: string): Box | null {
  const part = (s: string): { r: number | null; c: number | null } | null => {
    const m = /^\$?([A-Z]*)\$?(\d*)$/.exec(s.toUpperCase());
    if (!m || (!m[1] && !m[2])) return null;
    return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.split(":");
  const [p, q] = [part(a), part(b)];
  if (!p || !q) return null;
  return {
    r0: p.r ?? 0,
    c0: p.c ?? 0,
    r1: q.r ?? (p.r === null ? MAX_ROWS - 1 : p.r),
    c1: q.c ?? (p.c === null ? MAX_COLS - 1 : p.c),
  };
}

const rowsOf = (b: Box): number => b.r1 - b.r0 + 1;
const colsOf = (b: Box): number => b.c1 - b.c0 + 1;

function analyse(
  body: RequestBody,
  types: Map<number, string>,
  calls: Set<string>,
  problems: string[]
): void {
  const paths = body.ObjectPaths;
  const typeOf = (id: number | undefined): string =>
    id === undefined ? "?" : (types.get(id) ?? "?");
  const boxes = new Map<number, Box | null>();
  const boxOf = (id: number | undefined): Box | null => {
    if (id === undefined) return null;
    if (boxes.has(id)) return boxes.get(id) ?? null;
    boxes.set(id, null); // cycles cannot happen, but a guard costs nothing
    const p = paths[String(id)];
    const box = p ? derive(p) : null;
    boxes.set(id, box);
    return box;
  };
  const derive = (p: ObjectPathInfo): Box | null => {
    const args = p.ArgumentInfo?.Arguments ?? [];
    const parent = p.ParentObjectPathId;
    const parentType = typeOf(parent);
    if (p.ObjectPathType !== PATH_METHOD) return null;
    if (parentType === "Worksheet" && p.Name === "GetRange")
      return typeof args[0] === "string" && args[0] !== ""
        ? parseAddress(args[0])
        : { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 };
    if (parentType !== "Range") return null;
    const base = boxOf(parent);
    if (!base) return null;
    switch (p.Name) {
      case "GetRow":
        return { ...base, r0: base.r0 + Number(args[0]), r1: base.r0 + Number(args[0]) };
      case "GetColumn":
        return { ...base, c0: base.c0 + Number(args[0]), c1: base.c0 + Number(args[0]) };
      case "GetCell": {
        const [r, c] = [base.r0 + Number(args[0]), base.c0 + Number(args[1])];
        return { r0: r, c0: c, r1: r, c1: c };
      }
      case "GetEntireColumn":
        return { ...base, r0: 0, r1: MAX_ROWS - 1 };
      case "GetEntireRow":
        return { ...base, c0: 0, c1: MAX_COLS - 1 };
      case "GetBoundingRect": {
        const other =
          typeof args[0] === "string"
            ? parseAddress(args[0])
            : boxOf(p.ArgumentInfo?.ReferencedObjectPathIds?.[0] ?? undefined);
        if (!other) return null;
        return {
          r0: Math.min(base.r0, other.r0),
          c0: Math.min(base.c0, other.c0),
          r1: Math.max(base.r1, other.r1),
          c1: Math.max(base.c1, other.c1),
        };
      }
      default:
        return null;
    }
  };
  const where = (id: number): string => {
    const b = boxOf(id);
    return b ? `${rowsOf(b)}×${colsOf(b)} range` : "range";
  };

  const added = new Map<string, string>();
  for (const p of Object.values(paths)) {
    if (p.ParentObjectPathId === undefined) continue;
    const parentType = typeOf(p.ParentObjectPathId);
    if (p.ObjectPathType === PATH_METHOD || p.ObjectPathType === PATH_PROPERTY)
      calls.add(`${parentType}.${jsName(p.Name)}`);
    else if (p.ObjectPathType === PATH_INDEXER) calls.add(`${parentType}.getItem`);
    const args = p.ArgumentInfo?.Arguments ?? [];
    if (parentType === "WorksheetCollection" && p.Name === "Add" && typeof args[0] === "string") {
      const name = args[0];
      const key = name.toUpperCase();
      if (added.has(key)) problems.push(`worksheets.add("${name}"): "${added.get(key)}" added too`);
      added.set(key, name);
      if (name.length === 0 || name.length > 31 || BAD_NAME.test(name) || /^'|'$/.test(name))
        problems.push(`worksheets.add("${name}"): not a valid sheet name`);
      if (key === "HISTORY") problems.push(`worksheets.add("${name}"): reserved by Excel`);
    }
    if (parentType === "RangeBorderCollection" && typeof args[0] === "string") {
      const format = paths[String(p.ParentObjectPathId)]?.ParentObjectPathId;
      const range = format === undefined ? undefined : paths[String(format)]?.ParentObjectPathId;
      const box = boxOf(range);
      if (box && args[0] === "InsideVertical" && colsOf(box) === 1)
        problems.push(
          `borders.getItem("InsideVertical") on a one-column ${where(range as number)}`
        );
      if (box && args[0] === "InsideHorizontal" && rowsOf(box) === 1)
        problems.push(`borders.getItem("InsideHorizontal") on a one-row ${where(range as number)}`);
    }
  }

  for (const a of body.Actions) {
    const type = typeOf(a.ObjectPathId);
    if (a.ActionType === ACTION_METHOD || a.ActionType === ACTION_SET_PROPERTY)
      calls.add(`${type}.${jsName(a.Name)}`);
    else if (a.ActionType === ACTION_QUERY) calls.add(`${type}.load`);
    if (type !== "Range") continue;
    const box = boxOf(a.ObjectPathId);
    const args = a.ArgumentInfo?.Arguments ?? [];
    if (!box) continue;
    if (a.ActionType === ACTION_SET_PROPERTY && SHAPED.has(a.Name) && Array.isArray(args[0])) {
      const value = args[0] as unknown[];
      const rows = value.length;
      const widths = new Set(value.map((r) => (Array.isArray(r) ? r.length : -1)));
      const cols = widths.size === 1 ? [...widths][0] : -1;
      if (rows !== rowsOf(box) || cols !== colsOf(box))
        problems.push(
          `Range.${jsName(a.Name)}: a ${rows}×${cols < 0 ? "ragged" : cols} array on a ${where(a.ObjectPathId)}`
        );
    }
    if (a.ActionType === ACTION_METHOD && a.Name === "_ValidateArraySize") {
      const [rows, cols] = args.map(Number);
      if (rows !== rowsOf(box) || cols !== colsOf(box))
        problems.push(`Range._ValidateArraySize(${rows}, ${cols}) on a ${where(a.ObjectPathId)}`);
    }
  }
}
