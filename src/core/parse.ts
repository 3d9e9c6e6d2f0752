// What a cell means as a number (docs/CONTRACT.md §3): a real number, a blank or a no-data marker
// (not reported), a number we recognise but that is stored wrongly (fixable), or something only a
// person can correct (rejected).
import { normalizeWord } from "./contract";
import type { NumberReason } from "./messages/catalog";
import { Cell, isCellError } from "./workbook";

export type NumberReading =
  | { kind: "blank" }
  /** `-`, `N/A`, `tidak ada data`…: said on purpose, unlike a blank, but also not reported. */
  | { kind: "noData"; shown: string }
  | { kind: "number"; value: number }
  | { kind: "fixable"; value: number; reason: NumberReason }
  | { kind: "rejected"; reason: NumberReason };

export type NumberContext = {
  /** The indicator's Satuan (blank when none): a unit typed beside the number must be this one. */
  satuan: string;
  /**
   * What a negative number is: allowed (a growth rate), impossible (a count: Jumlah, Rasio), or a
   * target, which no capaian can be measured against.
   */
  negative: "allowed" | "count" | "target";
};

const BLANK: NumberReading = { kind: "blank" };

/** No-data markers as `normalizeWord` leaves them; `nihil` is not one: it means zero. */
const NO_DATA = ["-", "–", "—", "n/a", "na", "n.a.", "tidakadadata", "belumadadata"];

export const isNoDataMarker = (text: string): boolean => NO_DATA.includes(normalizeWord(text));

/** A unit as compared: any case and spacing, a trailing dot ignored, `persen` the same as `%`. */
export function unitKey(unit: string): string {
  const key = normalizeWord(unit).replace(/\.$/, "");
  return key === "persen" || key === "persentase" ? "%" : key;
}

export function readNumber(cell: Cell | undefined, ctx: NumberContext): NumberReading {
  const reading = readRaw(cell, ctx);
  if ((reading.kind === "number" || reading.kind === "fixable") && reading.value < 0) {
    const params = { value: reading.value };
    if (ctx.negative === "target")
      return { kind: "rejected", reason: { key: "negativeTarget", params } };
    if (ctx.negative === "count") return { kind: "rejected", reason: { key: "negative", params } };
  }
  return reading;
}

function readRaw(cell: Cell | undefined, ctx: NumberContext): NumberReading {
  if (!cell) return BLANK;
  const v = cell.value;
  if (v === null || v === undefined) return BLANK;
  if (isCellError(v))
    return { kind: "rejected", reason: { key: "cellError", params: { error: v.error } } };
  if (typeof v === "boolean")
    return { kind: "rejected", reason: { key: "logical", params: { value: v } } };
  if (typeof v === "number") return readStoredNumber(v, cell.numFmt, ctx);
  return readText(v, ctx);
}

function readStoredNumber(
  value: number,
  numFmt: string | undefined,
  ctx: NumberContext
): NumberReading {
  if (!Number.isFinite(value)) return { kind: "rejected", reason: { key: "notFinite" } };
  if (numFmt && isDateFormat(numFmt)) return { kind: "rejected", reason: { key: "date" } };
  if (numFmt && unitKey(ctx.satuan) === "%" && isPercentFormat(numFmt)) {
    const meant = roundSignificant(value * 100);
    return {
      kind: "fixable",
      value: meant,
      reason: { key: "percentStored", params: { meant, stored: value } },
    };
  }
  return { kind: "number", value };
}

/** Number formats with a percent sign outside quotes and brackets. */
export function isPercentFormat(numFmt: string): boolean {
  return /%/.test(stripLiterals(numFmt));
}

/** Date/time formats: d, m, y, h, s tokens outside quotes and brackets (not `General`). */
export function isDateFormat(numFmt: string): boolean {
  const code = stripLiterals(numFmt).replace(/general/gi, "");
  return /[dmyhs]/i.test(code) && !/^[#0.,%\s]*$/.test(code);
}

function stripLiterals(numFmt: string): string {
  return numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "");
}

function readText(raw: string, ctx: NumberContext): NumberReading {
  const text = raw.replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  if (text === "") return BLANK;
  const shown = raw.length > 40 ? `${raw.slice(0, 37)}…` : raw;
  if (isNoDataMarker(text)) return { kind: "noData", shown };
  if (normalizeWord(text) === "nihil")
    return { kind: "fixable", value: 0, reason: { key: "nihil", params: { shown } } };
  const { body, unit } = splitUnit(text);
  const number = parseNumberText(body);
  if (number.kind === "ambiguous")
    return { kind: "rejected", reason: { key: "ambiguous", params: { shown } } };
  if (number.kind === "none") {
    const numbersInside = text.match(/\d+(?:[.,]\d+)*/g) ?? [];
    if (numbersInside.length >= 2)
      return { kind: "rejected", reason: { key: "severalNumbers", params: { shown } } };
    return { kind: "rejected", reason: { key: "notANumber", params: { shown } } };
  }
  const value = number.value;
  if (unit === "%") {
    // A typed % sign keeps its own rules: only a % indicator reads it, as percent points.
    if (unitKey(ctx.satuan) !== "%")
      return { kind: "rejected", reason: { key: "percentSign", params: { shown } } };
  } else if (unit !== undefined) {
    if (ctx.satuan.trim() !== "" && unitKey(unit) !== unitKey(ctx.satuan))
      return {
        kind: "rejected",
        reason: { key: "unitMismatch", params: { shown, unit, satuan: ctx.satuan.trim() } },
      };
    return { kind: "fixable", value, reason: { key: "unitTyped", params: { shown, value } } };
  }
  return { kind: "fixable", value, reason: { key: "storedAsText", params: { shown, value } } };
}

/**
 * One number with a unit word before or after it (`100 Orang`, `Rp 1.500.000`, `75 %`); a text of
 * any other shape is all `body`, for the number reader to judge.
 */
function splitUnit(text: string): { body: string; unit?: string } {
  const m = /^(?:(\p{L}[\p{L}\s./]*?)\s*)?([+-]?\d[\d.,\s]*?)(?:\s*(%|\p{L}[\p{L}\s./]*))?$/u.exec(
    text
  );
  if (!m || (m[1] && m[3])) return { body: text };
  const unit = m[1] ?? m[3];
  return unit === undefined ? { body: m[2] } : { body: m[2], unit: unit.trim() };
}

type TextNumber = { kind: "ok"; value: number } | { kind: "ambiguous" } | { kind: "none" };

/**
 * Reads a number typed as text by Indonesian or English habits: `14,5`, `1.234,5`, `1,234.5`,
 * `1.234.567`, `-3`. A lone separator followed by exactly three digits (`1.234`, `1,234`) is
 * ambiguous — a thousands mark to one reader, a decimal to another — and is refused.
 */
export function parseNumberText(input: string): TextNumber {
  const text = input.replace(/\s+/g, "");
  const m = /^([+-]?)(\d[\d.,]*)$/.exec(text) ?? /^([+-]?)([.,]\d+)$/.exec(text);
  if (!m) return { kind: "none" };
  const sign = m[1] === "-" ? -1 : 1;
  const digits = m[2];
  const dots = count(digits, ".");
  const commas = count(digits, ",");
  let normalized: string;
  if (dots > 0 && commas > 0) {
    const decimalMark = digits.lastIndexOf(".") > digits.lastIndexOf(",") ? "." : ",";
    const thousandsMark = decimalMark === "." ? "," : ".";
    const [intPart, fracPart, ...rest] = digits.split(decimalMark);
    if (rest.length > 0 || !validGroups(intPart, thousandsMark) || fracPart === "")
      return { kind: "none" };
    normalized = `${intPart.split(thousandsMark).join("")}.${fracPart}`;
  } else if (dots + commas === 0) {
    normalized = digits;
  } else {
    const mark = dots > 0 ? "." : ",";
    const parts = digits.split(mark);
    if (parts.length > 2) {
      if (!validGroups(digits, mark)) return { kind: "none" };
      normalized = parts.join("");
    } else {
      const [intPart, fracPart] = parts;
      if (fracPart === "") return { kind: "none" };
      const couldBeThousands = fracPart.length === 3 && /^[1-9]\d{0,2}$/.test(intPart);
      if (couldBeThousands) return { kind: "ambiguous" };
      normalized = `${intPart || "0"}.${fracPart}`;
    }
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? { kind: "ok", value: sign * value } : { kind: "none" };
}

function validGroups(intPart: string, mark: string): boolean {
  const groups = intPart.split(mark);
  return /^\d{1,3}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

const count = (s: string, ch: string): number => s.split(ch).length - 1;

/** Rounds away binary noise (0.75 × 100 = 75.00000000000001) to 15 significant digits, as Excel shows. */
export function roundSignificant(x: number): number {
  return Number(x.toPrecision(15));
}

/** A number as Indonesians write it: decimal comma, no thousands mark (matches what they type). */
export function formatNumber(x: number): string {
  return String(roundSignificant(x)).replace(".", ",");
}
