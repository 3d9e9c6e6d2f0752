// Reading Perjanjian Kinerja: one indicator per row with a usable Kode, its targets and vocabulary.
// A row with a problem in what decides how its figures are read (Kode, Indikator, Satuan,
// Polaritas, Agregasi, Frekuensi, Target Tahunan, a Rasio's Pengali) yields no indicator; the
// problem says where.
import {
  AGREGASI,
  Agregasi,
  FREKUENSI,
  Frekuensi,
  PK_HEADERS,
  PK_REQUIRED,
  PK_SHEET,
  PkColumn,
  PkRequired,
  POLARITAS,
  Polaritas,
  Quarter,
  QUARTERS,
  quarterTargetColumn,
} from "./contract";
import { cellAt, FigureRole, isBlankRow, numberContext, readCellNumber } from "./dataRows";
import { columnOf, readLayout, SheetLayout } from "./layout";
import type { ProblemText } from "./messages";
import { kodeKey, kodeProblem } from "./names";
import { DEFAULT_PREDIKAT, isPredikatSatuan, Predikat, readPredikatCell } from "./predikat";
import { guardToken, RangeSource, readRange, TargetRange } from "./range";
import { Problem, problem } from "./problems";
import { readRenstra } from "./renstra";
import { isBlankCell, readPengali, readVocabulary } from "./pkCells";
import { checkReadable } from "./unreadable";
import { a1, cellText, SheetSnapshot } from "./workbook";

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
  frekuensi: Frekuensi;
  /** What a Rasio's Σ Pembilang ÷ Σ Penyebut is multiplied by (100 for percent). */
  pengali: number;
  penanggungJawab: string;
  /** 0-based row in Perjanjian Kinerja. */
  row: number;
  /**
   * A Predikat indicator's targets as typed (what the recap shows); the number fields hold their
   * nilai, and its Agregasi is Terakhir.
   */
  predikat?: { tahunan: string; quarters: Record<Quarter, string | null> };
  /**
   * Targets typed as ranges (range.ts); the number fields hold their upper bound. With them, `guard`
   * holds every target cell as the recap's formulas check it has not changed since the recap.
   */
  ranges?: Partial<Record<RangeSource, TargetRange>>;
  guard?: Record<RangeSource, string>;
  /**
   * The Renstra's end target (optional columns `Target Akhir Renstra`, `Tahun Akhir Renstra`,
   * renstra.ts): a number, or a Predikat indicator's predicate as typed; undefined when blank.
   */
  renstra?: { target: number | string; tahun: number | null };
};

export type PkLayout = SheetLayout<PkColumn, PkRequired>;

const PK_TEXTS: readonly PkColumn[] = [
  "sasaran",
  "indikator",
  "satuan",
  "polaritas",
  "agregasi",
  "penanggungJawab",
  "frekuensi",
];
/** Text columns that change how figures are read or what merge writes: unknown, no indicator. */
const DECISIVE_TEXTS: readonly PkColumn[] = [
  "indikator",
  "satuan",
  "polaritas",
  "agregasi",
  "frekuensi",
];

export type PkReading = {
  indicators: Indicator[];
  layout: PkLayout;
  /**
   * Kodes (by `kodeKey`) of rows that are there but yield no indicator: their problems are at their
   * own cells, so the quarter sheets' rows with these Kodes are not "tidak ada di PK" too.
   */
  invalidKodes: ReadonlySet<string>;
  /** The indicators by `kodeKey`, as each quarter sheet's rows look them up. */
  byKode: ReadonlyMap<string, Indicator>;
};

/** `year`: Pengaturan's Tahun, which a Renstra's end year must not precede. */
export function readIndicators(
  sheet: SheetSnapshot,
  problems: Problem[],
  predikatTable: readonly Predikat[] = DEFAULT_PREDIKAT,
  year: number | null = null
): PkReading | undefined {
  const layout = readLayout(sheet, PK_HEADERS, PK_REQUIRED, problems);
  if (!layout) return undefined;
  const indicators: Indicator[] = [];
  const invalidKodes = new Set<string>();
  const seen = new Map<string, number>();
  for (let r = layout.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isBlankRow(row)) continue;
    const at = (k: PkColumn) => cellAt(row, layout, k);
    // Only a cell that holds something is reported, so its column is there.
    const report = (k: PkColumn, text: ProblemText) =>
      problems.push(
        problem({ sheet: PK_SHEET, cell: a1(r, columnOf(layout, k)), severity: "error", text })
      );
    // Cells the file holds no value for are problems of their own; nothing more is said of them.
    const readable = (k: PkColumn): boolean => {
      const col = layout.columns[k];
      return col === undefined || checkReadable(PK_SHEET, r, col, at(k), PK_HEADERS[k], problems);
    };

    if (!readable("kode")) continue;
    const kodeIssue = kodeProblem(at("kode")?.value);
    if (kodeIssue) {
      report("kode", kodeIssue);
      continue;
    }
    const kode = at("kode")?.value as string | number;
    const key = kodeKey(kode);
    const first = seen.get(key);
    if (first !== undefined) {
      report("kode", { key: "kodeTwice", params: { kode, row: first + 1 } });
      continue;
    }
    seen.set(key, r);

    const unknown = PK_TEXTS.filter((k) => !readable(k));
    const known = (k: PkColumn): boolean => !unknown.includes(k);
    const indikator = cellText(at("indikator")?.value);
    if (indikator === "" && known("indikator"))
      report("indikator", { key: "indikatorBlank", params: { kode } });
    const polaritas = known("polaritas")
      ? readVocabulary(at("polaritas")?.value, POLARITAS, "Positif")
      : undefined;
    if (!polaritas && known("polaritas"))
      report("polaritas", {
        key: "polaritasUnknown",
        params: { value: cellText(at("polaritas")?.value) },
      });
    const satuan = cellText(at("satuan")?.value);
    const isPredikat = isPredikatSatuan(satuan);
    const typedAgregasi = known("agregasi")
      ? readVocabulary(at("agregasi")?.value, AGREGASI, "Jumlah")
      : undefined;
    // A predicate cannot be summed or averaged: its latest one is the period's, whatever was typed.
    if (isPredikat && typedAgregasi && typedAgregasi !== "Terakhir" && !isBlankCell(at("agregasi")))
      problems.push(
        problem({
          sheet: PK_SHEET,
          cell: a1(r, columnOf(layout, "agregasi")),
          severity: "warning",
          text: { key: "predikatAgregasi", params: { agregasi: typedAgregasi } },
        })
      );
    const agregasi = isPredikat && typedAgregasi ? "Terakhir" : typedAgregasi;
    if (!typedAgregasi && known("agregasi"))
      report("agregasi", {
        key: "agregasiUnknown",
        params: { value: cellText(at("agregasi")?.value) },
      });
    const frekuensi = known("frekuensi")
      ? readVocabulary(at("frekuensi")?.value, FREKUENSI, "Triwulanan")
      : undefined;
    if (!frekuensi && known("frekuensi"))
      report("frekuensi", {
        key: "frekuensiUnknown",
        params: { value: cellText(at("frekuensi")?.value) },
      });
    const number = (k: PkColumn, role: FigureRole): number | null =>
      readCellNumber(
        { sheet: PK_SHEET, row: r, col: layout.columns[k], header: PK_HEADERS[k] },
        at(k),
        numberContext(satuan, agregasi, role),
        role,
        problems
      );
    const predikatShown = new Map<PkColumn, string>();
    const ranges: Partial<Record<RangeSource, TargetRange>> = {};
    const target = (k: PkColumn, role: FigureRole): number | null => {
      const col = layout.columns[k];
      const typed = at(k)?.value;
      const range = !isPredikat && typeof typed === "string" ? readRange(typed) : undefined;
      if (range?.kind === "bad") {
        report(k, {
          key: "rangeBad",
          params: { header: PK_HEADERS[k], shown: typed as string, reason: range.reason },
        });
        return null;
      }
      if (range) {
        ranges[rangeSource(k)] = range.range;
        return range.range.hi;
      }
      if (!isPredikat || col === undefined) return number(k, role);
      const read = readPredikatCell(
        { sheet: PK_SHEET, row: r, col, header: PK_HEADERS[k] },
        at(k),
        predikatTable,
        role === "annualTarget" ? "required" : "target",
        problems
      );
      if (read) predikatShown.set(k, read.shown);
      return read?.nilai ?? null;
    };
    const targetTahunan = target("targetTahunan", "annualTarget");
    const quarterTargets = {} as Record<Quarter, number | null>;
    for (const q of QUARTERS) quarterTargets[q] = target(quarterTargetColumn(q), "quarterTarget");
    const pengali = readPengali(r, at("pengali"), layout.columns.pengali, agregasi, problems);
    const renstra = readRenstra(
      { row: r, layout, at, kode, satuan, isPredikat, predikatTable, year },
      problems
    );
    if (
      indikator === "" ||
      !polaritas ||
      !agregasi ||
      !frekuensi ||
      pengali === undefined ||
      targetTahunan === null ||
      unknown.some((k) => DECISIVE_TEXTS.includes(k))
    ) {
      invalidKodes.add(key);
      continue;
    }
    indicators.push({
      kode,
      sasaran: cellText(at("sasaran")?.value),
      indikator,
      satuan,
      targetTahunan,
      quarterTargets,
      polaritas,
      agregasi,
      frekuensi,
      pengali,
      penanggungJawab: cellText(at("penanggungJawab")?.value),
      row: r,
      ...(renstra && { renstra }),
      ...(Object.keys(ranges).length > 0 && {
        ranges,
        guard: Object.fromEntries(
          (["tahunan", ...QUARTERS] as const).map((s) => [
            s,
            guardToken(at(s === "tahunan" ? "targetTahunan" : quarterTargetColumn(s))?.value),
          ])
        ) as Record<RangeSource, string>,
      }),
      ...(isPredikat && {
        predikat: {
          tahunan: predikatShown.get("targetTahunan") ?? "",
          quarters: Object.fromEntries(
            QUARTERS.map((q) => [q, predikatShown.get(quarterTargetColumn(q)) ?? null])
          ) as Record<Quarter, string | null>,
        },
      }),
    });
  }
  const byKode = new Map(indicators.map((i) => [kodeKey(i.kode), i]));
  return { indicators, layout, invalidKodes, byKode };
}

/** Where a target column's range is kept: Target Tahunan, or its quarter. */
const rangeSource = (k: PkColumn): RangeSource =>
  QUARTERS.find((q) => quarterTargetColumn(q) === k) ?? "tahunan";
