// What must hold before the Kasubag Perencanaan's Ya on a semester or annual report (SOP step 7): the
// period's recap sheet is there and current. The state of each period is periodState.ts's.
import {
  PeriodId,
  periodById,
  PK_OPTIONAL_COLUMNS,
  PK_RECAP_HELPERS,
  RECAP_COLUMNS,
} from "./contract";
import { blocking, Problem, problem } from "./problems";
import { BookReading, readingOf } from "./reading";
import { RECAP_TITLE_ROWS } from "./recapSheet";
import { cellText, findSheet, WorkbookSnapshot } from "./workbook";
import { KinerjaModel } from "./model";

export type RecapState = "missing" | "stale" | "current" | "unchecked";

/**
 * Whether a period's recap sheet is what a recap would write now: `missing`; `stale` when it no longer
 * lists the Perjanjian Kinerja's indicators; `current`; `unchecked` when the workbook has problems a
 * recap would refuse (then nothing can be compared). The recap's figures are live formulas, so a sheet
 * with the right rows is current; `recapRows` is the number of rows the sheet uses (null when it does
 * not exist). `problems` says why the period cannot be approved (empty when current).
 */
export function recapCurrency(
  source: WorkbookSnapshot | BookReading,
  period: PeriodId,
  recapRows: number | null
): { state: RecapState; problems: Problem[] } {
  const def = periodById(period);
  // What planRecap refuses, without building the sheet: only its row count is compared.
  const reading = readingOf(source);
  const { model, problems } = reading;
  if (!model || blocking(problems).length > 0)
    return {
      state: recapRows === null ? "missing" : "unchecked",
      problems: blocking(problems),
    };
  // A recap that is missing or stale is refused at its sheet's A1, saying why.
  const refused = (state: RecapState, text: Problem["text"]) => ({
    state,
    problems: [problem({ sheet: def.sheet, cell: "A1", severity: "error", text })],
  });
  if (recapRows === null)
    return refused("missing", {
      key: "recapMissing",
      params: { sheet: def.sheet, title: def.title },
    });
  // buildRecapSheet's rows: the title, the header, one row per indicator.
  const n = model.indicators.length;
  if (recapRows !== RECAP_TITLE_ROWS + 1 + n)
    return refused("stale", {
      key: "recapStale",
      params: { sheet: def.sheet, title: def.title, indicators: n },
    });
  const column = optionalColumnChanged(reading.book, def.sheet, model);
  if (column !== undefined)
    return refused("stale", {
      key: "recapColumnStale",
      params: { sheet: def.sheet, title: def.title, column },
    });
  return { state: "current", problems: [] };
}

/**
 * The optional Perjanjian Kinerja column (Frekuensi, Pengali) the recap sheet's hidden helpers do not
 * agree with: a recap written before the column was added (or after it was removed) applies the
 * wrong rule. Undefined when they agree, or when the sheet's header row was not read.
 */
function optionalColumnChanged(
  book: WorkbookSnapshot,
  sheet: string,
  model: KinerjaModel
): string | undefined {
  const header = findSheet(book, sheet)?.rows[RECAP_TITLE_ROWS];
  if (!header || header.every((c) => !c)) return undefined;
  const helpers = header.slice(Object.keys(RECAP_COLUMNS).length).map((c) => cellText(c?.value));
  // Only the columns the recap has helpers for: the Renstra columns change no recap figure.
  const changed = PK_RECAP_HELPERS.find(
    (k) => helpers.includes(PK_OPTIONAL_COLUMNS[k]) !== (model.pkLayout.columns[k] !== undefined)
  );
  return changed && PK_OPTIONAL_COLUMNS[changed];
}

/**
 * Why a period cannot be approved: the recap would refuse the workbook (its problems), the period's
 * recap sheet is missing, or it no longer lists the Perjanjian Kinerja's indicators.
 */
export function approvalProblems(
  source: WorkbookSnapshot | BookReading,
  period: PeriodId,
  recapRows: number | null
): Problem[] {
  return recapCurrency(source, period, recapRows).problems;
}
