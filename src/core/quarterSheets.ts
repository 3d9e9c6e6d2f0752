// Reading a quarter sheet (TW I … TW IV): each row's figures by the Kode of a Perjanjian Kinerja
// indicator, read by that indicator's Satuan and Agregasi. Rows for unknown or repeated Kodes, and
// Rasio figures given by halves, are problems at their cells; figures that look mistyped are warned
// of there too (plausibility.ts).
import { Quarter, TW_COLUMNS, TW_REQUIRED, TwColumn, TwRequired } from "./contract";
import { cellAt, isBlankRow, numberContext, readCellNumber, Row } from "./dataRows";
import { PkReading } from "./indicators";
import { columnOf, readLayout, SheetLayout } from "./layout";
import type { ProblemText } from "./messages";
import { kodeKey, kodeProblem } from "./names";
import { isNoDataMarker, NumberContext } from "./parse";
import { implausible } from "./plausibility";
import { DEFAULT_PREDIKAT, Predikat, readPredikatCell } from "./predikat";
import { Problem, problem } from "./problems";
import { QuarterFigures } from "./rollup";
import { checkReadable, isUnreadable } from "./unreadable";
import { a1, Cell, cellText, SheetSnapshot } from "./workbook";

/** `predikat`: a Predikat indicator's Realisasi as typed; `realisasi` holds its nilai. */
export type QuarterEntry = QuarterFigures & { row: number; predikat?: string };

export type QuarterSheet = {
  quarter: Quarter;
  layout: SheetLayout<TwColumn, TwRequired>;
  entries: Map<string, QuarterEntry>;
};

const FIGURES: readonly TwColumn[] = ["realisasi", "pembilang", "penyebut"];

export function readQuarter(
  sheet: SheetSnapshot,
  quarter: Quarter,
  pk: Pick<PkReading, "indicators" | "invalidKodes" | "byKode">,
  problems: Problem[],
  predikatTable: readonly Predikat[] = DEFAULT_PREDIKAT
): QuarterSheet | undefined {
  const layout = readLayout(sheet, TW_COLUMNS, TW_REQUIRED, problems);
  if (!layout) return undefined;
  const needsRatioColumns = pk.indicators.find((i) => i.agregasi === "Rasio");
  for (const k of ["pembilang", "penyebut"] as const) {
    if (needsRatioColumns && layout.columns[k] === undefined) {
      problems.push(
        problem({
          sheet: sheet.name,
          cell: a1(layout.headerRow, 0),
          severity: "error",
          text: {
            key: "ratioColumnMissing",
            params: { header: TW_COLUMNS[k], kode: needsRatioColumns.kode },
          },
        })
      );
      return undefined;
    }
  }
  const entries = new Map<string, QuarterEntry>();
  // Only a cell that holds something is reported, so its column is there.
  const report = (r: number, k: TwColumn, text: ProblemText) =>
    problems.push(
      problem({ sheet: sheet.name, cell: a1(r, columnOf(layout, k)), severity: "error", text })
    );
  const number = (r: number, cell: Cell | undefined, ctx: NumberContext, k: TwColumn) =>
    readCellNumber(
      { sheet: sheet.name, row: r, col: layout.columns[k], header: TW_COLUMNS[k] },
      cell,
      ctx,
      "reported",
      problems
    );
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    const kodeCell = cellAt(row, layout, "kode");
    if (!checkReadable(sheet.name, r, layout.columns.kode, kodeCell, TW_COLUMNS.kode, problems))
      continue;
    const kodeValue = kodeCell?.value;
    if (kodeValue === null || kodeValue === undefined || cellText(kodeValue) === "") {
      if (hasFigures(row, layout)) report(r, "kode", { key: "kodeBlankWithFigures" });
      continue;
    }
    const kodeIssue = kodeProblem(kodeValue);
    if (kodeIssue) {
      report(r, "kode", kodeIssue);
      continue;
    }
    const kode = kodeValue as string | number;
    const key = kodeKey(kode);
    const indicator = pk.byKode.get(key);
    if (!indicator) {
      // A Kode whose PK row is there but unreadable is reported at that row, once.
      if (!pk.invalidKodes.has(key)) report(r, "kode", { key: "kodeNotInPk", params: { kode } });
      continue;
    }
    const first = entries.get(key);
    if (first !== undefined) {
      report(r, "kode", { key: "kodeTwiceInQuarter", params: { kode, row: first.row + 1 } });
      continue;
    }
    const figureCells = FIGURES.map((k) => cellAt(row, layout, k));
    const [realisasiCell, pembilangCell, penyebutCell] = figureCells;
    const ctx = numberContext(indicator.satuan, indicator.agregasi, "reported");
    const predikat = indicator.predikat
      ? readPredikatCell(
          {
            sheet: sheet.name,
            row: r,
            col: layout.columns.realisasi,
            header: TW_COLUMNS.realisasi,
          },
          realisasiCell,
          predikatTable,
          "reported",
          problems
        )
      : undefined;
    const realisasi = indicator.predikat
      ? (predikat?.nilai ?? null)
      : number(r, realisasiCell, ctx, "realisasi");
    const pembilang = number(r, pembilangCell, ctx, "pembilang");
    const penyebut = number(r, penyebutCell, ctx, "penyebut");
    const allRead = figureCells.every((c) => !isUnreadable(c));
    if (indicator.agregasi === "Rasio" && allRead) {
      if ((pembilang === null) !== (penyebut === null)) {
        report(r, pembilang === null ? "pembilang" : "penyebut", {
          key: "ratioHalf",
          params: { kode: indicator.kode },
        });
      } else if (pembilang === null && realisasi !== null) {
        report(r, "pembilang", { key: "ratioRealisasiOnly", params: { kode: indicator.kode } });
      }
    }
    const entry: QuarterEntry = { realisasi, pembilang, penyebut, row: r };
    for (const w of implausible(indicator, quarter, entry))
      problems.push(
        problem({
          sheet: sheet.name,
          cell: a1(r, columnOf(layout, w.column)),
          severity: "warning",
          text: w.text,
        })
      );
    if (predikat) entry.predikat = predikat.shown;
    entries.set(key, entry);
  }
  return { quarter, layout, entries };
}

function hasFigures(row: Row | undefined, layout: SheetLayout<TwColumn>): boolean {
  return FIGURES.some((k) => {
    const c = cellAt(row, layout, k);
    if (c === undefined) return false;
    if (isUnreadable(c)) return true;
    const text = c.value === null ? "" : cellText(c.value);
    return text !== "" && !isNoDataMarker(text);
  });
}
