// What a worksheet's cells become in the snapshot, whichever reader found them: the saxes path
// (sheet-read.ts) and the <sheetData> scanner (sheet-scan.ts) both set the fields of one CellSink
// and call its methods, so the two cannot disagree about placing, typing or dropping a cell.
import { HEADER_SEARCH_ROWS } from "../core/contract";
import { ColumnFilter, FirstRows } from "../core/needs";
import { Cell, CellValue, StoredType, Unreadable } from "../core/workbook";
import { compileShift } from "./formula";
import { decodeOoxmlEscapes } from "./xml";

export type SheetReadContext = {
  sharedStrings: readonly string[];
  /** Number format code per cellXfs index; undefined = General. */
  formats: readonly (string | undefined)[];
  date1904: boolean;
};

/** Picks the columns kept past the first HEADER_SEARCH_ROWS rows, given those rows (core/needs.ts). */
export type PickColumns = (firstRows: FirstRows) => ColumnFilter | undefined;

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
  return (isDigits(text) || NUMBER_TOKEN.test(text)) && Number.isFinite(Number(text));
}

/** `^[0-9]+$` without a regular expression: most stored values are whole numbers or indices. */
function isDigits(text: string): boolean {
  if (text === "") return false;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
  }
  return true;
}

/** xsd:boolean, as cells of type `b` hold it. */
const BOOLEAN = new Map([
  ["0", false],
  ["1", true],
  ["false", false],
  ["true", true],
]);

// Thrown when a row of the first HEADER_SEARCH_ROWS comes after later ones (the schema orders rows,
// but nothing forces a writer to): the columns were picked without it, so the part is read again whole.
export const LATE_HEADER_ROW = new Error("late header row");
// Thrown at the first cell past the header rows when no column is kept: the rest of the part (a
// recap sheet's ~60 MB at 50,000 indicators, read for its marker row) is neither parsed nor inflated.
export const NOTHING_MORE = new Error("nothing more to read");
/** Excel's last column is XFD: a filter false for every column keeps nothing. */
const MAX_COLUMNS = 16384;

function keepsNone(keep: ColumnFilter): boolean {
  for (let col = 0; col < MAX_COLUMNS; col++) if (keep(col)) return false;
  return true;
}

type Master = {
  text: string;
  row: number;
  col: number;
  shift?: (dRow: number, dCol: number) => string;
};

/** The rows read so far and the cell being read; a reader fills the `v`/`f`/`is` fields between openCell and finishCell. */
export class CellSink {
  readonly rows: (Cell | undefined)[][] = [];
  vText = "";
  hasV = false;
  fText = "";
  hasF = false;
  fType: string | undefined;
  fSi: string | undefined;
  isText = "";
  hasIs = false;

  // Shared-formula masters by `si`; `shift` is compiled at the first follower.
  private readonly masters = new Map<string, Master>();
  private lastRow = -1;
  private rowIndex = 0;
  private nextCol = 0;
  private cRow = 0;
  private cCol = 0;
  private cType = "n";
  private cStyle = 0;
  // Column picking starts with the first cell past the header rows; `skip` drops the current cell.
  private picked = false;
  private keep: ColumnFilter | undefined;
  private skip = false;

  constructor(
    private readonly ctx: SheetReadContext,
    private readonly pick: PickColumns | undefined
  ) {}

  openRow(r: string | undefined): void {
    this.rowIndex = r !== undefined && Number(r) >= 1 ? Number(r) - 1 : this.lastRow + 1;
    this.lastRow = this.rowIndex;
    this.nextCol = 0;
  }

  openCell(r: string | undefined, t: string | undefined, s: string | undefined): void {
    this.placeCell(r);
    const pick = this.pick;
    if (pick) {
      if (this.cRow >= HEADER_SEARCH_ROWS && !this.picked) {
        this.keep = pick(this.rows.slice(0, HEADER_SEARCH_ROWS));
        this.picked = true;
        if (this.keep !== undefined && keepsNone(this.keep)) throw NOTHING_MORE;
      } else if (this.cRow < HEADER_SEARCH_ROWS && this.picked) {
        throw LATE_HEADER_ROW;
      }
      this.skip =
        this.keep !== undefined && this.cRow >= HEADER_SEARCH_ROWS && !this.keep(this.cCol);
    }
    this.cType = t ?? "n";
    this.cStyle = s !== undefined ? Number(s) : 0;
    this.vText = this.fText = this.isText = "";
    this.hasV = this.hasF = this.hasIs = false;
    this.fType = this.fSi = undefined;
  }

  // `r` is optional in OOXML: a row without it follows the previous row, a cell the previous cell.
  private placeCell(ref: string | undefined): void {
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
      this.cCol = this.nextCol;
      this.cRow = this.rowIndex;
    } else {
      this.cCol = col;
      this.cRow = row > 0 ? row - 1 : this.rowIndex;
      if (this.cRow !== this.rowIndex) this.rowIndex = this.lastRow = this.cRow;
    }
    this.nextCol = this.cCol + 1;
  }

  finishCell(): void {
    const { hasV, vText, hasF, fText, fType, fSi, cRow, cCol } = this;
    if (this.skip) {
      // A dropped cell may still be the master of a shared formula that a kept cell follows.
      if (hasF && fText !== "" && fType === "shared" && fSi !== undefined)
        this.masters.set(fSi, { text: fText, row: cRow, col: cCol });
      return;
    }
    const { sharedStrings, formats, date1904 } = this.ctx;
    let value: CellValue = null;
    let numFmt = formats[this.cStyle];
    let invalidAs: StoredType | undefined;
    // Whether the file holds the cell's value: a formula without it is "uncached", never blank.
    let stored = hasV;
    switch (this.cType) {
      case "s":
        if (hasV) {
          const index = isDigits(vText) ? Number(vText) : -1;
          if (index >= 0 && index < sharedStrings.length) value = sharedStrings[index];
          else invalidAs = "sharedString";
        }
        break;
      case "str":
        // `<v></v>` is a saved result: the formula shows blank.
        if (hasV) value = decodeOoxmlEscapes(vText);
        break;
      case "inlineStr":
        stored = this.hasIs || hasV;
        if (this.hasIs) value = decodeOoxmlEscapes(this.isText);
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
          this.masters.set(fSi, { text: fText, row: cRow, col: cCol });
      } else {
        const master = fType === "shared" && fSi !== undefined ? this.masters.get(fSi) : undefined;
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
    (this.rows[cRow] ??= [])[cCol] = cell;
  }
}
