// readSnapshot: the values of a workbook's sheets, straight from the package. Only the parts needed
// are inflated: the workbook, its relationships, styles, shared strings and the requested sheets.
import { SheetNeed } from "../core/needs";
import { SheetSnapshot, WorkbookSnapshot } from "../core/workbook";
import { XlsxError } from "./errors";
import { MAX_UNZIPPED_BYTES, ZipPackage } from "./package";
import { SheetReadContext } from "./sheet-cells";
import { readSheet } from "./sheet-read";
import { readSharedStrings } from "./shared-strings";
import { readWorkbookPart, WorkbookInfo } from "./structure";
import { readCellFormats } from "./styles-read";

export type ReadOptions = {
  /** Only these sheets, in workbook order (names are exact; absent names are simply not returned). */
  sheets?: readonly string[];
  /** How much of each sheet to read (default all): a caller that knows it uses less skips the rest. */
  need?: (sheet: string) => SheetNeed;
  /** Refuse packages that would inflate to more than this (default 1 GiB); for tests. */
  maxUnzippedBytes?: number;
};

export function readSnapshot(bytes: Uint8Array, options: ReadOptions = {}): WorkbookSnapshot {
  const pkg = ZipPackage.open(bytes, options.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES);
  return readSheets(pkg, readWorkbookPart(pkg), options);
}

/** The snapshot from a package already opened (XlsxPackage): its workbook part is not read again. */
export function readSheets(
  pkg: ZipPackage,
  book: WorkbookInfo,
  options: Omit<ReadOptions, "maxUnzippedBytes">
): WorkbookSnapshot {
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
      sharedStrings: readSharedStrings(
        stringsPath ? pkg.text(stringsPath) : undefined,
        stringsPath
      ),
      date1904: book.date1904,
    };
    return ctx;
  };

  const sheets: SheetSnapshot[] = chosen.map((entry) => {
    const need = options.need?.(entry.name) ?? "all";
    // A chart sheet holds no cells; a sheet not needed is listed by name only.
    if (!worksheets.includes(entry) || need === "none") return { name: entry.name, rows: [] };
    const path = entry.path;
    if (!path || !pkg.has(path)) {
      throw new XlsxError(
        `berkas .xlsx rusak: isi lembar '${entry.name}' tidak ditemukan di dalam berkas`
      );
    }
    const source = (take: (piece: Uint8Array) => void) => void pkg.each(path, take);
    return {
      name: entry.name,
      rows: readSheet(source, path, context(), need === "all" ? undefined : need.columns),
    };
  });
  return { sheets, ...(book.date1904 ? { date1904: true } : {}) };
}
