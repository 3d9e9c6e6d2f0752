// One worksheet part to the snapshot's sparse rows. Worksheets are the big parts (tens of MB at
// 50,000 rows), so the part arrives in pieces as it is inflated (ZipPackage.each), decoded and fed
// on, and never exists whole. Saxes reads the part; the content of <sheetData> goes to the faster
// scanner of sheet-scan.ts, and only when that meets XML it does not handle is the part read again,
// all through saxes. Both fill one CellSink (sheet-cells.ts).
import { SaxesParser } from "saxes";
import { Cell } from "../core/workbook";
import { XlsxError } from "./errors";
import {
  CellSink,
  LATE_HEADER_ROW,
  NOTHING_MORE,
  PickColumns,
  SheetReadContext,
} from "./sheet-cells";
import { SheetDataSplitter } from "./sheet-scan";
import { FALLBACK } from "./xml-scan";
import { ByteSource, writeDecoded, xmlError } from "./xml";

/** How <sheetData> is read: `scan` (the fast path, falling back to saxes) or `saxes` alone. */
export type SheetEngine = "scan" | "saxes";

export function readSheet(
  source: ByteSource,
  part: string,
  ctx: SheetReadContext,
  pick?: PickColumns,
  engine: SheetEngine = "scan"
): (Cell | undefined)[][] {
  let columns = pick;
  let scan = engine === "scan";
  for (;;) {
    try {
      return readRows(source, part, ctx, columns, scan);
    } catch (err) {
      if (err === FALLBACK) scan = false;
      else if (err === LATE_HEADER_ROW) columns = undefined;
      else throw err;
    }
  }
}

// Capture modes for text events.
const NONE = 0;
const V = 1;
const F = 2;
const IS_T = 3;

function readRows(
  source: ByteSource,
  part: string,
  ctx: SheetReadContext,
  pick: PickColumns | undefined,
  scan: boolean
): (Cell | undefined)[][] {
  const cells = new CellSink(ctx, pick);
  const parser = new SaxesParser({ position: false });

  let inSheetData = false;
  let sheetDataOpened = 0;
  let inIs = false;
  let phonetic = 0;
  let capture = NONE;

  parser.on("opentag", (tag) => {
    const qn = tag.name;
    const local = qn.indexOf(":") < 0 ? qn : qn.slice(qn.indexOf(":") + 1);
    if (!inSheetData) {
      if (local === "sheetData" && !tag.isSelfClosing) {
        inSheetData = true;
        sheetDataOpened++;
      }
      return;
    }
    const attrs = tag.attributes as Record<string, string>;
    switch (local) {
      case "row":
        cells.openRow(attrs.r);
        break;
      case "c":
        cells.openCell(attrs.r, attrs.t, attrs.s);
        inIs = false;
        phonetic = 0;
        break;
      case "v":
        cells.hasV = true;
        capture = V;
        break;
      case "f":
        cells.hasF = true;
        cells.fType = attrs.t;
        cells.fSi = attrs.si;
        capture = F;
        break;
      case "is":
        inIs = cells.hasIs = true;
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
    if (capture === V) cells.vText += t;
    else if (capture === F) cells.fText += t;
    else cells.isText += t;
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
        cells.finishCell();
        break;
      case "sheetData":
        inSheetData = false;
        break;
    }
  });

  try {
    writeDecoded(
      scan ? new SheetDataSplitter(parser, cells, () => sheetDataOpened) : parser,
      source
    );
  } catch (err) {
    if (err === NOTHING_MORE) return cells.rows;
    // Damaged zip data (XlsxError) and the restart signals pass through. On the fast path any
    // other failure is also a restart: saxes alone then gives bad XML its usual message.
    if (err === LATE_HEADER_ROW || err === FALLBACK || err instanceof XlsxError) throw err;
    if (scan) throw FALLBACK;
    throw xmlError(part, err);
  }
  return cells.rows;
}
