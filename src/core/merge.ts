// `merge`: units (bidang, seksi, UPT) fill their copy of the workbook; their quarter rows are copied
// into the master by Kode. Only empty master cells are filled: a different value already there is a
// conflict, reported and left alone — nothing is overwritten silently. A cell holding a formula is
// never empty, whatever it shows; a unit cell whose file holds no value for it is never copied.
import { PK_SHEET, Quarter, QUARTERS, quarterSheet, TW_COLUMNS, TwColumn } from "./contract";
import { KinerjaModel, readModel } from "./model";
import { kodeKey } from "./names";
import { blocking, Problem } from "./problems";
import { isUnreadable, showFormula, unreadableMessage } from "./unreadable";
import {
  a1,
  Cell,
  CellEdit,
  CellValue,
  findSheet,
  isCellError,
  WorkbookSnapshot,
} from "./workbook";

export type Unit = { label: string; book: WorkbookSnapshot };

export type MergePlan = {
  edits: CellEdit[];
  /** One line per copied cell: `TW II!E5 ← unit.xlsx (TW II!E7): 34`. */
  copied: string[];
  /** Cells not copied: conflicts and unit cells with problems. */
  skipped: Problem[];
  /** Anything that stops the merge as a whole (master or unit not readable as the contract). */
  blockers: Problem[];
};

/** What a unit reports; Kode, Indikator and Satuan come from the master's own Perjanjian Kinerja. */
const COPIED: readonly TwColumn[] = [
  "realisasi",
  "pembilang",
  "penyebut",
  "kendala",
  "bukti",
  "unit",
];

const isBlank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const show = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : isCellError(v) ? v.error : String(v);
const same = (a: CellValue | undefined, b: CellValue | undefined): boolean =>
  typeof a === "string" && typeof b === "string" ? a.trim() === b.trim() : show(a) === show(b);
/** Nothing there at all: no value, no formula (even one showing blank), nothing unreadable. */
const isEmptyCell = (c: Cell | undefined): boolean =>
  !c || (isBlank(c.value) && c.formula === undefined && !isUnreadable(c));
/** A master cell as the conflict message names it. */
function showMaster(c: Cell | undefined): string {
  if (c?.formula === undefined) return `"${show(c?.value)}"`;
  const shows = isUnreadable(c)
    ? "tanpa nilai tersimpan"
    : isBlank(c.value)
      ? "tampil kosong"
      : `menampilkan "${show(c.value)}"`;
  return `rumus ${showFormula(c.formula)} (${shows})`;
}

export function planMerge(master: WorkbookSnapshot, units: readonly Unit[]): MergePlan {
  const plan: MergePlan = { edits: [], copied: [], skipped: [], blockers: [] };
  const { model } = readModel(master);
  if (!model) {
    plan.blockers.push({
      sheet: PK_SHEET,
      cell: "A1",
      severity: "error",
      message: "master tidak memenuhi susunan lembar — jalankan check pada master dulu",
    });
    return plan;
  }
  const unitModels = units.map((u) => ({ unit: u, ...readModel(u.book) }));
  for (const { unit, model: unitModel } of unitModels) {
    if (!unitModel)
      plan.blockers.push({
        sheet: PK_SHEET,
        cell: "A1",
        severity: "error",
        message: `${unit.label}: susunan lembar tidak sesuai — jalankan check pada berkas unit`,
      });
  }
  if (plan.blockers.length > 0) return plan;

  // Planned master state, so a second unit sees what the first one filled in.
  const written = new Map<string, CellValue>();
  const nextRow = new Map<Quarter, number>(QUARTERS.map((q) => [q, masterEnd(master, model, q)]));
  const appended = new Map<string, number>();
  const indicators = new Map(model.indicators.map((i) => [kodeKey(i.kode), i]));

  for (const { unit, model: unitModel, problems } of unitModels) {
    const um = unitModel as KinerjaModel;
    const bad = new Set(blocking(problems).map((p) => `${p.sheet}!${p.cell}`));
    for (const q of QUARTERS) {
      const sheetName = quarterSheet(q);
      const source = findSheet(unit.book, sheetName);
      const mine = model.quarters[q];
      const theirs = um.quarters[q];
      for (let r = theirs.layout.headerRow + 1; r < (source?.rows.length ?? 0); r++) {
        const row = source?.rows[r];
        const at = (k: TwColumn): Cell | undefined =>
          theirs.layout.columns[k] === undefined
            ? undefined
            : row?.[theirs.layout.columns[k] as number];
        const kode = at("kode")?.value;
        const columns = COPIED.filter((k) => !isBlank(at(k)?.value) || isUnreadable(at(k)));
        const from = (k: TwColumn) =>
          `${unit.label} (${sheetName}!${a1(r, theirs.layout.columns[k] as number)})`;
        const kodeIssue = unreadableMessage(at("kode"), TW_COLUMNS.kode);
        if (kodeIssue !== undefined && columns.length > 0) {
          plan.skipped.push({
            sheet: sheetName,
            cell: "A1",
            severity: "error",
            message: `baris dari ${from("kode")} tidak disalin — ${kodeIssue}`,
          });
          continue;
        }
        if (isBlank(kode) || typeof kode === "boolean" || isCellError(kode as CellValue)) continue;
        if (columns.length === 0) continue;
        const key = kodeKey(kode as string | number);
        const indicator = indicators.get(key);
        if (!indicator) {
          plan.skipped.push({
            sheet: sheetName,
            cell: "A1",
            severity: "error",
            message: `Kode "${kode}" dari ${from("kode")} tidak ada di ${PK_SHEET} master — tidak disalin`,
          });
          continue;
        }
        let targetRow = mine.entries.get(key)?.row ?? appended.get(`${q}:${key}`);
        if (targetRow === undefined) {
          targetRow = nextRow.get(q) as number;
          nextRow.set(q, targetRow + 1);
          appended.set(`${q}:${key}`, targetRow);
          const identity: [TwColumn, string | number][] = [
            ["kode", indicator.kode],
            ["indikator", indicator.indikator],
            ["satuan", indicator.satuan],
          ];
          for (const [k, value] of identity) {
            const col = mine.layout.columns[k];
            if (col !== undefined && value !== "")
              plan.edits.push({ sheet: sheetName, row: targetRow, col, value, plainFormat: false });
          }
        }
        for (const k of columns) {
          const value = at(k)?.value as CellValue;
          const col = mine.layout.columns[k];
          const unreadable = unreadableMessage(at(k), TW_COLUMNS[k]);
          if (unreadable !== undefined) {
            plan.skipped.push({
              sheet: sheetName,
              cell: col === undefined ? "A1" : a1(targetRow, col),
              severity: "error",
              message: `isi dari ${from(k)} tidak disalin — ${unreadable}`,
            });
            continue;
          }
          if (bad.has(`${sheetName}!${a1(r, theirs.layout.columns[k] as number)}`)) {
            plan.skipped.push({
              sheet: sheetName,
              cell: col === undefined ? "A1" : a1(targetRow, col),
              severity: "error",
              message: `${TW_COLUMNS[k]} dari ${from(k)} bermasalah ("${show(value)}") — perbaiki di berkas unit dulu; tidak disalin`,
            });
            continue;
          }
          if (col === undefined) {
            plan.skipped.push({
              sheet: sheetName,
              cell: a1(mine.layout.headerRow, 0),
              severity: "warning",
              message: `kolom "${TW_COLUMNS[k]}" tidak ada di master; isi dari ${from(k)} tidak disalin`,
            });
            continue;
          }
          const cellKey = `${q}:${targetRow}:${col}`;
          const current: Cell | undefined = written.has(cellKey)
            ? { value: written.get(cellKey) as CellValue }
            : findSheet(master, sheetName)?.rows[targetRow]?.[col];
          if (!isUnreadable(current) && same(current?.value, value)) continue;
          if (!isEmptyCell(current)) {
            plan.skipped.push({
              sheet: sheetName,
              cell: a1(targetRow, col),
              severity: "error",
              message: `master berisi ${showMaster(current)}, ${from(k)} berisi "${show(value)}" — tidak ditimpa; putuskan sendiri`,
            });
            continue;
          }
          written.set(cellKey, value);
          plan.edits.push({
            sheet: sheetName,
            row: targetRow,
            col,
            value: value as number | string,
            plainFormat: false,
          });
          plan.copied.push(`${sheetName}!${a1(targetRow, col)} ← ${from(k)}: ${show(value)}`);
        }
      }
    }
  }
  return plan;
}

/** First row after the last non-blank row of a master quarter sheet (below its header). */
function masterEnd(master: WorkbookSnapshot, model: KinerjaModel, q: Quarter): number {
  const rows = findSheet(master, quarterSheet(q))?.rows ?? [];
  let last = model.quarters[q].layout.headerRow;
  rows.forEach((row, r) => {
    if (row && row.some((c) => !isEmptyCell(c))) last = Math.max(last, r);
  });
  return last + 1;
}
