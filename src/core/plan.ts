// Use-case planning shared by the add-in and the command line: from a snapshot to the patch to
// apply, or to the problems that block it. Validate first, then write — nothing is half-written.
import { PeriodId, periodById, PERIODS } from "./contract";
import { KinerjaModel, readModel } from "./model";
import { blocking, Problem } from "./problems";
import { RecapRow } from "./recap";
import { Settings } from "./settings";
import { buildRecapSheet } from "./recapSheet";
import { foreignSheetProblems } from "./ownership";
import { cellList, overwrittenByHand } from "./handEdits";
import { CellEdit, findSheet, SheetPatch, WorkbookPatch, WorkbookSnapshot } from "./workbook";

export type CheckResult = { problems: Problem[]; model: KinerjaModel | undefined };

export function check(book: WorkbookSnapshot): CheckResult {
  const { model, problems } = readModel(book);
  return { model, problems: [...problems, ...foreignSheetProblems(book)] };
}

export type RecapPlan =
  | {
      ok: true;
      patch: WorkbookPatch;
      results: { period: PeriodId; rows: RecapRow[] }[];
      warnings: Problem[];
      settings: Settings;
    }
  | { ok: false; problems: Problem[] };

export const ALL_PERIODS: readonly PeriodId[] = PERIODS.map((p) => p.id);

/**
 * The sheets a recap of `periods` writes: a semester's position cells borrow Tahunan's (formulas.ts),
 * so a workbook without Tahunan gets it too (adapters create every sheet before writing formulas).
 */
export function sheetsToWrite(book: WorkbookSnapshot, periods: readonly PeriodId[]): PeriodId[] {
  const annual = periodById("tahunan").sheet;
  const needsAnnual =
    periods.some((p) => p !== "tahunan") &&
    !periods.includes("tahunan") &&
    !findSheet(book, annual);
  return needsAnnual ? [...periods, "tahunan"] : [...periods];
}

export function planRecap(
  book: WorkbookSnapshot,
  periods: readonly PeriodId[] = ALL_PERIODS
): RecapPlan {
  // Every generated sheet, not only those written: a semester's formulas read Tahunan's lookups.
  const { model, problems } = check(book);
  if (!model || blocking(problems).length > 0) return { ok: false, problems };
  const built = sheetsToWrite(book, periods).map((id) => ({
    id,
    ...buildRecapSheet(model, periodById(id)),
  }));
  return {
    ok: true,
    patch: { sheets: built.map((b) => b.patch), edits: [] },
    results: built.map((b) => ({ period: b.id, rows: b.rows })),
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
      {
        sheet: existing?.name ?? patch.name,
        cell: cells[0],
        severity: "warning" as const,
        message: `${cells.length} sel yang diketik tangan ditimpa: ${cellList(cells)}`,
      },
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
