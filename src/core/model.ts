// Reads the user's sheets into the indicator model, collecting every problem on the way
// (DESIGN.md §2). Nothing here throws for bad input: problems are values.
import {
  AGREGASI,
  Agregasi,
  normalizeWord,
  PK_COLUMNS,
  PK_REQUIRED,
  PK_SHEET,
  PkColumn,
  POLARITAS,
  Polaritas,
  Quarter,
  QUARTERS,
  quarterSheet,
  quarterTargetColumn,
  SETTINGS_SHEET,
  TW_COLUMNS,
  TW_REQUIRED,
  TwColumn,
} from "./contract";
import { readLayout, SheetLayout } from "./layout";
import { NumberContext, readNumber } from "./parse";
import { Problem } from "./problems";
import { readSettings, Settings } from "./settings";
import {
  a1,
  Cell,
  cellText,
  CellValue,
  findSheet,
  SheetSnapshot,
  WorkbookSnapshot,
} from "./workbook";
import { QuarterFigures } from "./rollup";
import { kodeKey, kodeProblem, similarSheetName } from "./names";
import { checkReadable, isUnreadable, showFormula } from "./unreadable";

export type Indicator = {
  /** The Kode as stored (text or number), so the recap matches it exactly as MATCH does. */
  kode: string | number;
  sasaran: string;
  indikator: string;
  satuan: string;
  targetTahunan: number;
  quarterTargets: Record<Quarter, number | null>;
  polaritas: Polaritas;
  agregasi: Agregasi;
  penanggungJawab: string;
  /** 0-based row in Perjanjian Kinerja. */
  row: number;
};

export type QuarterEntry = QuarterFigures & { row: number };

export type QuarterSheet = {
  quarter: Quarter;
  layout: SheetLayout<TwColumn>;
  entries: Map<string, QuarterEntry>;
};

export type KinerjaModel = {
  indicators: Indicator[];
  pkLayout: SheetLayout<PkColumn>;
  quarters: Record<Quarter, QuarterSheet>;
  settings: Settings;
};

export type ModelResult = { model: KinerjaModel | undefined; problems: Problem[] };

export function readModel(book: WorkbookSnapshot): ModelResult {
  const problems: Problem[] = [];
  const settings = readSettings(findSheet(book, SETTINGS_SHEET), problems);
  const pkSheet = requireSheet(book, PK_SHEET, problems);
  const pk = pkSheet && readIndicators(pkSheet, problems);
  const quarters = {} as Record<Quarter, QuarterSheet>;
  let quartersComplete = true;
  for (const q of QUARTERS) {
    const sheet = requireSheet(book, quarterSheet(q), problems);
    const read = sheet && pk && readQuarter(sheet, q, pk.indicators, problems);
    if (read) quarters[q] = read;
    else quartersComplete = false;
  }
  if (pk) warnTargetShape(pk.indicators, pk.layout, problems);
  const model =
    pk && quartersComplete
      ? { indicators: pk.indicators, pkLayout: pk.layout, quarters, settings }
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
  problems.push({
    sheet: name,
    cell: "A1",
    severity: "error",
    message: lookalike
      ? `lembar "${name}" tidak ada; lembar "${lookalike.name}" mungkin dimaksud — ganti namanya menjadi "${name}"`
      : `lembar "${name}" tidak ada — jalankan "Siapkan buku kerja" (atau rekap-kinerja init) untuk membuatnya`,
  });
  return undefined;
}

type Row = (Cell | undefined)[];

// A cell the file holds no value for is not blank: it may be anything once Excel computes it.
const isBlankRow = (row: Row | undefined): boolean =>
  !row ||
  row.every(
    (c) =>
      !c ||
      (!isUnreadable(c) &&
        (c.value === null || (typeof c.value === "string" && c.value.trim() === "")))
  );

const PK_TEXTS: readonly PkColumn[] = [
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "agregasi",
  "penanggungJawab",
];
/** Text columns that change how figures are read or what merge writes: unknown, no indicator. */
const DECISIVE_TEXTS: readonly PkColumn[] = ["indikator", "satuan", "polaritas", "agregasi"];

function readIndicators(sheet: SheetSnapshot, problems: Problem[]) {
  const layout = readLayout(sheet, PK_COLUMNS, PK_REQUIRED, problems);
  if (!layout) return undefined;
  const col = layout.columns;
  const indicators: Indicator[] = [];
  const seen = new Map<string, number>();
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    const at = (k: PkColumn): Cell | undefined =>
      col[k] === undefined ? undefined : row?.[col[k] as number];
    const where = (k: PkColumn) => a1(r, col[k] as number);
    const report = (k: PkColumn, message: string, severity: Problem["severity"] = "error") =>
      problems.push({ sheet: PK_SHEET, cell: where(k), message, severity });
    // Cells the file holds no value for are problems of their own; nothing more is said of them.
    const readable = (k: PkColumn): boolean =>
      col[k] === undefined || checkReadable(PK_SHEET, r, col[k], at(k), PK_COLUMNS[k], problems);

    if (!readable("kode")) continue;
    const kodeCell = at("kode");
    const kodeIssue = kodeProblem(kodeCell?.value);
    if (kodeIssue) {
      report("kode", kodeIssue);
      continue;
    }
    const kode = kodeCell?.value as string | number;
    const key = kodeKey(kode);
    const first = seen.get(key);
    if (first !== undefined) {
      report("kode", `Kode "${kode}" ganda — sudah dipakai di baris ${first + 1}`);
      continue;
    }
    seen.set(key, r);

    const unknown = PK_TEXTS.filter((k) => !readable(k));
    const known = (k: PkColumn): boolean => !unknown.includes(k);
    const indikator = cellText(at("indikator")?.value);
    if (indikator === "" && known("indikator"))
      report("indikator", `Indikator Kinerja untuk Kode "${kode}" kosong`);
    const polaritas = known("polaritas")
      ? readVocabulary(at("polaritas")?.value, POLARITAS, "Positif")
      : undefined;
    if (!polaritas && known("polaritas"))
      report(
        "polaritas",
        `Polaritas "${cellText(at("polaritas")?.value)}" tidak dikenal — pilih Positif atau Negatif`
      );
    const agregasi = known("agregasi")
      ? readVocabulary(at("agregasi")?.value, AGREGASI, "Jumlah")
      : undefined;
    if (!agregasi && known("agregasi"))
      report(
        "agregasi",
        `Agregasi "${cellText(at("agregasi")?.value)}" tidak dikenal — pilih ${AGREGASI.join(", ")}`
      );
    const satuan = cellText(at("satuan")?.value);
    const ctx: NumberContext = {
      percentIndicator: isPercentSatuan(satuan),
      nonNegative: agregasi === "Jumlah" || agregasi === "Rasio",
    };
    const number = (k: PkColumn, required: boolean): number | null =>
      readCellNumber(PK_SHEET, r, col[k], at(k), ctx, PK_COLUMNS[k], required, problems);
    const targetTahunan = number("targetTahunan", true);
    const quarterTargets = {} as Record<Quarter, number | null>;
    for (const q of QUARTERS) quarterTargets[q] = number(quarterTargetColumn(q), false);
    if (
      indikator === "" ||
      !polaritas ||
      !agregasi ||
      targetTahunan === null ||
      unknown.some((k) => DECISIVE_TEXTS.includes(k))
    )
      continue;
    indicators.push({
      kode,
      sasaran: cellText(at("sasaran")?.value),
      indikator,
      satuan,
      targetTahunan,
      quarterTargets,
      polaritas,
      agregasi,
      penanggungJawab: cellText(at("penanggungJawab")?.value),
      row: r,
    });
  }
  return { indicators, layout };
}

function readQuarter(
  sheet: SheetSnapshot,
  quarter: Quarter,
  indicators: Indicator[],
  problems: Problem[]
) {
  const layout = readLayout(sheet, TW_COLUMNS, TW_REQUIRED, problems);
  if (!layout) return undefined;
  const col = layout.columns;
  const byKode = new Map(indicators.map((i) => [kodeKey(i.kode), i]));
  const needsRatioColumns = indicators.find((i) => i.agregasi === "Rasio");
  for (const k of ["pembilang", "penyebut"] as const) {
    if (needsRatioColumns && col[k] === undefined) {
      problems.push({
        sheet: sheet.name,
        cell: a1(layout.headerRow, 0),
        severity: "error",
        message: `kolom "${TW_COLUMNS[k]}" tidak ada, padahal indikator ${needsRatioColumns.kode} memakai Agregasi Rasio`,
      });
      return undefined;
    }
  }
  const entries = new Map<string, QuarterEntry>();
  const seen = new Map<string, number>();
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    const at = (k: TwColumn): Cell | undefined =>
      col[k] === undefined ? undefined : row?.[col[k] as number];
    const report = (k: TwColumn, message: string) =>
      problems.push({
        sheet: sheet.name,
        cell: a1(r, col[k] as number),
        message,
        severity: "error",
      });
    if (!checkReadable(sheet.name, r, col.kode as number, at("kode"), TW_COLUMNS.kode, problems))
      continue;
    const kodeValue = at("kode")?.value;
    if (kodeValue === null || kodeValue === undefined || cellText(kodeValue) === "") {
      if (hasFigures(row, col)) report("kode", "Kode kosong, padahal baris ini berisi angka");
      continue;
    }
    const kodeIssue = kodeProblem(kodeValue);
    if (kodeIssue) {
      report("kode", kodeIssue);
      continue;
    }
    const key = kodeKey(kodeValue as string | number);
    const indicator = byKode.get(key);
    if (!indicator) {
      report("kode", `Kode "${kodeValue}" tidak ada di ${PK_SHEET}`);
      continue;
    }
    if (seen.has(key)) {
      report(
        "kode",
        `Kode "${kodeValue}" ganda — sudah diisi di baris ${(seen.get(key) as number) + 1}`
      );
      continue;
    }
    seen.set(key, r);
    const ctx: NumberContext = {
      percentIndicator: isPercentSatuan(indicator.satuan),
      nonNegative: indicator.agregasi === "Jumlah" || indicator.agregasi === "Rasio",
    };
    const number = (k: TwColumn) =>
      readCellNumber(sheet.name, r, col[k], at(k), ctx, TW_COLUMNS[k], false, problems);
    const realisasi = number("realisasi");
    const pembilang = number("pembilang");
    const penyebut = number("penyebut");
    const allRead = FIGURES.every((k) => !isUnreadable(at(k)));
    if (indicator.agregasi === "Rasio" && allRead) {
      if ((pembilang === null) !== (penyebut === null)) {
        report(
          pembilang === null ? "pembilang" : "penyebut",
          `indikator Rasio ${indicator.kode}: isi Pembilang dan Penyebut bersama-sama`
        );
      } else if (pembilang === null && realisasi !== null) {
        report(
          "pembilang",
          `indikator Rasio ${indicator.kode} dihitung dari Pembilang ÷ Penyebut — isi keduanya, bukan hanya Realisasi`
        );
      }
    }
    entries.set(key, { realisasi, pembilang, penyebut, row: r });
  }
  return { quarter, layout, entries };
}

const FIGURES: readonly TwColumn[] = ["realisasi", "pembilang", "penyebut"];

function hasFigures(row: Row | undefined, col: Partial<Record<TwColumn, number>>): boolean {
  return FIGURES.some((k) => {
    const c = col[k] === undefined ? undefined : row?.[col[k] as number];
    return c !== undefined && (isUnreadable(c) || (c.value !== null && cellText(c.value) !== ""));
  });
}

function readCellNumber(
  sheet: string,
  row: number,
  col: number | undefined,
  cell: Cell | undefined,
  ctx: NumberContext,
  header: string,
  required: boolean,
  problems: Problem[]
): number | null {
  if (col !== undefined && !checkReadable(sheet, row, col, cell, header, problems)) return null;
  const cellRef = a1(row, col ?? 0);
  const reading = readNumber(cell, ctx);
  switch (reading.kind) {
    case "number":
      return reading.value;
    case "fixable": {
      // Fixing a formula's result replaces the formula with a number: say so before and after.
      const formula = cell?.formula;
      const replaces =
        formula === undefined
          ? ""
          : ` — sel ini berisi rumus ${showFormula(formula)}, fix menggantinya dengan angka`;
      problems.push({
        sheet,
        cell: cellRef,
        severity: "error",
        message: `${header} ${reading.reason}${replaces}`,
        fix: {
          row,
          col: col as number,
          value: reading.value,
          plainFormat: true,
          ...(formula === undefined ? {} : { formula }),
        },
      });
      return reading.value;
    }
    case "rejected":
      problems.push({
        sheet,
        cell: cellRef,
        severity: "error",
        message: `${header} ${reading.reason}`,
      });
      return null;
    case "blank":
      if (required)
        problems.push({
          sheet,
          cell: cellRef,
          severity: "error",
          message: `${header} wajib diisi angka`,
        });
      return null;
  }
}

function readVocabulary<T extends string>(
  v: CellValue | undefined,
  words: readonly T[],
  fallback: T
): T | undefined {
  const text = cellText(v);
  if (text === "") return fallback;
  return words.find(
    (w) => normalizeWord(w).replace(/-/g, "") === normalizeWord(text).replace(/-/g, "")
  );
}

export function isPercentSatuan(satuan: string): boolean {
  return ["%", "persen", "persentase"].includes(normalizeWord(satuan));
}

/** Rencana Aksi targets that disagree with Target Tahunan are worth a look, never a block. */
function warnTargetShape(
  indicators: Indicator[],
  layout: SheetLayout<PkColumn>,
  problems: Problem[]
) {
  const warn = (ind: Indicator, k: PkColumn, message: string) =>
    problems.push({
      sheet: PK_SHEET,
      cell: a1(ind.row, layout.columns[k] ?? 0),
      severity: "warning",
      message,
    });
  for (const ind of indicators) {
    const t = ind.quarterTargets;
    if (ind.agregasi === "Jumlah") {
      const all = QUARTERS.map((q) => t[q]);
      if (all.every((x) => x !== null)) {
        const total = (all as number[]).reduce((a, b) => a + b, 0);
        if (!nearlyEqual(total, ind.targetTahunan))
          warn(
            ind,
            "targetTahunan",
            `${ind.kode}: jumlah Target TW I–IV (${total}) tidak sama dengan Target Tahunan (${ind.targetTahunan})`
          );
      }
      if (isPercentSatuan(ind.satuan))
        warn(
          ind,
          "agregasi",
          `${ind.kode}: persentase tidak dijumlahkan — pakai Agregasi Rasio atau Terakhir`
        );
    } else if (
      (ind.agregasi === "Terakhir" || ind.agregasi === "Rasio") &&
      t[4] !== null &&
      !nearlyEqual(t[4], ind.targetTahunan)
    ) {
      warn(
        ind,
        "targetTw4",
        `${ind.kode}: Target TW IV (${t[4]}) berbeda dari Target Tahunan (${ind.targetTahunan})`
      );
    }
  }
}

const nearlyEqual = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
