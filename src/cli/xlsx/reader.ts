// readSnapshot: the values of a workbook's sheets, straight from the package. Only the parts needed
// are inflated: the workbook, its relationships, styles, shared strings and the requested sheets.
import { SheetSnapshot, WorkbookSnapshot } from "../../core/workbook";
import { XlsxError } from "./errors";
import { MAX_UNZIPPED_BYTES, ZipPackage } from "./package";
import { readSheet, SheetReadContext } from "./sheet-read";
import { readSharedStrings } from "./shared-strings";
import { readWorkbook } from "./structure";
import { readCellFormats } from "./styles-read";

export type ReadOptions = {
  /** Only these sheets, in workbook order (names are exact; absent names are simply not returned). */
  sheets?: readonly string[];
  /** Refuse packages that would inflate to more than this (default 1 GiB); for tests. */
  maxUnzippedBytes?: number;
};

export function readSnapshot(bytes: Uint8Array, options: ReadOptions = {}): WorkbookSnapshot {
  const pkg = ZipPackage.open(bytes, options.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES);
  const book = readWorkbook(pkg);
  const wanted = options.sheets ? new Set(options.sheets) : undefined;
  const chosen = book.sheets.filter((s) => !wanted || wanted.has(s.name));
  const worksheets = chosen.filter((s) => s.kind === "worksheet" || s.kind === "macrosheet");

  let ctx: SheetReadContext | undefined;
  const context = (): SheetReadContext => {
    if (ctx) return ctx;
    const stylesPath = book.partOfType("styles");
    const stringsPath = book.partOfType("sharedStrings");
    ctx = {
      formats: readCellFormats(stylesPath ? pkg.text(stylesPath) : undefined, stylesPath),
      sharedStrings: readSharedStrings(stringsPath ? pkg.text(stringsPath) : undefined, stringsPath),
      date1904: book.date1904,
    };
    return ctx;
  };

  const sheets: SheetSnapshot[] = chosen.map((entry) => {
    if (!worksheets.includes(entry)) return { name: entry.name, rows: [] }; // a chart sheet holds no cells
    const data = entry.path ? pkg.get(entry.path) : undefined;
    if (!entry.path || !data) {
      throw new XlsxError(`berkas .xlsx rusak: isi lembar '${entry.name}' tidak ditemukan di dalam berkas`);
    }
    return { name: entry.name, rows: readSheet(data, entry.path, context()) };
  });
  return { sheets };
}
