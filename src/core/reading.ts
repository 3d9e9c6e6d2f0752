// One reading of a workbook per command: every plan of a command starts from the same snapshot, so
// the model, the problems a recap would refuse, the settings, the SOP steps and the step tracker are
// parsed here once and shared. Each is parsed only when a plan first asks for it: recording a step
// needs the tracker, not 50,000 indicators.
import { QUARTERS, quarterSheet, SETTINGS_SHEET } from "./contract";
import { KinerjaModel, ModelResult, readModel } from "./model";
import { foreignSheetProblems } from "./ownership";
import { Problem } from "./problems";
import { readSettings, Settings } from "./settings";
import { readSopSteps, SopSteps } from "./sop";
import { quarterSheetTemplate } from "./quarterSheetTemplate";
import { readTracker, TrackerRead } from "./tracker";
import { CalendarDate } from "./schedule";
import { findSheet, SheetSnapshot, WorkbookSnapshot } from "./workbook";

export type StubbedModel = ModelResult & { missingQuarters: string[] };

export type BookReading = {
  readonly book: WorkbookSnapshot;
  /** Undefined when a sheet the model needs is missing or cannot be read. */
  readonly model: KinerjaModel | undefined;
  /** The model's problems and the generated sheets a recap may not replace (`check`). */
  readonly problems: Problem[];
  /**
   * The model as if missing quarter sheets were empty, and which were missing: setting up a workbook
   * and the overview need the indicators of a workbook that still lacks some quarter sheets.
   */
  readonly withStubs: StubbedModel;
  readonly settings: Settings;
  readonly sop: SopSteps;
  readonly tracker: TrackerRead;
};

/** A value computed on first use; `known` tells whether it has been. */
class Lazy<T> {
  private computed: { value: T } | undefined;
  constructor(private readonly compute: () => T) {}
  get(): T {
    return (this.computed ??= { value: this.compute() }).value;
  }
  get known(): T | undefined {
    return this.computed?.value;
  }
}

/** `today`, the command's calendar day, decides which quarters have ended (schedule.ts). */
export function readBook(book: WorkbookSnapshot, today?: CalendarDate): BookReading {
  const read = new Lazy(() => readModel(book, today));
  const checked = new Lazy(() => [...read.get().problems, ...foreignSheetProblems(book)]);
  const missing = QUARTERS.filter((q) => !findSheet(book, quarterSheet(q)));
  // With every quarter sheet there, the stand-ins change nothing: the model read is that read.
  const stubbed = new Lazy((): StubbedModel => ({
    ...(missing.length === 0
      ? read.get()
      : readModel({ ...book, sheets: [...book.sheets, ...missing.map(emptyQuarterSheet)] }, today)),
    missingQuarters: missing.map(quarterSheet),
  }));
  // The model reads Pengaturan too; a command that has read the model does not read it again.
  const settings = new Lazy(
    () =>
      read.known?.model?.settings ??
      stubbed.known?.model?.settings ??
      readSettings(findSheet(book, SETTINGS_SHEET), [], book.date1904)
  );
  const sop = new Lazy(() => readSopSteps(book));
  const tracker = new Lazy(() => readTracker(book));
  return {
    book,
    get model() {
      return read.get().model;
    },
    get problems() {
      return checked.get();
    },
    get withStubs() {
      return stubbed.get();
    },
    get settings() {
      return settings.get();
    },
    get sop() {
      return sop.get();
    },
    get tracker() {
      return tracker.get();
    },
  };
}

/** Core plans take a snapshot (read here) or the command's reading of it. */
export const readingOf = (
  source: WorkbookSnapshot | BookReading,
  today?: CalendarDate
): BookReading => ("book" in source ? source : readBook(source, today));

function emptyQuarterSheet(q: (typeof QUARTERS)[number]): SheetSnapshot {
  const spec = quarterSheetTemplate(q, [], null);
  return { name: spec.name, rows: spec.rows.map((row) => row.map((c) => ({ value: c.value }))) };
}
