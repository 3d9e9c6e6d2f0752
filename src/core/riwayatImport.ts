// Previous years' workbooks into `Riwayat` (riwayat.ts, docs/CONTRACT.md §"Riwayat"). Each previous
// workbook is read as its own recap would read it and gives its Tahunan figures, under its Pengaturan's
// Tahun. Indicators are matched by Kode (kodeKey); a Kode whose Indikator Kinerja reads differently
// this year may no longer measure the same thing, so its history waits for the user's confirmation;
// a Kode this year's Perjanjian Kinerja lacks is left out (its history serves no report of this year).
// The rows of the years imported replace those years' rows; other years stay.
import { normalizeWord, periodById, PK_SHEET, SETTINGS_SHEET } from "./contract";
import { Indicator, readIndicators } from "./indicators";
import { readModel } from "./model";
import { kodeKey } from "./names";
import { foreignSheetProblems, isOursToWrite } from "./ownership";
import { blocking, Problem, problem } from "./problems";
import { recapPeriod, RecapRow, shownValue } from "./recap";
import { readRiwayat, RIWAYAT_SHEET, riwayatSheet, RiwayatRow } from "./riwayat";
import { CalendarDate } from "./schedule";
import { readSettings } from "./settings";
import { a1, cellText, findSheet, SheetPatch, WorkbookSnapshot } from "./workbook";

/** A previous year's workbook; `label` (its file name) names it in every message. */
export type PreviousBook = { label: string; book: WorkbookSnapshot };

/** A Kode whose Indikator Kinerja differs from this year's: imported only once confirmed. */
export type RenamedKode = { kode: string; tahun: number; label: string; was: string; now: string };

/** What one previous workbook gave. */
export type RiwayatYear = {
  label: string;
  tahun: number;
  /** Rows written. */
  imported: number;
  /** Renamed Kodes imported because the user confirmed them. */
  confirmed: string[];
  /** Kodes this year's Perjanjian Kinerja lacks: not imported. */
  dropped: string[];
};

export type RiwayatPlan =
  | {
      ok: false;
      /** Problems of this workbook (its Perjanjian Kinerja, Pengaturan, a Riwayat not ours). */
      problems: Problem[];
      /** Previous workbooks refused, each with its problems at its own cells. */
      refused: { label: string; problems: Problem[] }[];
    }
  | {
      ok: true;
      patch: SheetPatch;
      rows: RiwayatRow[];
      years: RiwayatYear[];
      /** Renamed Kodes awaiting confirmation, not imported. */
      pending: RenamedKode[];
    };

/** How a Kode is named when confirming it (`--terima ik-03` is IK-03). */
export const confirmKey = (kode: string | number): string => String(kode).trim().toLowerCase();

/**
 * `confirmed`: Kodes whose renamed history the user accepts. `today` decides which quarters of a
 * previous year have ended, as its own recap would.
 */
export function planRiwayat(
  current: WorkbookSnapshot,
  previous: readonly PreviousBook[],
  confirmed: readonly string[],
  today?: CalendarDate
): RiwayatPlan {
  const problems: Problem[] = [...foreignSheetProblems(current, [RIWAYAT_SHEET])];
  const settings = readSettings(findSheet(current, SETTINGS_SHEET), problems, current.date1904);
  const pkSheet = findSheet(current, PK_SHEET);
  const pk = pkSheet && readIndicators(pkSheet, problems, settings.predikat, settings.year);
  if (!pkSheet)
    problems.push(
      sheetProblem(PK_SHEET, "A1", { key: "sheetMissing", params: { name: PK_SHEET } })
    );
  const year = settings.year;
  if (year === null) problems.push(noYear(current));
  // A Riwayat of the user's own is named above and never read as ours.
  const existing = isOursToWrite(current, RIWAYAT_SHEET)
    ? readRiwayat(current)
    : { rows: [], problems: [] };
  problems.push(...existing.problems);

  const years: { label: string; tahun: number; rows: RecapRow[] }[] = [];
  const refused: { label: string; problems: Problem[] }[] = [];
  for (const { label, book } of previous) {
    const read = readPrevious(book, today, year, years);
    if (read.ok) years.push({ label, tahun: read.tahun, rows: read.rows });
    else refused.push({ label, problems: read.problems });
  }
  if (!pk || year === null || blocking(problems).length > 0 || refused.length > 0)
    return { ok: false, problems: blocking(problems), refused };

  const accepted = new Set(confirmed.map(confirmKey));
  const pending: RenamedKode[] = [];
  const imported: RiwayatRow[] = [];
  const summary = years.map(({ label, tahun, rows }): RiwayatYear => {
    const result: RiwayatYear = { label, tahun, imported: 0, confirmed: [], dropped: [] };
    for (const row of rows) {
      const was = row.indicator;
      const now = pk.byKode.get(kodeKey(was.kode));
      if (!now) {
        result.dropped.push(String(was.kode));
        continue;
      }
      const kode = String(now.kode);
      if (normalizeWord(was.indikator) !== normalizeWord(now.indikator)) {
        if (!accepted.has(confirmKey(kode))) {
          pending.push({ kode, tahun, label, was: was.indikator, now: now.indikator });
          continue;
        }
        result.confirmed.push(kode);
      }
      imported.push(riwayatRow(now, tahun, row));
      result.imported++;
    }
    return result;
  });
  const replaced = new Set(years.map((y) => y.tahun));
  const rows = [...existing.rows.filter((r) => !replaced.has(r.tahun)), ...imported].sort(byKode);
  return { ok: true, patch: riwayatSheet(rows, year), rows, years: summary, pending };
}

type PreviousRead =
  { ok: true; tahun: number; rows: RecapRow[] } | { ok: false; problems: Problem[] };

/** A previous workbook's Tahunan rows, or why it is refused (problems at its own cells). */
function readPrevious(
  book: WorkbookSnapshot,
  today: CalendarDate | undefined,
  current: number | null,
  taken: readonly { label: string; tahun: number }[]
): PreviousRead {
  const { model, problems } = readModel(book, today);
  const errors = blocking(problems);
  if (!model || errors.length > 0) return { ok: false, problems: errors };
  const tahun = model.settings.year;
  const at = yearCell(book);
  if (tahun === null) return { ok: false, problems: [noYear(book)] };
  if (current !== null && tahun >= current)
    return {
      ok: false,
      problems: [
        sheetProblem(SETTINGS_SHEET, at, {
          key: "riwayatNotPrevious",
          params: { year: tahun, current },
        }),
      ],
    };
  const twin = taken.find((y) => y.tahun === tahun);
  if (twin)
    return {
      ok: false,
      problems: [
        sheetProblem(SETTINGS_SHEET, at, {
          key: "riwayatYearTwice",
          params: { year: tahun, other: twin.label },
        }),
      ],
    };
  return { ok: true, tahun, rows: recapPeriod(model, periodById("tahunan")) };
}

/** A Tahunan row as Riwayat keeps it, under this year's Kode: figures as the recap shows them. */
function riwayatRow(now: Indicator, tahun: number, row: RecapRow): RiwayatRow {
  const shown = (field: "target" | "realisasi") => {
    const v = shownValue(row, field);
    return v === "" ? null : v;
  };
  return {
    kode: String(now.kode),
    tahun,
    target: shown("target"),
    realisasi: shown("realisasi"),
    capaian: row.capaian,
    kategori: row.kategori ?? "",
  };
}

const byKode = (a: RiwayatRow, b: RiwayatRow): number =>
  a.kode.localeCompare(b.kode, "en", { numeric: true, sensitivity: "base" }) || a.tahun - b.tahun;

const sheetProblem = (sheet: string, cell: string, text: Problem["text"]): Problem =>
  problem({ sheet, cell, severity: "error", text });

const noYear = (book: WorkbookSnapshot): Problem =>
  sheetProblem(SETTINGS_SHEET, yearCell(book), { key: "riwayatNoYear" });

/** Pengaturan's Tahun Nilai cell, where a year problem is said; A1 when there is none. */
function yearCell(book: WorkbookSnapshot): string {
  const rows = findSheet(book, SETTINGS_SHEET)?.rows ?? [];
  const r = rows.findIndex((row) => normalizeWord(cellText(row?.[0]?.value)) === "tahun");
  return r < 0 ? "A1" : a1(r, 1);
}
