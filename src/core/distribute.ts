// `distribute`: one new workbook per Penanggung Jawab, holding that unit's rows of one quarter sheet
// to fill in, its Perjanjian Kinerja to read, Pengaturan, and the marker merge recognises it by
// (unitFile.ts). Units are told apart as other words are (normalizeWord: case and spaces ignored);
// an indicator without a Penanggung Jawab goes into no file and is warned of at its cell.
import {
  normalizeWord,
  PK_SHEET,
  PkColumn,
  Quarter,
  QUARTER_LABEL,
  quarterSheet,
  SETTINGS_SHEET,
  TW_COLUMNS,
  TwColumn,
  UNIT_REPORTED,
} from "./contract";
import { cellAt } from "./dataRows";
import { Indicator, KinerjaModel } from "./model";
import { kodeKey } from "./names";
import { FIRST_DATA_ROW, NewSheet, newSheet, TemplateIndicator } from "./newSheet";
import { pkSheet } from "./pkSheetTemplate";
import { blocking, Problem, problem } from "./problems";
import { quarterSheetTemplate } from "./quarterSheetTemplate";
import { readBook } from "./reading";
import { settingsSheet } from "./template";
import { UnitStamp, unitMarkerSheet } from "./unitFile";
import { a1, Cell, findSheet, OutCell, sameSheetName, WorkbookSnapshot } from "./workbook";

export type UnitFilePlan = {
  /** The Penanggung Jawab as first written in Perjanjian Kinerja. */
  pj: string;
  fileName: string;
  kodes: (string | number)[];
  sheets: NewSheet[];
};

export type DistributionPlan =
  | { ok: true; quarter: Quarter; year: number | null; files: UnitFilePlan[]; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

const TW_ORDER = Object.keys(TW_COLUMNS) as TwColumn[];

/** What every file of one distribution ends with: `-tw-ii-2023`. */
export const distributionSuffix = (quarter: Quarter, year: number | null): string =>
  `-${QUARTER_LABEL[quarter].toLowerCase().replace(/\s+/g, "-")}${year === null ? "" : `-${year}`}`;

export function planDistribution(
  book: WorkbookSnapshot,
  quarter: Quarter,
  stamp: Omit<UnitStamp, "pj" | "quarter" | "year">
): DistributionPlan {
  const { model, problems } = readBook(book).withStubs;
  // Only what the unit files are made from must be sound: a problem in another quarter is not theirs.
  const refusing = blocking(problems).filter((p) =>
    [PK_SHEET, SETTINGS_SHEET, quarterSheet(quarter)].some((s) => sameSheetName(s, p.sheet))
  );
  if (!model || refusing.length > 0)
    return { ok: false, problems: refusing.length > 0 ? refusing : blocking(problems) };
  const pjCol = model.pkLayout.columns.penanggungJawab;
  if (pjCol === undefined)
    return {
      ok: false,
      problems: [
        problem({
          sheet: PK_SHEET,
          cell: a1(model.pkLayout.headerRow, 0),
          severity: "error",
          text: { key: "pjColumnMissing" },
        }),
      ],
    };

  const warnings: Problem[] = [];
  const units = new Map<string, Indicator[]>();
  for (const ind of model.indicators) {
    const key = normalizeWord(ind.penanggungJawab);
    if (key === "")
      warnings.push(
        problem({
          sheet: PK_SHEET,
          cell: a1(ind.row, pjCol),
          severity: "warning",
          text: { key: "pjBlank", params: { kode: ind.kode } },
        })
      );
    else units.set(key, [...(units.get(key) ?? []), ind]);
  }
  if (units.size === 0)
    return {
      ok: false,
      problems: [
        problem({
          sheet: PK_SHEET,
          cell: a1(model.pkLayout.headerRow, pjCol),
          severity: "error",
          text: { key: "noUnitToDistribute" },
        }),
      ],
    };

  const year = model.settings.year;
  const names = uniqueSlugs([...units.values()].map((inds) => inds[0].penanggungJawab));
  const suffix = distributionSuffix(quarter, year);
  const files = [...units.values()].map((inds, i): UnitFilePlan => {
    const pj = inds[0].penanggungJawab;
    return {
      pj,
      fileName: `${names[i]}${suffix}.xlsx`,
      kodes: inds.map((ind) => ind.kode),
      sheets: unitSheets(book, model, inds, { ...stamp, pj, quarter, year }),
    };
  });
  return { ok: true, quarter, year, files, warnings };
}

function unitSheets(
  book: WorkbookSnapshot,
  model: KinerjaModel,
  inds: readonly Indicator[],
  stamp: UnitStamp
): NewSheet[] {
  const { quarter: q, year, pj } = stamp;
  const pkRows = findSheet(book, PK_SHEET)?.rows ?? [];
  const twRows = findSheet(book, quarterSheet(q))?.rows ?? [];
  const { layout, entries } = model.quarters[q];
  const asTyped = (ind: Indicator, k: PkColumn) => raw(cellAt(pkRows[ind.row], model.pkLayout, k));
  // The master's own entries as they are, so that a row the unit leaves alone merges to nothing.
  const reported = (ind: Indicator, k: TwColumn) => {
    const entry = entries.get(kodeKey(ind.kode));
    const col = layout.columns[k];
    return entry && col !== undefined ? raw(twRows[entry.row]?.[col]) : null;
  };
  const typed = inds.map((ind): TemplateIndicator => ({
    kode: ind.kode,
    sasaran: ind.sasaran,
    indikator: ind.indikator,
    satuan: ind.satuan,
    polaritas: ind.polaritas,
    agregasi: ind.agregasi,
    penanggungJawab: pj,
    targetTahunan: asTyped(ind, "targetTahunan") ?? "",
    quarterTargets: [
      asTyped(ind, "targetTw1"),
      asTyped(ind, "targetTw2"),
      asTyped(ind, "targetTw3"),
      asTyped(ind, "targetTw4"),
    ],
    // The optional columns only where the master fills them, as a new workbook has them.
    ...(asTyped(ind, "frekuensi") && { frekuensi: ind.frekuensi }),
    ...(asTyped(ind, "pengali") !== null && { pengali: ind.pengali }),
    realisasi: { 1: null, 2: null, 3: null, 4: null, [q]: reported(ind, "realisasi") },
  }));
  const pk = titled({ ...pkSheet(typed, year), validations: [], protect: true }, pj);
  const template = titled(quarterSheetTemplate(q, typed, year), pj);
  const tw: NewSheet = {
    ...template,
    rows: template.rows.map((row, r) => {
      const ind = inds[r - FIRST_DATA_ROW];
      if (!ind) return row;
      return row.map((cell, c) => {
        const k = TW_ORDER[c];
        if (!UNIT_REPORTED.includes(k)) return cell;
        const value = reported(ind, k);
        return { value, style: typeof value === "number" ? "number" : "text" };
      });
    }),
    protect: true,
    unlocked: {
      fromRow: FIRST_DATA_ROW,
      toRow: FIRST_DATA_ROW + inds.length - 1,
      cols: UNIT_REPORTED.map((k) => TW_ORDER.indexOf(k)),
    },
  };
  return [settingsCopy(book, year), pk, tw, unitMarkerSheet(stamp, pk)];
}

const raw = (cell: Cell | undefined): string | number | null =>
  typeof cell?.value === "number" || (typeof cell?.value === "string" && cell.value !== "")
    ? cell.value
    : null;

/** The sheet's title (row 1) naming the unit: `Perjanjian Kinerja Tahun 2023 — Sekretariat`. */
const titled = (sheet: NewSheet, pj: string): NewSheet => ({
  ...sheet,
  rows: [
    [{ ...sheet.rows[0][0], value: `${String(sheet.rows[0][0].value)} — ${pj}` }],
    ...sheet.rows.slice(1),
  ],
});

/** The master's Pengaturan as values (Tahun, letterhead, Skala rows); a new one without it. */
function settingsCopy(book: WorkbookSnapshot, year: number | null): NewSheet {
  const sheet = findSheet(book, SETTINGS_SHEET);
  if (!sheet) return settingsSheet({ Tahun: year === null ? "" : String(year) });
  const rows = sheet.rows.map((row, r) =>
    Array.from({ length: row.length }, (_, c): OutCell => {
      const value = raw(row[c]);
      return { value, style: r === 0 ? "header" : typeof value === "number" ? "number" : "text" };
    })
  );
  return newSheet(SETTINGS_SHEET, rows, [24, 60], { frozenRows: 1 });
}

/**
 * File names from unit names: lower case, ASCII letters and digits joined by `-`, at most 60
 * characters; `unit` when nothing is left. Names that come out the same get `-2`, `-3`… in
 * Perjanjian Kinerja order, so no unit's file replaces another's.
 */
export function uniqueSlugs(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = slug(name);
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
    used.add(candidate);
    return candidate;
  });
}

function slug(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= 60) return words || "unit";
  // Cut after the last whole word that fits; one long word is cut where it must be.
  const head = words.slice(0, 61);
  return head.includes("-") ? head.replace(/-[^-]*$/, "") : words.slice(0, 60);
}
