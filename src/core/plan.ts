// Use-case planning shared by the add-in and the command line: from a snapshot to the patch to
// apply, or to the problems that block it. Validate first, then write — nothing is half-written.
import { PeriodId, periodById, PERIODS, QUARTER_LABEL, RecapId } from "./contract";
import { KinerjaModel, readModel } from "./model";
import { blocking, Problem, problem } from "./problems";
import { RecapRow } from "./recap";
import { Settings } from "./settings";
import { buildRecapSheet } from "./recapSheet";
import { buildQuarterlySheet } from "./quarterlySheet";
import { BookReading, readingOf } from "./reading";
import { CalendarDate } from "./schedule";
import { overwrittenByHand } from "./handEdits";
import { CellEdit, findSheet, SheetPatch, WorkbookPatch, WorkbookSnapshot } from "./workbook";

export type CheckResult = { problems: Problem[]; model: KinerjaModel | undefined };

export function check(source: WorkbookSnapshot | BookReading): CheckResult {
  const { model, problems } = readingOf(source);
  return { model, problems };
}

export type RecapPlan =
  | {
      ok: true;
      patch: WorkbookPatch;
      /**
       * Each sheet's rows as computed; for Capaian Triwulan those of its current quarter "s.d."
       * (quarterlySheet.ts), titled `s.d. TW II`.
       */
      results: { period: RecapId; sheet: string; title: string; rows: RecapRow[] }[];
      warnings: Problem[];
      settings: Settings;
    }
  | { ok: false; problems: Problem[] };

export const ALL_PERIODS: readonly PeriodId[] = PERIODS.map((p) => p.id);

/**
 * The sheets a recap of `periods` writes: a semester's position cells borrow Tahunan's
 * (recapHelperFormulas.ts), so a workbook without Tahunan gets it too (adapters create every sheet
 * before writing formulas).
 */
export function sheetsToWrite(book: WorkbookSnapshot, periods: readonly RecapId[]): RecapId[] {
  const annual = periodById("tahunan").sheet;
  const needsAnnual =
    periods.some((p) => p === "semester1" || p === "semester2") &&
    !periods.includes("tahunan") &&
    !findSheet(book, annual);
  return needsAnnual ? [...periods, "tahunan"] : [...periods];
}

/** `today` (for a snapshot; a reading has its own) decides which quarters have ended. */
export function planRecap(
  source: WorkbookSnapshot | BookReading,
  periods: readonly RecapId[] = ALL_PERIODS,
  today?: CalendarDate
): RecapPlan {
  // Every generated sheet, not only those written: a semester's formulas read Tahunan's lookups.
  const { book, model, problems } = readingOf(source, today);
  if (!model || blocking(problems).length > 0) return { ok: false, problems };
  const built = sheetsToWrite(book, periods).map((id) => {
    if (id !== "triwulan") {
      const period = periodById(id);
      return { id, title: period.title, ...buildRecapSheet(model, period) };
    }
    const quarterly = buildQuarterlySheet(model);
    const title = `s.d. ${QUARTER_LABEL[quarterly.current]}`;
    return { id, title, patch: quarterly.patch, rows: quarterly.toDate[quarterly.current] };
  });
  return {
    ok: true,
    patch: { sheets: built.map((b) => b.patch), edits: [] },
    results: built.map((b) => ({
      period: b.id,
      sheet: b.patch.name,
      title: b.title,
      rows: b.rows,
    })),
    warnings: [
      ...problems,
      ...handEditWarnings(
        book,
        built.map((b) => b.patch)
      ),
    ],
    settings: model.settings,
  };
}

/** One warning per generated sheet whose typed cells the recap replaces (see handEdits.ts). */
function handEditWarnings(book: WorkbookSnapshot, patches: readonly SheetPatch[]): Problem[] {
  return patches.flatMap((patch) => {
    const existing = findSheet(book, patch.name);
    const cells = existing ? overwrittenByHand(existing, patch) : [];
    if (cells.length === 0) return [];
    return [
      problem({
        sheet: existing?.name ?? patch.name,
        cell: cells[0],
        severity: "warning",
        text: { key: "handTyped", params: { cells } },
      }),
    ];
  });
}

/** The cells `fix` rewrites: exactly the problems that carry a fix, nothing else. */
export function planFix(book: WorkbookSnapshot): {
  edits: CellEdit[];
  fixed: Problem[];
  remaining: Problem[];
} {
  const { problems } = readModel(book);
  const fixed = problems.filter((p) => p.fix);
  const edits = fixed.map((p) => ({ sheet: p.sheet, ...(p.fix as NonNullable<Problem["fix"]>) }));
  return { edits, fixed, remaining: problems.filter((p) => !p.fix) };
}
