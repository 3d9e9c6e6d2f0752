// The problems in English, for the pane in an English Office. Sheet names, headers, vocabulary
// (Positif, Rasio…) and the user's cell text stay as the workbook writes them; numbers read from
// cells take a decimal point here.
import { AGREGASI, APPROVAL_SHEET, FREKUENSI, PK_SHEET, SETTINGS_SHEET } from "../contract";
import type { StoredType } from "../workbook";
import type { CellName, MasterCell, ProblemCatalog, ReportPart } from "./catalog";
import { clip, listWords, shortList, showFormula, showNumber } from "./show";

const num = (x: number): string => showNumber(x, "en");

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** An approved value as a change shows it: null is an item that does not exist. */
const shownValue = (v: string | null): string => (v === null ? "(none)" : v === "" ? "(blank)" : v);

const TYPE_WORD: Record<StoredType, string> = {
  number: "number",
  boolean: "logical value",
  date: "date",
  error: "error code",
  sharedString: "shared-string reference",
};

const PART: Record<ReportPart, string> = {
  letterhead: "letterhead",
  title: "title",
  signature: "signature block",
};

const name = (what: CellName): string =>
  typeof what === "string"
    ? what
    : { headerCell: "column header", scaleLabel: "Skala label" }[what.phrase];

function masterCell(c: MasterCell): string {
  if (c.kind === "value") return `"${c.value}"`;
  const shows =
    c.shows === "nothing"
      ? "no saved result"
      : c.shows === "blank"
        ? "showing blank"
        : `showing "${c.shows.value}"`;
  return `the formula ${showFormula(c.formula)} (${shows})`;
}

export const en: ProblemCatalog = {
  sheetMissing: ({ name }) =>
    `sheet "${name}" is missing — run "Set up workbook" (or rekap-kinerja init) to create it`,
  sheetLookalike: ({ name, lookalike }) =>
    `sheet "${name}" is missing; sheet "${lookalike}" may be meant — rename it to "${name}"`,
  headerRowMissing: ({ anchor, rows }) =>
    `header row not found: no cell "${anchor}" in the first ${rows} rows`,
  columnTwice: ({ header, first, second }) =>
    `column "${header}" appears twice (${first} and ${second}) — delete or rename one of them`,
  columnMissing: ({ header, row }) => `column "${header}" is not in the header row (row ${row})`,
  ratioColumnMissing: ({ header, kode }) =>
    `column "${header}" is missing, but indicator ${kode} uses Agregasi Rasio`,
  foreignSheet: ({ sheet, marker }) =>
    `sheet '${sheet}' was not made by Rekap Kinerja (row 1 does not hold "${marker}") — ` +
    `its content will not be overwritten; rename that sheet, then recap again`,

  kodeBlank: () => "Kode is blank",
  kodeError: ({ error }) => `Kode holds the error ${error}`,
  kodeLogical: () => "Kode holds a logical value, not a code",
  kodeSpaces: ({ kode }) => `Kode "${kode}" starts or ends with a space — remove it`,
  kodeWildcard: ({ kode }) => `Kode "${kode}" contains * ? or ~ — a Kode cannot use them`,
  kodeTooLong: () => "Kode is longer than 255 characters",

  kodeTwice: ({ kode, row }) => `Kode "${kode}" appears twice — already used in row ${row}`,
  indikatorBlank: ({ kode }) => `Indikator Kinerja for Kode "${kode}" is blank`,
  polaritasUnknown: ({ value }) => `Polaritas "${value}" is unknown — choose Positif or Negatif`,
  agregasiUnknown: ({ value }) => `Agregasi "${value}" is unknown — choose ${AGREGASI.join(", ")}`,
  frekuensiUnknown: ({ value }) =>
    `Frekuensi "${value}" is unknown — choose ${FREKUENSI.join(", ")} (blank means Triwulanan)`,
  pengaliNotPositive: () =>
    "Pengali must be a number above 0 — e.g. 100 for percent, 1000 per 1,000 people (blank means 100)",
  pengaliIgnored: ({ agregasi }) =>
    `Pengali is used only by Agregasi Rasio indicators — ignored for Agregasi ${agregasi}`,
  renstraTahunBad: ({ shown }) =>
    `Tahun Akhir Renstra "${shown}" is not a year — write a four-digit year, e.g. 2026`,
  renstraTahunPast: ({ tahun, year }) =>
    `Tahun Akhir Renstra ${tahun} is before Tahun ${year} in ${SETTINGS_SHEET} — give the end year of the Renstra in force`,
  renstraTahunAlone: ({ kode }) =>
    `Tahun Akhir Renstra without Target Akhir Renstra for Kode "${kode}" — ignored; fill in the target`,
  kodeBlankWithFigures: () => "Kode is blank, but this row holds figures",
  kodeNotInPk: ({ kode }) => `Kode "${kode}" is not in ${PK_SHEET}`,
  kodeTwiceInQuarter: ({ kode, row }) =>
    `Kode "${kode}" appears twice — already filled in in row ${row}`,
  ratioHalf: ({ kode }) => `Rasio indicator ${kode}: fill in Pembilang and Penyebut together`,
  ratioRealisasiOnly: ({ kode }) =>
    `Rasio indicator ${kode} is computed as Pembilang ÷ Penyebut — fill in both, not only Realisasi`,

  numberRequired: ({ header }) => `${header} must be filled in with a number`,
  numberFixable: ({ header, reason, formula }, say) =>
    `${header} ${say(reason)}` +
    (formula === undefined
      ? ""
      : ` — this cell holds the formula ${showFormula(formula)}; fix replaces it with the number`),
  numberRejected: ({ header, reason }, say) => `${header} ${say(reason)}`,
  numberNoData: ({ header, shown }) =>
    `${header} "${shown}" means no data — this quarter counts as not reported`,
  numberRequiredNoData: ({ header, shown }) =>
    `${header} "${shown}" means no data, but ${header} must be filled in with a number`,

  negative: ({ value }) => `is negative (${num(value)}); a count cannot be negative`,
  negativeTarget: ({ value }) =>
    `${num(value)}: a negative target: capaian cannot be computed — state it as a positive target with the fitting Polaritas`,
  cellError: ({ error }) => `holds the error ${error}`,
  logical: ({ value }) => `holds the logical value ${value ? "TRUE" : "FALSE"}, not a number`,
  notFinite: () => "is not a valid number",
  date: () => "holds a date, not a number",
  percentStored: ({ meant, stored }) =>
    `is formatted as a percentage (${num(meant)}%) stored as ${num(stored)} — read as ${num(meant)}`,
  ambiguous: ({ shown }) =>
    `"${shown}" is unclear (thousands or decimals?) — type it again as a number`,
  severalNumbers: ({ shown }) => `"${shown}" holds more than one number`,
  notANumber: ({ shown }) => `"${shown}" is not a number`,
  percentSign: ({ shown }) => `"${shown}" has a % sign, but the indicator's Satuan is not %`,
  storedAsText: ({ shown, value }) => `"${shown}" is stored as text — read as ${num(value)}`,
  nihil: ({ shown }) => `"${shown}" means zero — read as 0`,
  unitTyped: ({ shown, value }) => `"${shown}" includes its unit — read as ${num(value)}`,
  unitMismatch: ({ shown, unit, satuan }) =>
    `"${shown}": unit ${unit}, but the indicator's Satuan is ${satuan}`,

  cellUnreadable: ({ what, unreadable, formula }) => {
    const context = formula === undefined ? name(what) : `${name(what)}: ${showFormula(formula)}`;
    if (unreadable.kind === "uncached")
      return `formula without a saved result — open and save this file in Excel or LibreOffice first (${context})`;
    const stored = `"${clip(unreadable.stored, 40)}" is not a valid ${TYPE_WORD[unreadable.as]}`;
    return formula === undefined
      ? `the saved value ${stored} — type the content again in Excel or LibreOffice (${context})`
      : `the saved formula result ${stored} — open and save this file in Excel or LibreOffice first (${context})`;
  },

  targetSum: ({ kode, total, target }) =>
    `${kode}: the sum of Target TW I–IV (${total}) differs from Target Tahunan (${target})`,
  percentSummed: ({ kode }) =>
    `${kode}: percentages are not added up — use Agregasi Rasio or Terakhir`,
  tw4Target: ({ kode, tw4, target }) =>
    `${kode}: Target TW IV (${tw4}) differs from Target Tahunan (${target})`,

  overTenfold: ({ header, value, target }) =>
    `${header} ${num(value)} is more than 10× the target (${num(target)}) — a mistyped thousands separator?`,
  negativeCount: ({ header, value, satuan }) =>
    `${header} ${num(value)} is negative, but ${satuan} is counted (never below 0) — a mistyped minus sign?`,
  negativePositif: ({ header, value }) =>
    `${header} ${num(value)} is negative on a Positif indicator — a capaian below 0 counts as 0`,
  percentOver100: ({ header, value }) =>
    `${header} ${num(value)} is above 100 %, with Polaritas Positif — a count typed instead of a percentage, or a shifted decimal comma?`,

  notDueQuarter: ({ frekuensi, quarter, due }) =>
    `${frekuensi} indicator: the ${quarter} value is not counted — only ${listWords(due, "and")}`,
  quarterNotEnded: ({ quarter, end }) =>
    `${quarter} ${end.year} has not ended yet (${end.day} ${MONTHS[end.month - 1]} ${end.year}) — this value is not counted yet`,

  scaleRow: () => 'a Skala row needs a lower bound and a label, e.g. "91 Sangat Baik"',
  predikatRow: () =>
    'a Skala Predikat row needs a predicate and its nilai (a number), e.g. "AA 90" or "WTP; 4"',
  predikatTwice: ({ label }) => `predicate "${label}" is already in Skala Predikat`,
  predikatUnknown: ({ header, shown, known }) =>
    `${header} "${shown}" is no predicate of Skala Predikat — e.g. ${known.join(", ")}`,
  predikatAgregasi: ({ agregasi }) =>
    `a Predikat indicator is rolled up by its latest predicate (Terakhir) — Agregasi ${agregasi} ignored`,
  rangeBad: ({ header, shown, reason }) =>
    `${header} "${shown}": ${reason === "order" ? "the range's lower bound must be below its upper bound" : "a bound of the range is not a number"} — write e.g. "80 – 90"`,
  settingsMissing: ({ part, keys }) =>
    `the report's ${PART[part]} lacks ${keys.join(", ")} — fill in ${keys.length > 1 ? "these keys" : "this key"} (columns Kunci/Nilai) to print it`,
  jamKerjaBad: ({ shown }) =>
    `Jam Kerja "${shown}" cannot be read — write the start and end times, e.g. "07:30–16:00"`,
  hariLiburBad: ({ shown }) =>
    `Hari Libur "${shown}" is no date — type the date, or write e.g. 2026-12-24 or 24/12/2026`,

  handTyped: ({ cells }) =>
    `${cells.length} hand-typed cells overwritten: ${shortList(cells, (n) => `and ${n} more cells`)}`,
  recapMissing: ({ sheet, title }) =>
    `sheet ${sheet} does not exist yet — run Recap ${title} first`,
  recapStale: ({ sheet, title, indicators }) =>
    `sheet ${sheet} does not match the current Perjanjian Kinerja (${indicators} indicators) — run Recap ${title} again`,
  recapColumnStale: ({ sheet, title, column }) =>
    `sheet ${sheet} was made before the ${column} column of ${PK_SHEET} changed — run Recap ${title} again`,

  approvalSheetForeign: ({ sheet, headers }) =>
    `sheet ${sheet} was not made by Rekap Kinerja (row 1 must be ${headers.join(" · ")}) — rename it so approvals can be recorded`,
  approvedChanged: ({ kode, besaran, before, after, periode }) =>
    `${kode} ${besaran}: ${shownValue(before)} → ${shownValue(after)} — changed since ${periode} was approved`,
  chainBroken: ({ sheet }) =>
    `this row was edited, or the row above it removed, after it was written (the ${sheet} hash chain is broken)`,
  approvalRecordMissing: ({ periode, fingerprint }) =>
    `the approval of ${periode} (fingerprint ${fingerprint.slice(0, 12)}) is not in sheet ${APPROVAL_SHEET} — the approval record was edited or removed`,
  approvalRecordAltered: ({ periode, fingerprint }) =>
    `the approval rows of ${periode} in sheet ${APPROVAL_SHEET} no longer match its fingerprint (${fingerprint.slice(0, 12)}) — edited after approval`,

  periodStateRefuses: ({ periode, state, action }) =>
    action === "submit"
      ? `the ${periode} report is already submitted and awaits the Kasubag Perencanaan's decision`
      : state === "Disetujui"
        ? `the ${periode} report is already approved — submit it again after changes`
        : `the ${periode} report is not submitted (state ${state}) — submit it first, then decide`,
  notKasubag: ({ kasubag, name }) =>
    `this decision is the Kasubag Perencanaan's (${kasubag}); ${name} may decide only by confirming they act on their behalf`,

  masterUnfit: () => "the master does not follow the sheet layout — run check on the master first",
  unitUnfit: ({ unit }) => `${unit}: the sheet layout does not fit — run check on the unit's file`,
  rowNotCopied: ({ from, issue }, say) => `row from ${from} not copied — ${say(issue)}`,
  kodeNotInMaster: ({ kode, from }) =>
    `Kode "${kode}" from ${from} is not in the master's ${PK_SHEET} — not copied`,
  cellNotCopied: ({ from, issue }, say) => `content of ${from} not copied — ${say(issue)}`,
  unitCellBad: ({ header, from, value }) =>
    `${header} from ${from} has a problem ("${value}") — fix it in the unit's file first; not copied`,
  masterColumnMissing: ({ header, from }) =>
    `column "${header}" is not in the master; content of ${from} not copied`,
  mergeConflict: ({ master, from, value }) =>
    `the master holds ${masterCell(master)}, ${from} holds "${value}" — not overwritten; decide yourself`,

  pjColumnMissing: () =>
    "there is no Penanggung Jawab column — fill in each indicator's Penanggung Jawab so it can be distributed",
  pjBlank: ({ kode }) =>
    `Kode "${kode}" has no Penanggung Jawab — it goes into no unit's file; fill it in the master`,
  noUnitToDistribute: () => "no indicator has a Penanggung Jawab — no unit file was made",
  unitMarkerBad: ({ unit, sheet }) =>
    `${unit}: sheet ${sheet} is damaged or edited — not recognised as a unit file; distribute again from the master`,
  unitYearDiffers: ({ unit, year, masterYear }) =>
    `${unit}: a unit file of year ${year}, but the master is of ${masterYear}`,
  unitQuarterMissing: ({ unit, quarter }) =>
    `${unit}: a unit file for ${quarter}, but it has no sheet ${quarter}`,
  unitSheetMissing: ({ unit, sheet }) => `${unit}: sheet ${sheet} was removed from the unit file`,
  unitOtherQuarter: ({ from, quarter }) =>
    `${from} is filled in, but this unit file is for ${quarter} only`,
  unitCellChanged: ({ from, header, was, now }) =>
    `${header} in ${from} was changed: distributed "${was}", now "${now}" — this cell is read-only`,
  unitKodeForeign: ({ kode, from, pj }) =>
    `Kode "${kode}" in ${from} is not an indicator of ${pj} — a unit file holds its own rows only`,
  unitRowAdded: ({ from }) => `row added in ${from} — a unit file holds the distributed rows only`,
  unitKodeTwice: ({ kode, from, row }) =>
    `Kode "${kode}" in ${from} is already in row ${row} — a row added`,
  unitSkipped: ({ unit, pj, count }) =>
    `${unit} (${pj}) not merged: ${count} changes outside its entries (see above) — correct that file or distribute again`,

  sopNoBlank: () => "step No is blank",
  sopNoInvalid: ({ no }) => `No "${no}" is not a step number`,
  sopStepTwice: ({ no, row }) => `step ${no} is already in row ${row}`,
  waktuBakuUnknown: ({ value }) =>
    `Waktu Baku "${value}" is unknown — write e.g. "15 Menit" or "2 Hari"`,
  sopEmpty: () => "the SOP sheet holds no readable step — the built-in SOP is used",
  trackerProtected: () => "the sheet is protected — unprotect it so SOP steps can be recorded",
  namaRequired: () => "the name of who did the step is required",
  selesaiBeforeMulai: () => "Selesai is earlier than Mulai",
  catatanRequired: () =>
    "Catatan is required when Keputusan is Tidak: write what must be corrected",
  stepUnknown: ({ step, known }) => `step ${step} is not in the SOP (steps: ${known.join(", ")})`,
  periodeOtherYear: ({ periode, year }) =>
    `period ${periode} is not this workbook's year (Tahun ${year} in ${SETTINGS_SHEET})`,
  stepNotRecorded: ({ problem }, say) => `SOP step not recorded: ${say(problem)}`,

  riwayatNoYear: () =>
    `Tahun in ${SETTINGS_SHEET} is blank or not a four-digit year — Riwayat is kept per year; fill in Tahun first`,
  riwayatNotPrevious: ({ year, current }) =>
    year === current
      ? `Tahun ${year} is this workbook's own year — not history; choose workbooks of earlier years`
      : `Tahun ${year} is after this workbook's year (${current}) — Riwayat holds earlier years only`,
  riwayatYearTwice: ({ year, other }) =>
    `Tahun ${year} is also the year of ${other} — take one workbook per year`,
};
