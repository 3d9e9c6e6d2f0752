// Reads the user's sheets into the indicator model, collecting every problem on the way
// (DESIGN.md §2). Nothing here throws for bad input: problems are values. Each sheet has its reader:
// indicators.ts (Perjanjian Kinerja), quarterSheets.ts (TW I … TW IV), settings.ts (Pengaturan);
// targetWarnings.ts looks over the targets once they are read; schedule.ts says which quarters count
// by the clock the command was given.
import { PK_SHEET, Quarter, QUARTERS, quarterSheet, SETTINGS_SHEET } from "./contract";
import { Indicator, PkLayout, readIndicators } from "./indicators";
import { similarSheetName } from "./names";
import { Problem, problem } from "./problems";
import { QuarterSheet, readQuarter } from "./quarterSheets";
import { CalendarDate, QuarterClock, quarterClock, scheduleWarnings } from "./schedule";
import { readSettings, Settings } from "./settings";
import { warnTargetShape } from "./targetWarnings";
import { findSheet, SheetSnapshot, WorkbookSnapshot } from "./workbook";

export type { Indicator } from "./indicators";

export type KinerjaModel = {
  indicators: Indicator[];
  pkLayout: PkLayout;
  quarters: Record<Quarter, QuarterSheet>;
  settings: Settings;
  /** Which quarters have ended, by Pengaturan's Tahun and the command's clock. */
  clock: QuarterClock;
};

export type ModelResult = { model: KinerjaModel | undefined; problems: Problem[] };

/** `today` is the command's calendar day; without it every quarter counts as ended. */
export function readModel(book: WorkbookSnapshot, today?: CalendarDate): ModelResult {
  const problems: Problem[] = [];
  const settings = readSettings(findSheet(book, SETTINGS_SHEET), problems, book.date1904);
  const pkSheet = requireSheet(book, PK_SHEET, problems);
  const pk = pkSheet && readIndicators(pkSheet, problems, settings.predikat, settings.year);
  const quarters = {} as Record<Quarter, QuarterSheet>;
  let quartersComplete = true;
  for (const q of QUARTERS) {
    const sheet = requireSheet(book, quarterSheet(q), problems);
    const read = sheet && pk && readQuarter(sheet, q, pk, problems, settings.predikat);
    if (read) quarters[q] = read;
    else quartersComplete = false;
  }
  if (pk) warnTargetShape(pk.indicators, pk.layout, problems);
  const clock = quarterClock(settings.year, today);
  if (pk && quartersComplete) problems.push(...scheduleWarnings(pk.indicators, quarters, clock));
  const model =
    pk && quartersComplete
      ? { indicators: pk.indicators, pkLayout: pk.layout, quarters, settings, clock }
      : undefined;
  return { model, problems };
}

function requireSheet(
  book: WorkbookSnapshot,
  name: string,
  problems: Problem[]
): SheetSnapshot | undefined {
  const sheet = findSheet(book, name);
  if (sheet) return sheet;
  const lookalike = book.sheets.find((s) => similarSheetName(s.name, name));
  problems.push(
    problem({
      sheet: name,
      cell: "A1",
      severity: "error",
      text: lookalike
        ? { key: "sheetLookalike", params: { name, lookalike: lookalike.name } }
        : { key: "sheetMissing", params: { name } },
    })
  );
  return undefined;
}
