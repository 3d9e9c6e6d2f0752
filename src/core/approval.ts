// What a Ya approves (docs/CONTRACT.md §"Persetujuan"): per indicator the period's Target, Realisasi,
// Capaian and Kategori as the recap computes them, and every input cell they come from. The recap
// sheets are live formulas, so an approval is only worth something if a later change to any of these
// can be named; the fingerprint is a hash of the canonical text below, computed outside the core
// (Web Crypto is asynchronous and a host facility).
import {
  PeriodId,
  periodById,
  QUARTER_LABEL,
  quarterSheet,
  quarterTargetColumn,
  RECAP_COLUMNS,
  RecapColumn,
  PK_SHEET,
  PK_HEADERS,
  PkColumn,
  TW_COLUMNS,
  TwColumn,
} from "./contract";
import { dueQuarters, recapPeriod, RecapRow } from "./recap";
import { KinerjaModel } from "./model";
import { kodeKey } from "./names";
import { RECAP_TITLE_ROWS } from "./recapSheet";
import { a1, CellValue, findSheet, isCellError, WorkbookSnapshot } from "./workbook";

/** `Angka`: a figure of the recap sheet; `Masukan`: a cell a person typed that the figure reads. */
export type ItemKind = "Angka" | "Masukan";

export type ApprovalItem = {
  jenis: ItemKind;
  kode: string;
  /** What the value is: `Realisasi`, `Realisasi TW III`, `Target TW I`, `Target Tahunan`, … */
  besaran: string;
  lembar: string;
  /** A1 address on `lembar`; "" for an input the sheet has no row for. */
  sel: string;
  nilai: string;
};

/** Numbers to 12 significant digits: floating-point noise in the last digits is not a change. */
export function canonicalNumber(x: number): string {
  const n = Number(x.toPrecision(12));
  return Object.is(n, -0) ? "0" : String(n);
}

/** A cell's value as the canonical text: numbers as above, errors by their code, blank as "". */
export function canonicalValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return canonicalNumber(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

const figure = (x: number | null): string => (x === null ? "" : canonicalNumber(x));
const RECAP_KEYS = Object.keys(RECAP_COLUMNS) as RecapColumn[];

/** Every item of `period` for each indicator, in Perjanjian Kinerja order. */
export function approvalItems(
  book: WorkbookSnapshot,
  model: KinerjaModel,
  period: PeriodId
): ApprovalItem[] {
  const def = periodById(period);
  const items: ApprovalItem[] = [];
  recapPeriod(model, def).forEach((row, i) => {
    const kode = canonicalValue(row.indicator.kode);
    const at = (col: RecapColumn) => a1(RECAP_TITLE_ROWS + 1 + i, RECAP_KEYS.indexOf(col));
    for (const [col, nilai] of figures(row))
      items.push({
        jenis: "Angka",
        kode,
        besaran: RECAP_COLUMNS[col],
        lembar: def.sheet,
        sel: at(col),
        nilai,
      });
    const ind = row.indicator;
    const targets: PkColumn[] = def.usesAnnualTarget
      ? ["targetTahunan"]
      : dueQuarters(ind, def).map(quarterTargetColumn);
    for (const col of targets)
      items.push(
        input(book, kode, PK_SHEET, PK_HEADERS[col], ind.row, model.pkLayout.columns[col])
      );
    const reads: TwColumn[] = ind.agregasi === "Rasio" ? ["pembilang", "penyebut"] : ["realisasi"];
    for (const q of def.quarters) {
      const sheet = model.quarters[q];
      const entry = sheet.entries.get(kodeKey(ind.kode));
      for (const col of reads) {
        const besaran = `${TW_COLUMNS[col]} ${QUARTER_LABEL[q]}`;
        items.push(
          input(book, kode, quarterSheet(q), besaran, entry?.row, sheet.layout.columns[col])
        );
      }
    }
  });
  return items;
}

function figures(row: RecapRow): [RecapColumn, string][] {
  return [
    ["target", row.shown?.target ?? figure(row.target)],
    ["realisasi", row.shown?.realisasi ?? figure(row.realisasi)],
    ["capaian", figure(row.capaian)],
    ["kategori", row.kategori ?? ""],
  ];
}

function input(
  book: WorkbookSnapshot,
  kode: string,
  sheetName: string,
  besaran: string,
  row: number | undefined,
  col: number | undefined
): ApprovalItem {
  const sheet = findSheet(book, sheetName);
  if (row === undefined || col === undefined || !sheet)
    return {
      jenis: "Masukan",
      kode,
      besaran,
      lembar: sheet?.name ?? sheetName,
      sel: "",
      nilai: "",
    };
  const value = sheet.rows[row]?.[col]?.value;
  return {
    jenis: "Masukan",
    kode,
    besaran,
    lembar: sheet.name,
    sel: a1(row, col),
    nilai: canonicalValue(value),
  };
}

/** A field as one line's part: tab, line breaks and the backslash escaped so lines stay lines. */
export const escapeField = (s: string): string =>
  s.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");

export const CANONICAL_HEADER = "Rekap Kinerja persetujuan 1";

/**
 * The text the fingerprint hashes: a header line, the period line, then one line per item —
 * Jenis, Kode, Besaran, Nilai, tab-separated and escaped — sorted (UTF-16 code unit order), each line
 * ending in "\n". Where a value sits (sheet, cell) is left out: sorting a sheet changes no figure.
 */
export function canonicalText(periode: string, items: readonly ApprovalItem[]): string {
  const lines = items.map((i) => [i.jenis, i.kode, i.besaran, i.nilai].map(escapeField).join("\t"));
  lines.sort();
  return [CANONICAL_HEADER, `Periode\t${escapeField(periode)}`, ...lines]
    .map((l) => `${l}\n`)
    .join("");
}

export type ApprovalChange = {
  kode: string;
  besaran: string;
  /** null: the item did not exist then (an indicator added) or does not now (removed). */
  before: string | null;
  after: string | null;
  /** Where the value is now (or was, when it is gone); `sel` "" when no cell holds it. */
  lembar: string;
  sel: string;
  jenis: ItemKind;
};

const itemKey = (i: Pick<ApprovalItem, "jenis" | "kode" | "besaran">): string =>
  `${i.jenis}\t${i.kode}\t${i.besaran}`;

/** What differs between the approved items and today's, inputs first (they say what was typed). */
export function approvalChanges(
  approved: readonly ApprovalItem[],
  current: readonly ApprovalItem[]
): ApprovalChange[] {
  const then = new Map(approved.map((i) => [itemKey(i), i]));
  const now = new Map(current.map((i) => [itemKey(i), i]));
  const out: ApprovalChange[] = [];
  for (const i of current) {
    const before = then.get(itemKey(i));
    if (before?.nilai === i.nilai) continue;
    out.push({ ...pick(i), before: before ? before.nilai : null, after: i.nilai });
  }
  for (const i of approved)
    if (!now.has(itemKey(i))) out.push({ ...pick(i), before: i.nilai, after: null });
  const rank = (c: ApprovalChange) => (c.jenis === "Masukan" ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b));
}

const pick = ({ jenis, kode, besaran, lembar, sel }: ApprovalItem) => ({
  jenis,
  kode,
  besaran,
  lembar,
  sel,
});
