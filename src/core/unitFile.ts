// A unit file (berkas unit): the workbook `distribute` makes for one Penanggung Jawab and `merge`
// takes back. Its very hidden sheet `Berkas Unit` says which master, unit and quarter it was made for
// and keeps a copy of the Perjanjian Kinerja it was given, so a returned file is judged against what
// it was sent, not against a master that may have changed since (docs/CONTRACT.md "Unit files").
import { sameValue, showValue } from "./cellValues";
import {
  normalizeWord,
  PK_HEADERS,
  PK_SHEET,
  Quarter,
  QUARTER_LABEL,
  QUARTERS,
  quarterSheet,
  quarterTargetColumn,
  SETTINGS_SHEET,
  TW_COLUMNS,
  TwColumn,
  TwRequired,
  UNIT_SHEET,
} from "./contract";
import { cellAt, isBlankRow } from "./dataRows";
import { readIndicators } from "./indicators";
import { findHeaderRow, SheetLayout } from "./layout";
import type { ProblemText } from "./messages";
import { kodeKey } from "./names";
import { header, NewSheet, newSheet } from "./newSheet";
import { Problem, problem } from "./problems";
import { readQuarter } from "./quarterSheets";
import { readSettings } from "./settings";
import { isUnreadable } from "./unreadable";
import {
  a1,
  Cell,
  cellText,
  CellValue,
  findSheet,
  OutCell,
  SheetSnapshot,
  WorkbookSnapshot,
} from "./workbook";

/** Row 2 of `Berkas Unit`, column B: a workbook holding it is a unit file. */
export const UNIT_MARKER = "berkas unit Rekap Kinerja — jangan diubah";

const KEY = {
  jenis: "Jenis",
  master: "Master",
  pj: "Penanggung Jawab",
  quarter: "Triwulan",
  year: "Tahun",
  created: "Dibuat",
  by: "Oleh",
  /** The rows below this one are the unit's Perjanjian Kinerja sheet as it was written. */
  copy: "Salinan Perjanjian Kinerja",
} as const;

export type UnitStamp = {
  /** The master's file name where the front end knows it; informative only. */
  master: string;
  pj: string;
  quarter: Quarter;
  year: number | null;
  created: string;
  by: string;
};

export function unitMarkerSheet(stamp: UnitStamp, pk: NewSheet): NewSheet {
  const text = (value: string | number | null): OutCell => ({
    value,
    style: typeof value === "number" ? "number" : "text",
  });
  const pairs: [string, string | number | null][] = [
    [KEY.jenis, UNIT_MARKER],
    [KEY.master, stamp.master],
    [KEY.pj, stamp.pj],
    [KEY.quarter, QUARTER_LABEL[stamp.quarter]],
    [KEY.year, stamp.year],
    [KEY.created, stamp.created],
    [KEY.by, stamp.by],
  ];
  const rows = [
    header(["Kunci", "Nilai"]),
    ...pairs.map(([k, v]) => [text(k), text(v)]),
    [text(KEY.copy)],
    ...pk.rows.map((row) => row.map((c) => text(c.value))),
  ];
  return newSheet(UNIT_SHEET, rows, [26, 60], { visibility: "veryHidden" });
}

export type UnitFileRead =
  { kind: "none" } | { kind: "bad" } | { kind: "unit"; stamp: UnitStamp; pkCopy: SheetSnapshot };

/** Whether `book` is a unit file, and what its marker says. */
export function readUnitStamp(book: WorkbookSnapshot): UnitFileRead {
  const sheet = findSheet(book, UNIT_SHEET);
  if (!sheet) return { kind: "none" };
  const values = new Map<string, CellValue | undefined>();
  let copyAt: number | undefined;
  for (let r = 1; r < sheet.rows.length && copyAt === undefined; r++) {
    const key = cellText(sheet.rows[r]?.[0]?.value);
    if (key === KEY.copy) copyAt = r;
    else values.set(key, sheet.rows[r]?.[1]?.value);
  }
  const said = (k: keyof typeof KEY) => cellText(values.get(KEY[k]));
  const quarter = QUARTERS.find(
    (q) => normalizeWord(said("quarter")) === normalizeWord(QUARTER_LABEL[q])
  );
  const year = /^\d{4}$/.test(said("year")) ? Number(said("year")) : null;
  if (said("jenis") !== UNIT_MARKER || !quarter || said("pj") === "" || copyAt === undefined)
    return { kind: "bad" };
  return {
    kind: "unit",
    stamp: {
      master: said("master"),
      pj: said("pj"),
      quarter,
      year,
      created: said("created"),
      by: said("by"),
    },
    pkCopy: { name: PK_SHEET, rows: sheet.rows.slice(copyAt + 1) },
  };
}

/** The unit's quarter sheet, read as merge reads a unit's: its layout and the problems of its cells. */
export type UnitQuarter = {
  quarter: Quarter;
  sheet: SheetSnapshot;
  layout: SheetLayout<TwColumn, TwRequired>;
  problems: Problem[];
};

export type UnitVerdict =
  /** The file cannot be read as the contract's sheets at all: merge stops, as for any unit. */
  | { kind: "unfit" }
  /** Edits outside the unit's own entries: not merged, each said at its cell. */
  | { kind: "edited"; issues: Problem[] }
  | { kind: "fit"; source: UnitQuarter };

/**
 * A returned unit file against its marker: its Perjanjian Kinerja as distributed, no other quarter
 * filled, and in its quarter sheet only its own Kodes, once each, with Kode, Indikator, Satuan and
 * Target as they were given.
 */
export function judgeUnitFile(
  book: WorkbookSnapshot,
  label: string,
  read: Extract<UnitFileRead, { kind: "unit" }>,
  masterYear: number | null
): UnitVerdict {
  const { stamp, pkCopy } = read;
  const twName = quarterSheet(stamp.quarter);
  const issues: Problem[] = [];
  const issue = (sheet: string, text: ProblemText) =>
    issues.push(problem({ sheet, cell: "A1", severity: "error", text }));
  const at = (sheet: string, row: number, col: number) => `${label} (${sheet}!${a1(row, col)})`;

  if (stamp.year !== null && masterYear !== null && stamp.year !== masterYear)
    issue(twName, {
      key: "unitYearDiffers",
      params: { unit: label, year: stamp.year, masterYear },
    });
  const pk = findSheet(book, PK_SHEET);
  if (!pk) issue(PK_SHEET, { key: "unitSheetMissing", params: { unit: label, sheet: PK_SHEET } });
  else
    for (const c of changedCells(pkCopy, pk))
      issue(PK_SHEET, {
        key: "unitCellChanged",
        params: { from: at(PK_SHEET, c.row, c.col), header: c.header, was: c.was, now: c.now },
      });
  for (const q of QUARTERS.filter((x) => x !== stamp.quarter)) {
    const other = findSheet(book, quarterSheet(q));
    const filled = other && firstFilled(other);
    if (filled)
      issue(other.name, {
        key: "unitOtherQuarter",
        params: { from: at(other.name, filled.row, filled.col), quarter: twName },
      });
  }
  const sheet = findSheet(book, twName);
  if (!sheet) {
    issue(twName, { key: "unitQuarterMissing", params: { unit: label, quarter: twName } });
    return { kind: "edited", issues };
  }

  const problems: Problem[] = [];
  const settings = readSettings(findSheet(book, SETTINGS_SHEET), problems, book.date1904);
  const given = readIndicators(pkCopy, [], settings.predikat);
  const quarter = given && readQuarter(sheet, stamp.quarter, given, problems, settings.predikat);
  if (!given || !quarter) return { kind: "unfit" };
  const { layout } = quarter;
  const expected = new Map<string, Record<"indikator" | "satuan" | "target", Cell | undefined>>();
  for (const row of pkCopy.rows.slice(given.layout.headerRow + 1)) {
    const kode = cellAt(row, given.layout, "kode")?.value;
    if (typeof kode !== "string" && typeof kode !== "number") continue;
    expected.set(kodeKey(kode), {
      indikator: cellAt(row, given.layout, "indikator"),
      satuan: cellAt(row, given.layout, "satuan"),
      target: cellAt(row, given.layout, quarterTargetColumn(stamp.quarter)),
    });
  }
  const seen = new Map<string, number>();
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    const from = at(twName, r, layout.columns.kode);
    const kode = cellAt(row, layout, "kode")?.value;
    if (typeof kode !== "string" && typeof kode !== "number") {
      issue(twName, { key: "unitRowAdded", params: { from } });
      continue;
    }
    const key = kodeKey(kode);
    const want = expected.get(key);
    const first = seen.get(key);
    if (!want) issue(twName, { key: "unitKodeForeign", params: { kode, from, pj: stamp.pj } });
    else if (first !== undefined)
      issue(twName, { key: "unitKodeTwice", params: { kode, from, row: first + 1 } });
    if (!want || first !== undefined) continue;
    seen.set(key, r);
    for (const k of ["indikator", "satuan", "target"] as const) {
      const col = layout.columns[k];
      const now = col === undefined ? undefined : row?.[col];
      if (col === undefined || (sameValue(now?.value, want[k]?.value) && !isUnreadable(now)))
        continue;
      issue(twName, {
        key: "unitCellChanged",
        params: {
          from: at(twName, r, col),
          header: TW_COLUMNS[k],
          was: showValue(want[k]?.value),
          now: showValue(now?.value),
        },
      });
    }
  }
  if (issues.length > 0) return { kind: "edited", issues };
  return { kind: "fit", source: { quarter: stamp.quarter, sheet, layout, problems } };
}

type Changed = { row: number; col: number; header: string; was: string; now: string };

/** Every cell of `now` that differs from `given`, named by `given`'s column header. */
function changedCells(given: SheetSnapshot, now: SheetSnapshot): Changed[] {
  const headerRow = findHeaderRow(given);
  const headers = headerRow === undefined ? [] : (given.rows[headerRow] ?? []);
  const byHeader = new Map(
    Object.values(PK_HEADERS).map((h) => [normalizeWord(h), h] as [string, string])
  );
  const out: Changed[] = [];
  for (let r = 0; r < Math.max(given.rows.length, now.rows.length); r++) {
    const a = given.rows[r] ?? [];
    const b = now.rows[r] ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      if (sameValue(a[c]?.value, b[c]?.value) && !isUnreadable(b[c])) continue;
      const name = cellText(headers[c]?.value);
      out.push({
        row: r,
        col: c,
        header:
          headerRow !== undefined && r > headerRow && name !== ""
            ? (byHeader.get(normalizeWord(name)) ?? name)
            : PK_SHEET,
        was: showValue(a[c]?.value),
        now: showValue(b[c]?.value),
      });
    }
  }
  return out;
}

/** The first cell below the header row (anywhere, without one) that holds something. */
function firstFilled(sheet: SheetSnapshot): { row: number; col: number } | undefined {
  const from = (findHeaderRow(sheet) ?? -1) + 1;
  for (const [r, row] of sheet.rows.entries()) {
    if (r < from || isBlankRow(row)) continue;
    const col = row.findIndex((c) => !isBlankRow([c]));
    return { row: r, col };
  }
  return undefined;
}
