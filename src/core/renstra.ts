// The Renstra's end target of an indicator: the optional Perjanjian Kinerja columns `Target Akhir
// Renstra` and `Tahun Akhir Renstra` (docs/CONTRACT.md "Perjanjian Kinerja"). They change no recap
// figure; the LKjIP compares the year's realisation with them. A bad value is an error at its cell, as
// in any Perjanjian Kinerja column: a report must not print a target nobody can read.
import { PK_HEADERS, PK_SHEET, PkColumn, PkRequired } from "./contract";
import { FigureCell, numberContext, readCellNumber } from "./dataRows";
import { SheetLayout } from "./layout";
import { Predikat, readPredikatCell } from "./predikat";
import { Problem, problem } from "./problems";
import { checkReadable, isUnreadable } from "./unreadable";
import { a1, Cell, cellText, isCellError } from "./workbook";

/** An indicator's `renstra` (indicators.ts). */
export type Renstra = { target: number | string; tahun: number | null };

/** What the Renstra columns are read against: the row's indicator and Pengaturan. */
export type RenstraContext = {
  row: number;
  layout: SheetLayout<PkColumn, PkRequired>;
  at: (k: PkColumn) => Cell | undefined;
  kode: string | number;
  satuan: string;
  isPredikat: boolean;
  predikatTable: readonly Predikat[];
  /** Pengaturan's Tahun: a Renstra ending before it is over. */
  year: number | null;
};

// An error value (#REF!) is not blank: it is reported at its cell.
const blank = (c: Cell | undefined): boolean =>
  !c ||
  (!isUnreadable(c) &&
    (c.value === null || (typeof c.value === "string" && c.value.trim() === "")));

/**
 * The end target (a number; a Predikat indicator's predicate as typed) and its year; undefined when
 * the target is blank or unreadable. Problems go to `problems` at their cells.
 */
export function readRenstra(ctx: RenstraContext, problems: Problem[]): Renstra | undefined {
  const targetCell = ctx.at("renstraTarget");
  const target = readTarget(ctx, targetCell, problems);
  const tahun = readTahun(ctx, problems);
  if (target === null) {
    // A year alone says nothing to compare with; a bad target is reported at its own cell already.
    if (tahun !== null && blank(targetCell))
      problems.push(
        problem({
          sheet: PK_SHEET,
          cell: a1(ctx.row, ctx.layout.columns.renstraTahun ?? 0),
          severity: "warning",
          text: { key: "renstraTahunAlone", params: { kode: ctx.kode } },
        })
      );
    return undefined;
  }
  return { target, tahun };
}

const figureCell = (
  ctx: RenstraContext,
  k: PkColumn,
  col: number
): FigureCell & { col: number } => ({
  sheet: PK_SHEET,
  row: ctx.row,
  col,
  header: PK_HEADERS[k],
});

/** A number read as a target is (never negative), or a predicate of the table; null when blank. */
function readTarget(
  ctx: RenstraContext,
  cell: Cell | undefined,
  problems: Problem[]
): number | string | null {
  const col = ctx.layout.columns.renstraTarget;
  if (col === undefined || blank(cell)) return null;
  const at = figureCell(ctx, "renstraTarget", col);
  if (ctx.isPredikat)
    return readPredikatCell(at, cell, ctx.predikatTable, "target", problems)?.shown ?? null;
  const role = "quarterTarget";
  return readCellNumber(at, cell, numberContext(ctx.satuan, undefined, role), role, problems);
}

/** A four-digit year (typed as a number or as text), not before Pengaturan's Tahun; null when blank. */
function readTahun(ctx: RenstraContext, problems: Problem[]): number | null {
  const col = ctx.layout.columns.renstraTahun;
  const cell = ctx.at("renstraTahun");
  if (col === undefined || blank(cell)) return null;
  if (!checkReadable(PK_SHEET, ctx.row, col, cell, PK_HEADERS.renstraTahun, problems)) return null;
  const report = (text: Problem["text"]) =>
    problems.push(problem({ sheet: PK_SHEET, cell: a1(ctx.row, col), severity: "error", text }));
  const value = cell?.value ?? null;
  const shown = isCellError(value) ? value.error : cellText(value);
  if (!/^\d{4}$/.test(shown) || typeof value === "boolean") {
    report({ key: "renstraTahunBad", params: { shown } });
    return null;
  }
  const tahun = Number(shown);
  if (ctx.year !== null && tahun < ctx.year) {
    report({ key: "renstraTahunPast", params: { tahun, year: ctx.year } });
    return null;
  }
  return tahun;
}
