// One worksheet part to the snapshot's sparse rows, streamed through saxes. Worksheets are the big
// parts (tens of MB at 50,000 rows), so this is written for speed: one set of handlers with flat
// state, no per-element objects beyond what saxes makes and the Cell itself, and the part arrives
// in pieces as it is inflated (ZipPackage.each), decoded and fed on, so it never exists whole.
import { SaxesParser } from "saxes";
import { HEADER_SEARCH_ROWS } from "../core/contract";
import { ColumnFilter, FirstRows } from "../core/needs";
import { Cell, CellValue, StoredType, Unreadable } from "../core/workbook";
import { compileShift } from "./formula";
import { XlsxError } from "./errors";
import { ByteSource, decodeOoxmlEscapes, writeDecoded, xmlError } from "./xml";

export type SheetReadContext = {
  sharedStrings: readonly string[];
  /** Number format code per cellXfs index; undefined = General. */
  formats: readonly (string | undefined)[];
  date1904: boolean;
};

/** Marks a follower of a shared formula whose master could not be found. */
export const SHARED_FORMULA_MARKER = "(shared)";
const DATE_FORMAT = "m/d/yyyy";

const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const ZONE = "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?";
const CLOCK = "(\\d{2}):(\\d{2})(?::(\\d{2}(?:\\.\\d+)?))?";
const ISO_DATE = new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]${CLOCK}${ZONE})?$`);
const ISO_TIME = new RegExp(`^T?${CLOCK}${ZONE}$`);

/**
 * An ISO 8601 date/time (cell type `d`) as an Excel serial number; undefined when it is not one
 * (the whole text, a real calendar day and clock time). A zone suffix is dropped: cells have no zone.
 */
export function isoToSerial(iso: string, date1904: boolean): number | undefined {
  const m = ISO_DATE.exec(iso);
  const t = m ? undefined : ISO_TIME.exec(iso);
  if (!m && !t) return undefined;
  const [h, mi, sec] = (m ? [m[4], m[5], m[6]] : [t![1], t![2], t![3]]).map((x) => Number(x ?? 0));
  if (h > 24 || mi > 59 || sec >= 60 || (h === 24 && mi + sec > 0)) return undefined;
  const fraction = (h * 3600 + mi * 60 + sec) / 86400;
  if (!m) return fraction;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(year, month - 1, day);
  const back = new Date(utc);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  let days = (utc - (date1904 ? EPOCH_1904 : EPOCH_1900)) / DAY_MS;
  // Excel's 1900 system counts a 29 February 1900 that never was; serials before March are one less.
  if (!date1904 && days < 61) days -= 1;
  return days + fraction;
}

/**
 * A number as the file format writes it (xsd:double without INF and NaN): optional sign, digits,
 * optional fraction, optional exponent. No hex, no blanks, no Infinity: JavaScript's Number() reads
 * `0x1E` as 30, LibreOffice as 0 — tools disagree, so such a value is not read at all.
 */
const NUMBER_TOKEN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function isNumberToken(text: string): boolean {
  return NUMBER_TOKEN.test(text) && Number.isFinite(Number(text));
}

/** xsd:boolean, as cells of type `b` hold it. */
const BOOLEAN = new Map([
  ["0", false],
  ["1", true],
  ["false", false],
  ["true", true],
]);

// Capture modes for text events.
const NONE = 0;
const V = 1;
const F = 2;
const IS_T = 3;

/** Picks the columns kept past the first HEADER_SEARCH_ROWS rows, given those rows (core/needs.ts). */
export type PickColumns = (firstRows: FirstRows) => ColumnFilter | undefined;

// Thrown when a row of the first HEADER_SEARCH_ROWS comes after later ones (the schema orders rows,
// but nothing forces a writer to): the columns were picked without it, so the part is read again whole.
const LATE_HEADER_ROW = new Error("late header row");

export function readSheet(
  source: ByteSource,
  part: string,
  ctx: SheetReadContext,
  pick?: PickColumns
): (Cell | undefined)[][] {
  try {
    return readRows(source, part, ctx, pick);
  } catch (err) {
    if (err === LATE_HEADER_ROW) return readRows(source, part, ctx, undefined);
    throw err;
  }
}

function readRows(
  source: ByteSource,
  part: string,
  ctx: SheetReadContext,
  pick: PickColumns | undefined
): (Cell | undefined)[][] {
  const rows: (Cell | undefined)[][] = [];
  const { sharedStrings, formats, date1904 } = ctx;
  // Shared-formula masters by `si`; `shift` is compiled at the first follower.
  const masters = new Map<
    string,
    { text: string; row: number; col: number; shift?: (dRow: number, dCol: number) => string }
  >();
  const parser = new SaxesParser({ position: false });

  let inSheetData = false;
  let lastRow = -1;
  let rowIndex = 0;
  let nextCol = 0;
  // The cell being read.
  let cRow = 0;
  let cCol = 0;
  let cType = "n";
  let cStyle = 0;
  let vText = "";
  let hasV = false;
  let fText = "";
  let hasF = false;
  let fType: string | undefined;
  let fSi: string | undefined;
  let isText = "";
  let hasIs = false;
  let inIs = false;
  let phonetic = 0;
  let capture = NONE;
  // Column picking starts with the first cell past the header rows; `skip` drops the current cell.
  let picked = false;
  let keep: ColumnFilter | undefined;
  let skip = false;

  // `r` is optional in OOXML: a row without it follows the previous row, a cell the previous cell.
  const placeCell = (ref: string | undefined): void => {
    let col = -1;
    let row = 0;
    if (ref !== undefined) {
      let i = 0;
      let letters = 0;
      for (; i < ref.length; i++) {
        const code = ref.charCodeAt(i) | 0x20; // lower-case letters
        if (code < 97 || code > 122) break;
        letters = letters * 26 + (code - 96);
      }
      for (; i < ref.length; i++) {
        const d = ref.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        row = row * 10 + d;
      }
      if (letters > 0) col = letters - 1;
    }
    if (col < 0) {
      cCol = nextCol;
      cRow = rowIndex;
    } else {
      cCol = col;
      cRow = row > 0 ? row - 1 : rowIndex;
      if (cRow !== rowIndex) rowIndex = lastRow = cRow;
    }
    nextCol = cCol + 1;
  };

  parser.on("opentag", (tag) => {
    const qn = tag.name;
    const local = qn.indexOf(":") < 0 ? qn : qn.slice(qn.indexOf(":") + 1);
    if (!inSheetData) {
      if (local === "sheetData" && !tag.isSelfClosing) inSheetData = true;
      return;
    }
    const attrs = tag.attributes as Record<string, string>;
    switch (local) {
      case "row": {
        const r = attrs.r;
        rowIndex = r !== undefined && Number(r) >= 1 ? Number(r) - 1 : lastRow + 1;
        lastRow = rowIndex;
        nextCol = 0;
        break;
      }
      case "c":
        placeCell(attrs.r);
        if (pick) {
          if (cRow >= HEADER_SEARCH_ROWS && !picked) {
            keep = pick(rows.slice(0, HEADER_SEARCH_ROWS));
            picked = true;
          } else if (cRow < HEADER_SEARCH_ROWS && picked) {
            throw LATE_HEADER_ROW;
          }
          skip = keep !== undefined && cRow >= HEADER_SEARCH_ROWS && !keep(cCol);
        }
        cType = attrs.t ?? "n";
        cStyle = attrs.s !== undefined ? Number(attrs.s) : 0;
        vText = fText = isText = "";
        hasV = hasF = hasIs = inIs = false;
        fType = fSi = undefined;
        phonetic = 0;
        break;
      case "v":
        hasV = true;
        capture = V;
        break;
      case "f":
        hasF = true;
        fType = attrs.t;
        fSi = attrs.si;
        capture = F;
        break;
      case "is":
        inIs = hasIs = true;
        break;
      case "rPh":
        phonetic++;
        break;
      case "t":
        if (inIs && phonetic === 0) capture = IS_T;
        break;
    }
  });

  const onText = (t: string): void => {
    if (capture === NONE) return;
    if (capture === V) vText += t;
    else if (capture === F) fText += t;
    else isText += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  parser.on("closetag", (tag) => {
    if (!inSheetData) return;
    const qn = tag.name;
    const local = qn.indexOf(":") < 0 ? qn : qn.slice(qn.indexOf(":") + 1);
    switch (local) {
      case "v":
      case "f":
      case "t":
        capture = NONE;
        break;
      case "is":
        inIs = false;
        break;
      case "rPh":
        phonetic--;
        break;
      case "c":
        finishCell();
        break;
      case "sheetData":
        inSheetData = false;
        break;
    }
  });

  function finishCell(): void {
    if (skip) {
      // A dropped cell may still be the master of a shared formula that a kept cell follows.
      if (hasF && fText !== "" && fType === "shared" && fSi !== undefined)
        masters.set(fSi, { text: fText, row: cRow, col: cCol });
      return;
    }
    let value: CellValue = null;
    let numFmt = formats[cStyle];
    let invalidAs: StoredType | undefined;
    // Whether the file holds the cell's value: a formula without it is "uncached", never blank.
    let stored = hasV;
    switch (cType) {
      case "s":
        if (hasV) {
          const index = /^\d+$/.test(vText) ? Number(vText) : -1;
          if (index >= 0 && index < sharedStrings.length) value = sharedStrings[index];
          else invalidAs = "sharedString";
        }
        break;
      case "str":
        // `<v></v>` is a saved result: the formula shows blank.
        if (hasV) value = decodeOoxmlEscapes(vText);
        break;
      case "inlineStr":
        stored = hasIs || hasV;
        if (hasIs) value = decodeOoxmlEscapes(isText);
        else if (hasV) value = decodeOoxmlEscapes(vText);
        break;
      case "b":
        if (hasV) {
          const b = BOOLEAN.get(vText);
          if (b === undefined) invalidAs = "boolean";
          else value = b;
        }
        break;
      case "e":
        if (hasV) {
          if (vText.trim() === "") invalidAs = "error";
          else value = { error: vText.trim() };
        }
        break;
      case "d":
        if (hasV) {
          const serial = isoToSerial(vText, date1904);
          if (serial === undefined) invalidAs = "date";
          else {
            value = serial;
            if (numFmt === undefined) numFmt = DATE_FORMAT;
          }
        }
        break;
      default:
        // An empty <v/> holds no number: a blank cell, or a formula without its result.
        if (vText === "") stored = false;
        else if (isNumberToken(vText)) value = Number(vText);
        else invalidAs = "number";
    }
    let formula: string | undefined;
    if (hasF) {
      if (fText !== "") {
        formula = fText;
        if (fType === "shared" && fSi !== undefined)
          masters.set(fSi, { text: fText, row: cRow, col: cCol });
      } else {
        const master = fType === "shared" && fSi !== undefined ? masters.get(fSi) : undefined;
        formula = master
          ? (master.shift ??= compileShift(master.text))(cRow - master.row, cCol - master.col)
          : SHARED_FORMULA_MARKER;
      }
    }
    const unreadable: Unreadable | undefined =
      invalidAs !== undefined
        ? { kind: "invalid", stored: vText, as: invalidAs }
        : formula !== undefined && !stored
          ? { kind: "uncached" }
          : undefined;
    // a styled but empty cell is blank
    if (value === null && formula === undefined && unreadable === undefined) return;
    const cell: Cell = formula === undefined ? { value } : { value, formula };
    if (numFmt !== undefined) cell.numFmt = numFmt;
    if (unreadable !== undefined) cell.unreadable = unreadable;
    (rows[cRow] ??= [])[cCol] = cell;
  }

  try {
    writeDecoded(parser, source);
  } catch (err) {
    // Damaged zip data (XlsxError) and the restart signal pass through; the rest is bad XML.
    throw err === LATE_HEADER_ROW || err instanceof XlsxError ? err : xmlError(part, err);
  }
  return rows;
}
