// An instrumented fake of the few Excel objects the adapter uses. Like Office.js it queues on set and
// applies on sync, throws PropertyNotLoaded on a read that no load+sync preceded, and fails a sync
// with ItemNotFound / AccessDenied / RequestPayloadSizeLimitExceeded. It counts syncs and request
// bytes (an estimate: the JSON of each action's arguments plus a fixed per-action overhead).
// Plain objects only (no Node APIs): the browser test injects it into the task pane's page. One file
// (~800 lines) because every object shares one queue, one cell store and one sync; splitting it would
// thread that state through every module for no reader's gain.
//
// Stricter than Excel where Excel's documentation is silent (test/excel/strictHost.test.ts): array
// inputs must match the range's shape (only a plain single value is broadcast), text written into a
// non-Text cell is parsed like typing (typing.ts, broader than any one locale), a leading apostrophe in
// a Text cell is kept, sheet names are case-insensitive with Excel's name rules, protect() on a protected
// sheet fails, unloaded scalar properties throw, unmodelled members throw, and an oversized answer can
// fail as ResponsePayloadSizeLimitExceeded or GeneralException (or answer null grids past a cell count).
//
// Leniencies left, each because nothing the adapter does depends on it:
// - Formulas are stored, never evaluated: cells show no computed values (LibreOffice checks those).
// - Request bytes are an estimate; test/excel/realClient.ts measures real bodies with Microsoft's library.
// - Fonts, fills, borders, widths, freeze panes, validation alerts, conditional-format rules and chart
//   titles/series are recorded as operations, not kept as state; `clearAll`/`clear` drop anything that
//   overlaps where Excel trims partial overlaps; a "mixed" validation answer is approximated.
// - Events fire only when a test calls fireChange(); Excel also fires them for the add-in's own writes.
// - Only a user typing in a cell (cellEditCode) makes Excel.run fail up front; other busy states
//   (ActivityLimitReached, a dialog open) are not simulated.
// - A proxy from worksheets.add() (and a range taken from it) stays usable after a sync; Microsoft's
//   client refuses it (InvalidObjectPath). test/excel/approval.test.ts replays a banded write through
//   that client to hold the adapter to it.
// - functions.date counts days on the plain calendar: Excel's reading of a year below 1900 as
//   1900 + year and its 29 February 1900 (serials before March 1900 one lower) are not modelled. The
//   adapter asks only DATE(1904,1,1), where the two agree (1462, or 0 in a 1904 workbook); any other
//   argument that is not a number is refused, where Excel would coerce it.
// - Stricter than Excel, knowingly: visibility changes and delete on a protected sheet are refused.
import { fromR1C1 } from "./formulaShift";
import { typeIn } from "./typing";

export type FakeValue = string | number | boolean | null | { error: string };
export type FakeCell = { value: FakeValue; formula?: string; numberFormat?: string };
export type FakeSheetInit = {
  name: string;
  rows: (FakeValue | FakeCell)[][];
  visibility?: string;
  protected?: boolean;
};
export type FakeSheet = {
  name: string;
  cells: Map<number, FakeCell>;
  visibility: string;
  protected: boolean;
  charts: string[];
  /** Conditional formats by the range they were added to (type only; their rules are recorded). */
  conditionalFormats: { box: Box; type: string }[];
  /** Data validation rules by the range they were set on, the rule as its JSON. */
  validations: { box: Box; rule: string }[];
};
export type Op = { what: string; sheet?: string; write: boolean; bytes: number; apply: () => void };
export type Stats = {
  syncs: number;
  requestBytes: number[];
  responseBytes: number[];
  refused: number;
  trace: string[];
  ops: Op[];
};
type Box = { r0: number; c0: number; r1: number; c1: number };
type Bag = Record<string, unknown>;
type Field = "formulas" | "formulasR1C1" | "values" | "numberFormat";
const FIELDS: readonly string[] = ["values", "formulas", "formulasR1C1", "numberFormat"];

const OVERHEAD = 60; // ids, action type and object path of one Office.js action, roughly
const LIMIT = 5 * 1024 * 1024;
const MAX_READ_CELLS = 5_000_000;
const fail = (code: string, message: string) =>
  Object.assign(new Error(message), { code, name: "RichApi.Error" });
const WIDE = 16384; // columns per row: a cell's key is row * WIDE + column
const key = (r: number, c: number) => r * WIDE + c;
const rowOf = (k: number) => Math.floor(k / WIDE);
const letters = (c: number): string =>
  (c < 26 ? "" : letters(Math.floor(c / 26) - 1)) + String.fromCharCode(65 + (c % 26));
const colIndex = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
function parseBox(address: string): Box {
  const [a, b = a] = address.split(":");
  const cell = (s: string) => /^([A-Z]+)(\d+)$/.exec(s.replace(/\$/g, "")) as RegExpExecArray;
  const [p, q] = [cell(a), cell(b)];
  return { r0: Number(p[2]) - 1, c0: colIndex(p[1]), r1: Number(q[2]) - 1, c1: colIndex(q[1]) };
}
/** Excel's rules: 1–31 characters, none of []:*?/\\, not starting or ending with an apostrophe. */
export const validSheetName = (name: string): boolean =>
  name.length >= 1 &&
  name.length <= 31 &&
  !/[[\]:*?/\\]/.test(name) &&
  !name.startsWith("'") &&
  !name.endsWith("'") &&
  name.toUpperCase() !== "HISTORY";
const SHEET_PROPS = ["name", "visibility", "position", "id", "tabColor", "standardWidth"];
/** "items/name,items/protection/protected" → ["name", "protection/protected"]. */
const itemPaths = (spec?: string): string[] =>
  (spec ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.startsWith("items/"))
    .map((s) => s.slice("items/".length));
const boxAddress = (b: Box) => `${letters(b.c0)}${b.r0 + 1}:${letters(b.c1)}${b.r1 + 1}`;
const overlaps = (a: Box, b: Box) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
/** Whether `a` lies wholly inside `b`. */
const inside = (a: Box, b: Box) => a.r0 >= b.r0 && a.r1 <= b.r1 && a.c0 >= b.c0 && a.c1 <= b.c1;
const CONDITIONAL_FORMAT_TYPES: readonly string[] = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];
/** A DataValidationRule's one key → the DataValidation.type Excel reads back. */
const VALIDATION_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

export function createFakeExcel(
  init: FakeSheetInit[],
  options: {
    modern?: boolean;
    requestLimit?: number;
    responseLimit?: number;
    /** Some Excel-on-the-web builds answer an oversized read with GeneralException (office-js#1314). */
    oversizedReadCode?: "ResponsePayloadSizeLimitExceeded" | "GeneralException";
    /** Cells past which a range read answers null grids (Excel: 5,000,000); lower in tests. */
    maxReadCells?: number;
    /** Excel.run fails with this code while the user edits a cell, unless delayForCellEdit is set. */
    cellEditCode?: "InvalidOperationInCellEditMode" | "InvalidOperation";
    /** A host where the single-value (broadcast) form fails like a wrongly shaped array. */
    refuseBroadcast?: boolean;
    /** A sync fails with `code` when it applies an operation whose name matches `what`. */
    failOn?: { what: RegExp; code: string };
    /** The workbook's date system: serials 1462 lower than in the 1900 system. */
    date1904?: boolean;
  } = {}
) {
  const sheets: FakeSheet[] = init.map((s) => {
    const cells = new Map<number, FakeCell>();
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        cells.set(
          key(r, c),
          typeof v === "object" && "value" in v ? { ...v } : { value: v as FakeValue }
        );
      })
    );
    return {
      name: s.name,
      cells,
      visibility: s.visibility ?? "Visible",
      protected: s.protected ?? false,
      charts: [],
      conditionalFormats: [],
      validations: [],
    };
  });
  const stats: Stats = {
    syncs: 0,
    requestBytes: [],
    responseBytes: [],
    refused: 0,
    trace: [],
    ops: [],
  };
  let queue: Op[] = [];
  let response = 0;
  // Excel's sheet names are unique regardless of case, and getItem finds `tahunan` for `Tahunan`.
  const find = (name: string) => sheets.find((s) => s.name.toUpperCase() === name.toUpperCase());
  const must = (name: string) =>
    find(name) ??
    (() => {
      throw fail("ItemNotFound", `sheet ${name}`);
    })();

  function enqueue(
    what: string,
    args: unknown,
    apply: () => void,
    sheet?: string,
    write = true
  ): void {
    // A range passed as an argument travels as a reference, not as its cells.
    const json =
      JSON.stringify(args ?? null, (_k, v) =>
        v && typeof v === "object" && "__label" in v ? v.__label : v
      ) ?? "";
    const bytes = OVERHEAD + json.length;
    queue.push({
      what,
      sheet,
      write,
      bytes,
      apply: () => {
        if (options.failOn?.what.test(what))
          throw fail(options.failOn.code, `${what} refused (failOn)`);
        if (write && sheet && must(sheet).protected && !what.startsWith("protection"))
          throw fail("AccessDenied", `${sheet} is protected`);
        apply();
      },
    });
  }

  // Readable properties throw until a load of them has been applied by a sync.
  function loadable<T extends object>(
    target: T,
    props: string[],
    read: (spec?: string) => Bag,
    label: string
  ) {
    const loaded: Bag = {};
    let done = false;
    for (const p of props) {
      Object.defineProperty(target, p, {
        configurable: true,
        enumerable: false,
        get: () => {
          if (!done || !(p in loaded))
            throw fail("PropertyNotLoaded", `${label}.${p} read before load and sync`);
          stats.trace.push(`read ${label}.${p}`);
          return loaded[p];
        },
      });
    }
    return (spec?: string) => {
      stats.trace.push(`load ${label}`);
      enqueue(
        `load ${label}`,
        spec,
        () => {
          const data = read(spec);
          const wanted = spec ? spec.split(",").map((s) => s.trim().split("/")[0]) : props;
          for (const p of wanted) loaded[p] = data[p];
          done = true;
          response += JSON.stringify(wanted.map((p) => data[p])).length;
        },
        undefined,
        false
      );
      return target;
    };
  }

  // Anything the fake does not model (fonts, validation, chart titles…) is recorded as a write.
  function recorder(sheet: string, path: string, onSet?: (p: string, v: unknown) => void): Bag {
    return new Proxy(function () {} as unknown as Bag, {
      get: (_t, p) =>
        typeof p === "symbol" || p === "then" || p === "toJSON"
          ? undefined
          : recorder(sheet, `${path}.${String(p)}`, onSet),
      set: (_t, p, v) => (
        enqueue(`${path}.${String(p)}`, v, () => onSet?.(`${path}.${String(p)}`, v), sheet),
        true
      ),
      apply: (_t, _this, args) => (
        enqueue(`${path}()`, args, () => undefined, sheet),
        recorder(sheet, `${path}()`, onSet)
      ),
    });
  }

  function cellsOf(sheet: string, b: Box): FakeCell[][] {
    const s = must(sheet);
    return Array.from({ length: b.r1 - b.r0 + 1 }, (_, i) =>
      Array.from(
        { length: b.c1 - b.c0 + 1 },
        (_, j) => s.cells.get(key(b.r0 + i, b.c0 + j)) ?? { value: null }
      )
    );
  }
  function put(sheet: string, b: Box, input: unknown, field: Field): void {
    const s = must(sheet);
    // Office.js documents two input forms: a plain single value, applied to every cell, or an array
    // of exactly the range's shape. Anything else (a 1×1 array over a larger range included) fails
    // the whole batch, as Excel does for values/formulas (office-js#1025).
    const broadcast = !Array.isArray(input);
    const grid = broadcast ? [[input]] : (input as unknown[][]);
    if (
      (broadcast && options.refuseBroadcast) ||
      (!broadcast &&
        (grid.length !== b.r1 - b.r0 + 1 ||
          grid.some((row) => !Array.isArray(row) || row.length !== b.c1 - b.c0 + 1)))
    ) {
      throw fail(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${field} ${boxAddress(b)})`
      );
    }
    for (let i = 0; i <= b.r1 - b.r0; i++)
      for (let j = 0; j <= b.c1 - b.c0; j++) {
        const v = broadcast ? grid[0][0] : grid[i][j];
        if (v === null) continue; // Office.js skips null entries
        const k = key(b.r0 + i, b.c0 + j);
        const cell = s.cells.get(k) ?? { value: null };
        if (field === "numberFormat") cell.numberFormat = String(v);
        else if (typeof v !== "string")
          Object.assign(cell, { formula: undefined, value: v as FakeValue });
        else if (cell.numberFormat === "@")
          // A Text cell keeps what it is given, "=…" included. Whether Excel hides a leading
          // apostrophe there is undocumented, so the fake keeps it: the adapter must not send one.
          Object.assign(cell, { formula: undefined, value: v === "" ? null : v });
        else {
          const typed = typeIn(v);
          const formula =
            typed.formula !== undefined && field === "formulasR1C1"
              ? fromR1C1(typed.formula, b.r0 + i, b.c0 + j)
              : typed.formula;
          Object.assign(cell, { formula, value: typed.value });
        }
        s.cells.set(k, cell);
      }
  }
  function usedBox(sheet: string): Box {
    const box = { r0: Infinity, c0: Infinity, r1: 0, c1: 0 };
    for (const [k, cell] of must(sheet).cells) {
      if (cell.value === null && !cell.formula) continue;
      const [r, c] = [rowOf(k), k % WIDE];
      Object.assign(box, {
        r0: Math.min(box.r0, r),
        c0: Math.min(box.c0, c),
        r1: Math.max(box.r1, r),
        c1: Math.max(box.c1, c),
      });
    }
    return box.r0 === Infinity ? { r0: 0, c0: 0, r1: 0, c1: 0 } : box;
  }
  const geometry = (sheet: string, b: Box) => ({
    rowIndex: b.r0,
    columnIndex: b.c0,
    rowCount: b.r1 - b.r0 + 1,
    columnCount: b.c1 - b.c0 + 1,
    address: `'${sheet}'!${boxAddress(b)}`,
  });
  /** Members a collection or object of the fake does not model throw, rather than read as undefined. */
  function only(target: Bag, path: string): Bag {
    return new Proxy(target, {
      get: (t, p) => {
        if (typeof p === "symbol" || p === "then" || p === "toJSON") return undefined;
        if (p in t) return Reflect.get(t, p);
        throw new TypeError(`fake Excel: ${path}.${p} is not modelled`);
      },
    });
  }

  /** An OfficeExtension.ClientResult: its value exists only once a sync has run the call. */
  function clientResult<T>(what: string, compute: () => T): { readonly value: T } {
    let done = false;
    let value: T;
    stats.trace.push(`load ${what}`);
    enqueue(
      what,
      null,
      () => {
        value = compute();
        done = true;
        response += JSON.stringify(value ?? null).length;
      },
      undefined,
      false
    );
    return {
      get value(): T {
        if (!done) throw fail("ValueNotLoaded", `${what}.value read before sync`);
        stats.trace.push(`read ${what}.value`);
        return value;
      },
    };
  }

  /**
   * range.conditionalFormats: add, clearAll and getCount modelled (by the range each format was added
   * to); a format's own properties (rule formula, fill, font) are recorded but not kept: nothing reads
   * them back. clearAll drops every format touching the range (Excel trims partial overlaps instead).
   */
  function conditionalFormats(sheet: string, at: () => Box, label: string): Bag {
    const path = `${label}.conditionalFormats`;
    const touching = () => must(sheet).conditionalFormats.filter((f) => overlaps(f.box, at()));
    return only(
      {
        add: (type: string) => (
          enqueue(
            `${path}.add()`,
            [type],
            () => {
              if (!CONDITIONAL_FORMAT_TYPES.includes(type))
                throw fail("InvalidArgument", `Unknown conditional format type ${type}`);
              must(sheet).conditionalFormats.push({ box: at(), type });
            },
            sheet
          ),
          recorder(sheet, `${path}.add()`)
        ),
        clearAll: () =>
          enqueue(
            `${path}.clearAll()`,
            [],
            () => {
              const s = must(sheet);
              s.conditionalFormats = s.conditionalFormats.filter((f) => !overlaps(f.box, at()));
            },
            sheet
          ),
        getCount: () => clientResult(`${path}.getCount()`, () => touching().length),
      },
      path
    );
  }

  /**
   * range.dataValidation: `rule` is kept and read back with `type`; errorAlert, prompt and
   * ignoreBlanks are recorded only (nothing reads them back). A new rule replaces those inside its
   * range; partial overlaps are kept and then read as "Inconsistent" or "MixedCriteria".
   */
  function dataValidation(sheet: string, at: () => Box, label: string): Bag {
    const path = `${label}.dataValidation`;
    const dv: Bag = {};
    const load = loadable(
      dv,
      ["type", "rule"],
      () => {
        const b = at();
        const hits = must(sheet).validations.filter((v) => overlaps(v.box, b));
        if (hits.length === 0) return { type: "None", rule: {} };
        const rules = new Set(hits.map((v) => v.rule));
        if (rules.size > 1) return { type: "Inconsistent", rule: null };
        if (!hits.some((v) => inside(b, v.box))) return { type: "MixedCriteria", rule: null };
        const rule = JSON.parse(hits[0].rule) as Bag;
        return { type: VALIDATION_TYPES[Object.keys(rule)[0]], rule };
      },
      path
    );
    dv.load = (spec?: string) => (load(spec), proxy);
    dv.clear = () =>
      enqueue(
        `${path}.clear()`,
        null,
        () => {
          const s = must(sheet);
          s.validations = s.validations.filter((v) => !overlaps(v.box, at()));
        },
        sheet
      );
    const proxy: Bag = new Proxy(only(dv, path), {
      set: (_t, p, v) => {
        if (p === "rule")
          enqueue(
            `${path}.rule`,
            v,
            () => {
              const kinds = Object.keys((v ?? {}) as Bag);
              if (kinds.length !== 1 || !(kinds[0] in VALIDATION_TYPES))
                throw fail("InvalidArgument", `Invalid data validation rule ${JSON.stringify(v)}`);
              const list = (v as { list?: { source?: unknown } }).list;
              if (list && (typeof list.source !== "string" || list.source === ""))
                throw fail("InvalidArgument", "A list rule needs a source");
              const s = must(sheet);
              const b = at();
              s.validations = s.validations.filter((old) => !inside(old.box, b));
              s.validations.push({ box: b, rule: JSON.stringify(v) });
            },
            sheet
          );
        else if (["errorAlert", "prompt", "ignoreBlanks"].includes(String(p)))
          enqueue(`${path}.${String(p)}`, v, () => undefined, sheet);
        else throw new TypeError(`fake Excel: ${path}.${String(p)} is not modelled`);
        return true;
      },
    });
    return proxy;
  }

  function range(sheet: string, at: () => Box, label: string): Bag {
    const r: Bag = {};
    const typeOf = (c: FakeCell) =>
      c.value === null
        ? "Empty"
        : typeof c.value === "object"
          ? "Error"
          : typeof c.value === "number"
            ? "Double"
            : typeof c.value === "boolean"
              ? "Boolean"
              : "String";
    Object.defineProperty(r, "__label", { value: label });
    const load = loadable(
      r,
      [
        "values",
        "valueTypes",
        "numberFormat",
        "formulas",
        "rowIndex",
        "columnIndex",
        "rowCount",
        "columnCount",
        "address",
      ],
      () => {
        const b = at();
        const count = (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
        // Past 5,000,000 cells Excel answers the cell grids with null rather than failing.
        if (count > (options.maxReadCells ?? MAX_READ_CELLS)) {
          const none = { values: null, valueTypes: null, numberFormat: null, formulas: null };
          return { ...none, ...geometry(sheet, b) };
        }
        const cells = cellsOf(sheet, b);
        const grid = (f: (c: FakeCell) => unknown) => cells.map((row) => row.map(f));
        return {
          values: grid((c) =>
            c.value === null ? "" : typeof c.value === "object" ? c.value.error : c.value
          ),
          valueTypes: grid(typeOf),
          numberFormat: grid((c) => c.numberFormat ?? "General"),
          formulas: grid((c) => (c.formula ? `=${c.formula}` : (c.value ?? ""))),
          ...geometry(sheet, b),
        };
      },
      label
    );
    for (const field of FIELDS as Field[]) {
      Object.defineProperty(r, `set_${field}`, {
        value: (v: unknown) =>
          enqueue(`set ${field} ${label}`, v, () => put(sheet, at(), v, field), sheet),
      });
    }
    r.load = (spec?: string) => (load(spec), setter);
    const setter: Bag = new Proxy(r, {
      set: (t, p, v) => {
        if (typeof p === "string" && FIELDS.includes(p)) (t[`set_${p}`] as (v: unknown) => void)(v);
        else enqueue(`set ${String(p)} ${label}`, v, () => undefined, sheet);
        return true;
      },
    });
    r.clear = () =>
      enqueue(
        `clear ${label}`,
        null,
        () => {
          const b = at();
          const cells = must(sheet).cells;
          for (const k of [...cells.keys()]) {
            const [i, j] = [rowOf(k), k % WIDE];
            if (i >= b.r0 && i <= b.r1 && j >= b.c0 && j <= b.c1) cells.delete(k);
          }
        },
        sheet
      );
    r.getEntireColumn = () =>
      range(sheet, () => ({ ...at(), r0: 0, r1: 1048575 }), `${label}:column`);
    r.select = () => enqueue(`select ${label}`, null, () => undefined, sheet, false);
    r.format = recorder(sheet, `${label}.format`);
    r.dataValidation = dataValidation(sheet, at, label);
    r.conditionalFormats = conditionalFormats(sheet, at, label);
    return setter;
  }

  /**
   * A worksheet proxy. From a loaded collection, only the properties named in the load (`paths`,
   * e.g. "name", "protection/protected") are readable; from getItem/add, none is. Every other read
   * of a scalar property throws PropertyNotLoaded, as Office.js does.
   */
  function worksheet(name: string, loaded?: FakeSheet, paths: readonly string[] = []): Bag {
    const ws: Bag = {};
    const strict = (target: Bag, prop: string, path: string, value: () => unknown) =>
      Object.defineProperty(target, prop, {
        configurable: true, // the proxy's set trap queues writes; Proxy invariants need this
        enumerable: false,
        get: () => {
          if (!loaded || !paths.includes(path))
            throw fail("PropertyNotLoaded", `${name}.${path} read before load and sync`);
          return value();
        },
      });
    for (const prop of SHEET_PROPS)
      strict(ws, prop, prop, () =>
        prop === "name" ? name : prop === "visibility" ? loaded?.visibility : undefined
      );
    const at = (address?: string) => () =>
      address ? parseBox(address) : { r0: 0, c0: 0, r1: 1048575, c1: 16383 };
    ws.getRange = (address?: string) => range(name, at(address), `${name}!${address ?? "*"}`);
    ws.getUsedRange = () => range(name, () => usedBox(name), `${name}!used`);
    ws.activate = () => enqueue(`activate ${name}`, null, () => must(name), name, false);
    ws.freezePanes = recorder(name, `${name}.freezePanes`);
    ws.protection = {
      protect: (o: unknown) =>
        enqueue(
          "protection.protect",
          o,
          () => {
            // Documented: protect() fails on a worksheet that is already protected.
            if (must(name).protected)
              throw fail("InvalidOperation", `${name} is already protected`);
            must(name).protected = true;
          },
          name
        ),
      unprotect: () =>
        enqueue(
          "protection.unprotect",
          null,
          () => {
            must(name).protected = false;
          },
          name
        ),
    };
    // From a loaded collection, `protected` is what the load asked for; from getItem/add, only
    // protection.load("protected") and a sync make it readable.
    if (loaded)
      strict(ws.protection as Bag, "protected", "protection/protected", () => loaded?.protected);
    else
      (ws.protection as Bag).load = loadable(
        ws.protection as Bag,
        ["protected"],
        () => ({ protected: must(name).protected }),
        `${name}.protection`
      );
    // Documented: deleting a VeryHidden sheet fails with InvalidOperation (make it visible first),
    // and Excel keeps at least one visible sheet.
    ws.delete = () =>
      enqueue(
        `delete sheet ${name}`,
        null,
        () => {
          const s = must(name);
          if (s.visibility === "VeryHidden")
            throw fail(
              "InvalidOperation",
              `${name} is VeryHidden: make it visible before deleting it`
            );
          if (
            s.visibility === "Visible" &&
            !sheets.some((o) => o !== s && o.visibility === "Visible")
          )
            throw fail("InvalidOperation", "A workbook must keep at least one visible sheet");
          sheets.splice(sheets.indexOf(s), 1);
        },
        name
      );
    const charts: Bag = { items: [] };
    charts.load = loadable(
      charts,
      ["items"],
      () => ({ items: must(name).charts.map((n) => ({ name: n })) }),
      `${name}.charts`
    );
    // A new chart is listed under Excel's default name until its `name` is set; its other
    // properties (title, series, position) are recorded only.
    charts.add = (type: string, source: unknown, by: string) => {
      let chartName = "";
      enqueue(
        `${name}.charts.add`,
        [type, source, by],
        () => {
          if (!["Auto", "Columns", "Rows"].includes(by))
            throw fail("InvalidArgument", `Invalid seriesBy ${by}`);
          const s = must(name);
          chartName = `Chart ${s.charts.length + 1}`;
          s.charts.push(chartName);
        },
        name
      );
      return recorder(name, `${name}.charts.add(${type})`, (p, v) => {
        if (p !== `${name}.charts.add(${type}).name`) return;
        const s = must(name);
        s.charts[s.charts.indexOf(chartName)] = String(v);
        chartName = String(v);
      });
    };
    charts.getItem = (chart: string) => ({
      delete: () =>
        enqueue(
          `delete chart ${chart}`,
          chart,
          () => {
            const s = must(name);
            s.charts = s.charts.filter((c) => c !== chart);
          },
          name
        ),
    });
    ws.charts = charts;
    return new Proxy(ws, {
      set: (_t, p, v) => {
        enqueue(
          `set ${String(p)} ${name}`,
          v,
          () => {
            if (p !== "visibility") return;
            const s = must(name);
            if (!["Visible", "Hidden", "VeryHidden"].includes(String(v)))
              throw fail("InvalidArgument", `Invalid visibility ${String(v)}`);
            if (v !== "Visible" && !sheets.some((o) => o !== s && o.visibility === "Visible"))
              throw fail("InvalidOperation", "A workbook must keep at least one visible sheet");
            s.visibility = String(v);
          },
          name
        );
        return true;
      },
    });
  }

  const worksheets: Bag = { items: [] };
  worksheets.load = loadable(
    worksheets,
    ["items"],
    (spec?: string) => ({
      items: sheets.map((s) => worksheet(s.name, s, itemPaths(spec))),
    }),
    "worksheets"
  );
  worksheets.getItem = (name: string) => (
    enqueue(`getItem ${name}`, name, () => must(name), undefined, false),
    worksheet(name)
  );
  worksheets.add = (name: string) => (
    enqueue(
      `add ${name}`,
      name,
      () => {
        if (find(name)) throw fail("ItemAlreadyExists", `A sheet named ${name} already exists`);
        if (!validSheetName(name)) throw fail("InvalidArgument", `Invalid sheet name ${name}`);
        sheets.push({
          name,
          cells: new Map(),
          visibility: "Visible",
          protected: false,
          charts: [],
          conditionalFormats: [],
          validations: [],
        });
      },
      name,
      false
    ),
    worksheet(name)
  );
  const handlers: (() => void)[] = [];
  for (const event of ["onChanged", "onAdded", "onDeleted"])
    worksheets[event] = { add: (h: () => void) => (handlers.push(h), { remove: () => undefined }) };

  // Worksheet functions, of which only DATE: Excel evaluates them at sync; a result is read after
  // load and sync only, and a date before the date system's first day is #NUM!, not an exception.
  const functions = {
    date(year: unknown, month: unknown, day: unknown): Bag {
      if (![year, month, day].every((n) => typeof n === "number"))
        throw new Error("fake functions.date takes numbers only");
      const result: Bag = {};
      result.load = loadable(
        result,
        ["value", "error"],
        () => {
          const utc = Date.UTC(year as number, (month as number) - 1, day as number);
          const serial = utc / 86_400_000 + 25_569 - (options.date1904 ? 1462 : 0);
          const first = options.date1904 ? 0 : 1;
          return serial >= first ? { value: serial, error: "" } : { value: null, error: "#NUM!" };
        },
        "functions.date"
      );
      return result;
    },
  };

  const context = {
    workbook: { worksheets, functions },
    application: recorder("", "application"),
    async sync(): Promise<void> {
      const ops = queue;
      queue = [];
      response = 0;
      stats.syncs++;
      const bytes = ops.reduce((n, op) => n + op.bytes, 0);
      stats.requestBytes.push(bytes);
      stats.trace.push(`sync ${stats.syncs}`);
      if (bytes > (options.requestLimit ?? LIMIT))
        throw (stats.refused++, fail("RequestPayloadSizeLimitExceeded", `${bytes} bytes`));
      for (const op of ops) (stats.ops.push(op), op.apply());
      stats.responseBytes.push(response);
      // Excel on the web refuses a response over 5 MB; the desktop hosts have no such cap.
      if (response > (options.responseLimit ?? Infinity))
        throw (
          stats.refused++,
          fail(options.oversizedReadCode ?? "ResponsePayloadSizeLimitExceeded", `${response} bytes`)
        );
    },
  };
  const runOptions: ({ delayForCellEdit?: boolean } | undefined)[] = [];
  const Excel = {
    async run<T>(batch: (ctx: typeof context) => Promise<T>): Promise<T> {
      const result = await batch(context);
      if (queue.length > 0) await context.sync();
      return result;
    },
  };
  return {
    Excel,
    host: {
      run<T>(
        batch: (ctx: typeof context) => Promise<T>,
        opts?: { delayForCellEdit?: boolean }
      ): Promise<T> {
        runOptions.push(opts);
        // A user typing in a cell: Excel refuses the batch unless it was asked to wait.
        if (options.cellEditCode && !opts?.delayForCellEdit)
          return Promise.reject(
            fail(
              options.cellEditCode,
              "Excel is in cell-editing mode. Please exit the edit mode and try again."
            )
          );
        return Excel.run(batch);
      },
      supports: () => options.modern ?? true,
      // The cap the host declares is the one it enforces (Excel on the web: 5 MB).
      requestLimit: () => options.requestLimit ?? null,
    },
    runOptions,
    stats,
    sheets,
    sheet: must,
    cell: (sheet: string, address: string): FakeCell | undefined => {
      const b = parseBox(address);
      return must(sheet).cells.get(key(b.r0, b.c0));
    },
    fireChange: () => handlers.forEach((h) => h()),
  };
}

export type FakeExcel = ReturnType<typeof createFakeExcel>;
