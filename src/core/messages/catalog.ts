// Every problem the core (and the use cases) can report, as one catalog that each language implements
// (id.ts, en.ts). A problem carries its text as a key and parameters, so the pane can say it in its own
// language while the command line keeps Indonesian. Sheet names, headers, Kode values, Kategori labels
// and whatever a cell holds are parameters: contract terms and the user's own text, never translated.
import type { Unreadable } from "../workbook";

export type Lang = "id" | "en";

/** Renders a nested text (a reason inside a message) in the language being rendered. */
export type Say = (text: ProblemText) => string;

/** A cell named by its column header (a contract term, said as is) or by what it is. */
export type CellName = string | { phrase: "headerCell" | "scaleLabel" };

/** A master cell as a merge conflict names it: its value, or its formula and what that shows. */
export type MasterCell =
  | { kind: "value"; value: string }
  | { kind: "formula"; formula: string; shows: { value: string } | "blank" | "nothing" };

/** The parts of the printed report that take their text from Pengaturan. */
export type ReportPart = "letterhead" | "title" | "signature";

export interface ProblemCatalog {
  // ---- sheets and header rows (model.ts, layout.ts, ownership.ts)
  sheetMissing(p: { name: string }): string;
  /** The sheet is missing, and another one's name looks like it (`TW 2` for `TW II`). */
  sheetLookalike(p: { name: string; lookalike: string }): string;
  headerRowMissing(p: { anchor: string; rows: number }): string;
  /** `first` and `second` are `Sheet!A1` references. */
  columnTwice(p: { header: string; first: string; second: string }): string;
  /** `row` is 1-based, as Excel shows it (so are all rows below). */
  columnMissing(p: { header: string; row: number }): string;
  ratioColumnMissing(p: { header: string; kode: string | number }): string;
  /** A generated sheet's name taken by a sheet without the `marker` in row 1. */
  foreignSheet(p: { sheet: string; marker: string }): string;

  // ---- Kode cells (names.ts)
  kodeBlank(): string;
  kodeError(p: { error: string }): string;
  kodeLogical(): string;
  kodeSpaces(p: { kode: string }): string;
  kodeWildcard(p: { kode: string }): string;
  kodeTooLong(): string;

  // ---- Perjanjian Kinerja and the quarter sheets (indicators.ts, quarterSheets.ts)
  kodeTwice(p: { kode: string | number; row: number }): string;
  indikatorBlank(p: { kode: string | number }): string;
  polaritasUnknown(p: { value: string }): string;
  agregasiUnknown(p: { value: string }): string;
  frekuensiUnknown(p: { value: string }): string;
  /** A Rasio's Pengali of 0 (a negative one or text is a number problem). */
  pengaliNotPositive(): string;
  /** A warning: Pengali on an indicator whose Agregasi is not Rasio. */
  pengaliIgnored(p: { agregasi: string }): string;
  /** Tahun Akhir Renstra that is no four-digit year; `shown` as typed. */
  renstraTahunBad(p: { shown: string }): string;
  /** Tahun Akhir Renstra before Pengaturan's Tahun: that Renstra has ended. */
  renstraTahunPast(p: { tahun: number; year: number }): string;
  /** A warning: Tahun Akhir Renstra without Target Akhir Renstra, ignored. */
  renstraTahunAlone(p: { kode: string | number }): string;
  kodeBlankWithFigures(): string;
  kodeNotInPk(p: { kode: string | number }): string;
  kodeTwiceInQuarter(p: { kode: string | number; row: number }): string;
  ratioHalf(p: { kode: string | number }): string;
  ratioRealisasiOnly(p: { kode: string | number }): string;

  // ---- numbers in cells (cellNumbers.ts): the header, then why (a reason below)
  numberRequired(p: { header: string }): string;
  /** `formula` is the formula the fix replaces, without `=`. */
  numberFixable(p: { header: string; reason: NumberReason; formula?: string }, say: Say): string;
  numberRejected(p: { header: string; reason: NumberReason }, say: Say): string;
  /** A no-data marker (`-`, `N/A`) where a quarter's figure goes: a warning, not reported. */
  numberNoData(p: { header: string; shown: string }): string;
  /** A no-data marker where a number is required (Target Tahunan). */
  numberRequiredNoData(p: { header: string; shown: string }): string;

  // ---- reasons (parse.ts): why a cell is not a plain number; said after its header
  negative(p: { value: number }): string;
  negativeTarget(p: { value: number }): string;
  cellError(p: { error: string }): string;
  logical(p: { value: boolean }): string;
  notFinite(): string;
  date(): string;
  /** A percent-formatted fraction in a % indicator: `stored` 0.75 means `meant` 75. */
  percentStored(p: { meant: number; stored: number }): string;
  /** `shown` is the cell's text as typed, cut short when long. */
  ambiguous(p: { shown: string }): string;
  severalNumbers(p: { shown: string }): string;
  notANumber(p: { shown: string }): string;
  percentSign(p: { shown: string }): string;
  storedAsText(p: { shown: string; value: number }): string;
  /** `nihil`, Indonesian for none: zero, not "no data". */
  nihil(p: { shown: string }): string;
  /** A number with the indicator's own unit typed beside it (`100 Orang`). */
  unitTyped(p: { shown: string; value: number }): string;
  /** A number with another unit than the indicator's Satuan; `unit` as typed. */
  unitMismatch(p: { shown: string; unit: string; satuan: string }): string;

  // ---- cells whose file holds no value to trust (unreadable.ts)
  /** `formula` is the cell's formula, without `=`. */
  cellUnreadable(p: { what: CellName; unreadable: Unreadable; formula?: string }): string;

  // ---- plausibility warnings (targetWarnings.ts)
  targetSum(p: { kode: string | number; total: number; target: number }): string;
  percentSummed(p: { kode: string | number }): string;
  tw4Target(p: { kode: string | number; tw4: number; target: number }): string;

  // ---- plausibility warnings on a quarter's figures (plausibility.ts); `header` names the figure
  overTenfold(p: { header: string; value: number; target: number }): string;
  negativeCount(p: { header: string; value: number; satuan: string }): string;
  negativePositif(p: { header: string; value: number }): string;
  percentOver100(p: { header: string; value: number }): string;

  // ---- which quarters count (schedule.ts): warnings at a value that is left out
  /** `quarter` is `TW II`; `due` the quarters the Frekuensi reports in. */
  notDueQuarter(p: { frekuensi: string; quarter: string; due: string[] }): string;
  /** `end` is the quarter's last day, in the year of Pengaturan's Tahun. */
  quarterNotEnded(p: {
    quarter: string;
    end: { year: number; month: number; day: number };
  }): string;

  // ---- Pengaturan (settings.ts) and the printed report (report.ts)
  scaleRow(): string;
  /** A `Skala Predikat` row: a label and its nilai (a number). */
  predikatRow(): string;
  predikatTwice(p: { label: string }): string;
  /** A Predikat indicator's cell that is no label of the table; `known` a few of its labels. */
  predikatUnknown(p: { header: string; shown: string; known: string[] }): string;
  /** A warning: a Predikat indicator is rolled up by its latest predicate whatever Agregasi says. */
  predikatAgregasi(p: { agregasi: string }): string;
  /** A target typed as a range whose bounds are not two numbers, lower first. */
  rangeBad(p: { header: string; shown: string; reason: "order" | "number" }): string;
  settingsMissing(p: { part: ReportPart; keys: string[] }): string;
  /** Pengaturan's working hours (officeTime.ts); `shown` is the cell as typed. */
  jamKerjaBad(p: { shown: string }): string;
  /** A Pengaturan `Hari Libur` row that holds no date. */
  hariLiburBad(p: { shown: string }): string;

  // ---- recaps (plan.ts, decision.ts)
  /** `cells` are A1 addresses, in sheet order. */
  handTyped(p: { cells: string[] }): string;
  recapMissing(p: { sheet: string; title: string }): string;
  recapStale(p: { sheet: string; title: string; indicators: number }): string;
  /** Perjanjian Kinerja gained or lost the optional `column` since the recap was written. */
  recapColumnStale(p: { sheet: string; title: string; column: string }): string;

  // ---- approvals (approval.ts, approvalSheet.ts, src/app/approvals.ts)
  approvalSheetForeign(p: { sheet: string; headers: string[] }): string;
  /** An approved item that differs now; `before`/`after` null when it did not / does not exist. */
  approvedChanged(p: {
    kode: string;
    besaran: string;
    before: string | null;
    after: string | null;
    periode: string;
  }): string;
  /** A row of a hash-chained sheet (Log, Persetujuan) edited, or the row above it removed. */
  chainBroken(p: { sheet: string }): string;
  /** The tracker's Ya names a fingerprint the Persetujuan sheet does not hold. */
  approvalRecordMissing(p: { periode: string; fingerprint: string }): string;
  /** The Persetujuan rows of an approval no longer give its fingerprint. */
  approvalRecordAltered(p: { periode: string; fingerprint: string }): string;
  /** `action` is not allowed while the period's report is in `state` (core/periodState.ts). */
  periodStateRefuses(p: {
    periode: string;
    state: "Draf" | "Diajukan" | "Disetujui" | "Dikembalikan";
    action: "submit" | "approve" | "giveBack";
  }): string;
  /** A decision by someone other than Pengaturan's Kasubag Perencanaan, not confirmed. */
  notKasubag(p: { kasubag: string; name: string }): string;

  // ---- merge (merge.ts): `from` names the unit file and cell, e.g. `unit.xlsx (TW II!E7)`
  masterUnfit(): string;
  unitUnfit(p: { unit: string }): string;
  rowNotCopied(p: { from: string; issue: ProblemText }, say: Say): string;
  kodeNotInMaster(p: { kode: string | number; from: string }): string;
  cellNotCopied(p: { from: string; issue: ProblemText }, say: Say): string;
  unitCellBad(p: { header: string; from: string; value: string }): string;
  masterColumnMissing(p: { header: string; from: string }): string;
  mergeConflict(p: { master: MasterCell; from: string; value: string }): string;

  // ---- unit files (distribute.ts, unitFile.ts): `unit` is the file, `pj` its Penanggung Jawab
  pjColumnMissing(): string;
  /** A warning: the indicator goes into no unit file. */
  pjBlank(p: { kode: string | number }): string;
  noUnitToDistribute(): string;
  unitMarkerBad(p: { unit: string; sheet: string }): string;
  unitYearDiffers(p: { unit: string; year: number; masterYear: number }): string;
  unitQuarterMissing(p: { unit: string; quarter: string }): string;
  unitSheetMissing(p: { unit: string; sheet: string }): string;
  /** `from` names a cell of a quarter sheet the file was not made for. */
  unitOtherQuarter(p: { from: string; quarter: string }): string;
  unitCellChanged(p: { from: string; header: string; was: string; now: string }): string;
  unitKodeForeign(p: { kode: string | number; from: string; pj: string }): string;
  unitRowAdded(p: { from: string }): string;
  unitKodeTwice(p: { kode: string | number; from: string; row: number }): string;
  unitSkipped(p: { unit: string; pj: string; count: number }): string;

  // ---- the SOP sheet and the step tracker (sop.ts, tracker.ts, src/app)
  sopNoBlank(): string;
  sopNoInvalid(p: { no: string }): string;
  sopStepTwice(p: { no: number; row: number }): string;
  waktuBakuUnknown(p: { value: string }): string;
  sopEmpty(): string;
  trackerProtected(): string;
  namaRequired(): string;
  selesaiBeforeMulai(): string;
  catatanRequired(): string;
  stepUnknown(p: { step: number; known: number[] }): string;
  /** `periode` as the tracker writes it (`TW II 2023`); `year` is Pengaturan's Tahun. */
  periodeOtherYear(p: { periode: string; year: number }): string;
  stepNotRecorded(p: { problem: ProblemText }, say: Say): string;

  // ---- Riwayat (riwayatImport.ts): previous years' figures; a refused file is named by the caller
  /** Pengaturan's Tahun blank or not a year: rows of Riwayat are per year. */
  riwayatNoYear(): string;
  /** A workbook given as a previous year's whose Tahun is this workbook's own, or later. */
  riwayatNotPrevious(p: { year: number; current: number }): string;
  /** Two workbooks given for one year; `other` names the other file. */
  riwayatYearTwice(p: { year: number; other: string }): string;
}

export type MessageKey = keyof ProblemCatalog;
type ParamsOf<K extends MessageKey> = Parameters<ProblemCatalog[K]>[0];

/** What a problem says, as data: a catalog key and that entry's parameters (none for some). */
export type ProblemText<K extends MessageKey = MessageKey> = {
  [P in K]: ParamsOf<P> extends undefined ? { key: P } : { key: P; params: ParamsOf<P> };
}[K];

/** Why a cell is not a plain number (parse.ts). */
export type NumberReason = ProblemText<
  | "negative"
  | "negativeTarget"
  | "cellError"
  | "logical"
  | "notFinite"
  | "date"
  | "percentStored"
  | "ambiguous"
  | "severalNumbers"
  | "notANumber"
  | "percentSign"
  | "storedAsText"
  | "nihil"
  | "unitTyped"
  | "unitMismatch"
>;

/** Why a Kode cell cannot identify an indicator (names.ts). */
export type KodeIssue = ProblemText<
  "kodeBlank" | "kodeError" | "kodeLogical" | "kodeSpaces" | "kodeWildcard" | "kodeTooLong"
>;
