// `merge`: units (bidang, seksi, UPT) fill their copy of the workbook, or the unit file `distribute`
// made them; their quarter rows are copied into the master by Kode. Only empty master cells are
// filled: a different value already there is a conflict, reported and left alone — nothing is
// overwritten silently. A cell holding a formula is never empty, whatever it shows; a unit cell whose
// file holds no value for it is never copied. A unit file edited outside its own entries is not
// merged at all (unitFile.ts).
import { isBlankValue as isBlank, sameValue as same, showValue as show } from "./cellValues";
import {
  PK_SHEET,
  Quarter,
  QUARTERS,
  quarterSheet,
  TW_COLUMNS,
  TwColumn,
  TwRequired,
  UNIT_SHEET,
  UNIT_REPORTED,
} from "./contract";
import { KinerjaModel, readModel } from "./model";
import { cellAt } from "./dataRows";
import { columnOf, SheetLayout } from "./layout";
import type { MasterCell, ProblemText } from "./messages";
import { kodeKey } from "./names";
import { blocking, Problem, problem } from "./problems";
import { isUnreadable, unreadableText } from "./unreadable";
import { judgeUnitFile, readUnitStamp } from "./unitFile";
import {
  a1,
  Cell,
  CellEdit,
  CellValue,
  findSheet,
  isCellError,
  SheetSnapshot,
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

/** Nothing there at all: no value, no formula (even one showing blank), nothing unreadable. */
const isEmptyCell = (c: Cell | undefined): boolean =>
  !c || (isBlank(c.value) && c.formula === undefined && !isUnreadable(c));
/** A master cell as the conflict message names it. */
function masterCell(c: Cell | undefined): MasterCell {
  if (c?.formula === undefined) return { kind: "value", value: show(c?.value) };
  const shows = isUnreadable(c) ? "nothing" : isBlank(c.value) ? "blank" : { value: show(c.value) };
  return { kind: "formula", formula: c.formula, shows };
}

const problemAt = (
  sheet: string,
  cell: string,
  text: ProblemText,
  severity: Problem["severity"] = "error"
) => problem({ sheet, cell, severity, text });

/** A quarter sheet of a unit, as merge reads it. */
type Source = { quarter: Quarter; sheet: SheetSnapshot | undefined; layout: QuarterLayout };
type QuarterLayout = SheetLayout<TwColumn, TwRequired>;
/** What merge takes from a unit: its quarter sheets and the cells whose reading has a problem. */
type UnitReading =
  | { kind: "unfit" }
  | { kind: "skipped"; problems: Problem[] }
  | { kind: "sources"; sources: Source[]; bad: Set<string> };

const badCells = (problems: readonly Problem[]) =>
  new Set(blocking(problems).map((p) => `${p.sheet}!${p.cell}`));

/** A copy of the workbook gives its four quarter sheets; a unit file its one, once judged fit. */
function readUnit(unit: Unit, masterYear: number | null): UnitReading {
  const stamp = readUnitStamp(unit.book);
  if (stamp.kind === "none") {
    const { model, problems } = readModel(unit.book);
    if (!model) return { kind: "unfit" };
    const sources = QUARTERS.map((q) => ({
      quarter: q,
      sheet: findSheet(unit.book, quarterSheet(q)),
      layout: model.quarters[q].layout,
    }));
    return { kind: "sources", sources, bad: badCells(problems) };
  }
  const label = unit.label;
  if (stamp.kind === "bad")
    return {
      kind: "skipped",
      problems: [
        problemAt(UNIT_SHEET, "A1", {
          key: "unitMarkerBad",
          params: { unit: label, sheet: UNIT_SHEET },
        }),
      ],
    };
  const verdict = judgeUnitFile(unit.book, label, stamp, masterYear);
  if (verdict.kind === "unfit") return { kind: "unfit" };
  if (verdict.kind === "edited") {
    const { pj, quarter } = stamp.stamp;
    const count = verdict.issues.length;
    const summary = problemAt(quarterSheet(quarter), "A1", {
      key: "unitSkipped",
      params: { unit: label, pj, count },
    });
    return { kind: "skipped", problems: [...verdict.issues, summary] };
  }
  return { kind: "sources", sources: [verdict.source], bad: badCells(verdict.source.problems) };
}

export function planMerge(master: WorkbookSnapshot, units: readonly Unit[]): MergePlan {
  const plan: MergePlan = { edits: [], copied: [], skipped: [], blockers: [] };
  const { model } = readModel(master);
  if (!model) {
    plan.blockers.push(problemAt(PK_SHEET, "A1", { key: "masterUnfit" }));
    return plan;
  }
  const readings = units.map((unit) => ({ unit, reading: readUnit(unit, model.settings.year) }));
  for (const { unit, reading } of readings) {
    if (reading.kind === "unfit")
      plan.blockers.push(
        problemAt(PK_SHEET, "A1", { key: "unitUnfit", params: { unit: unit.label } })
      );
  }
  if (plan.blockers.length > 0) return plan;

  // Planned master state, so a second unit sees what the first one filled in.
  const written = new Map<string, CellValue>();
  const nextRow = new Map<Quarter, number>(QUARTERS.map((q) => [q, masterEnd(master, model, q)]));
  const appended = new Map<string, number>();
  const indicators = new Map(model.indicators.map((i) => [kodeKey(i.kode), i]));

  for (const { unit, reading } of readings) {
    if (reading.kind === "skipped") plan.skipped.push(...reading.problems);
    if (reading.kind !== "sources") continue;
    const { bad } = reading;
    for (const { quarter: q, sheet: source, layout: theirs } of reading.sources) {
      const sheetName = quarterSheet(q);
      const mine = model.quarters[q];
      for (let r = theirs.headerRow + 1; r < (source?.rows.length ?? 0); r++) {
        const row = source?.rows[r];
        const at = (k: TwColumn) => cellAt(row, theirs, k);
        const kode = at("kode")?.value;
        const columns = UNIT_REPORTED.filter((k) => !isBlank(at(k)?.value) || isUnreadable(at(k)));
        // Named only for Kode and the columns copied: cells with something in them, so columns there.
        const unitCell = (k: TwColumn) => `${sheetName}!${a1(r, columnOf(theirs, k))}`;
        const from = (k: TwColumn) => `${unit.label} (${unitCell(k)})`;
        const kodeIssue = unreadableText(at("kode"), TW_COLUMNS.kode);
        if (kodeIssue !== undefined && columns.length > 0) {
          plan.skipped.push(
            problemAt(sheetName, "A1", {
              key: "rowNotCopied",
              params: { from: from("kode"), issue: kodeIssue },
            })
          );
          continue;
        }
        if (isBlank(kode) || typeof kode === "boolean" || isCellError(kode as CellValue)) continue;
        if (columns.length === 0) continue;
        const key = kodeKey(kode as string | number);
        const indicator = indicators.get(key);
        if (!indicator) {
          plan.skipped.push(
            problemAt(sheetName, "A1", {
              key: "kodeNotInMaster",
              params: { kode: kode as string | number, from: from("kode") },
            })
          );
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
          const target = col === undefined ? "A1" : a1(targetRow, col);
          const unreadable = unreadableText(at(k), TW_COLUMNS[k]);
          if (unreadable !== undefined) {
            plan.skipped.push(
              problemAt(sheetName, target, {
                key: "cellNotCopied",
                params: { from: from(k), issue: unreadable },
              })
            );
            continue;
          }
          if (bad.has(unitCell(k))) {
            plan.skipped.push(
              problemAt(sheetName, target, {
                key: "unitCellBad",
                params: { header: TW_COLUMNS[k], from: from(k), value: show(value) },
              })
            );
            continue;
          }
          if (col === undefined) {
            plan.skipped.push(
              problemAt(
                sheetName,
                a1(mine.layout.headerRow, 0),
                { key: "masterColumnMissing", params: { header: TW_COLUMNS[k], from: from(k) } },
                "warning"
              )
            );
            continue;
          }
          const cellKey = `${q}:${targetRow}:${col}`;
          const current: Cell | undefined = written.has(cellKey)
            ? { value: written.get(cellKey) as CellValue }
            : findSheet(master, sheetName)?.rows[targetRow]?.[col];
          if (!isUnreadable(current) && same(current?.value, value)) continue;
          if (!isEmptyCell(current)) {
            plan.skipped.push(
              problemAt(sheetName, a1(targetRow, col), {
                key: "mergeConflict",
                params: { master: masterCell(current), from: from(k), value: show(value) },
              })
            );
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
