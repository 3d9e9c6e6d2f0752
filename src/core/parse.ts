// What a cell means as a number (docs/CONTRACT.md §3): a real number, a blank
// (not reported), a number we recognise but that is stored wrongly (fixable), or something only a
// person can correct (rejected).
import { Cell, isCellError } from "./workbook";

export type NumberReading =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "fixable"; value: number; reason: string }
  | { kind: "rejected"; reason: string };

export type NumberContext = {
  /** The indicator's Satuan is `%`: a percent-formatted fraction means percent points. */
  percentIndicator: boolean;
  /** Counts (Jumlah, Rasio) are never negative. */
  nonNegative: boolean;
};

const BLANK: NumberReading = { kind: "blank" };

export function readNumber(cell: Cell | undefined, ctx: NumberContext): NumberReading {
  const reading = readRaw(cell, ctx);
  if (
    (reading.kind === "number" || reading.kind === "fixable") &&
    ctx.nonNegative &&
    reading.value < 0
  ) {
    return {
      kind: "rejected",
      reason: `bernilai negatif (${formatNumber(reading.value)}); hitungan tidak boleh negatif`,
    };
  }
  return reading;
}

function readRaw(cell: Cell | undefined, ctx: NumberContext): NumberReading {
  if (!cell) return BLANK;
  const v = cell.value;
  if (v === null || v === undefined) return BLANK;
  if (isCellError(v)) return { kind: "rejected", reason: `berisi galat ${v.error}` };
  if (typeof v === "boolean")
    return { kind: "rejected", reason: `berisi nilai logika ${v ? "TRUE" : "FALSE"}, bukan angka` };
  if (typeof v === "number") return readStoredNumber(v, cell.numFmt, ctx);
  return readText(v, ctx);
}

function readStoredNumber(
  value: number,
  numFmt: string | undefined,
  ctx: NumberContext
): NumberReading {
  if (!Number.isFinite(value)) return { kind: "rejected", reason: "bukan angka yang sah" };
  if (numFmt && isDateFormat(numFmt))
    return { kind: "rejected", reason: "berisi tanggal, bukan angka" };
  if (ctx.percentIndicator && numFmt && isPercentFormat(numFmt)) {
    const meant = roundSignificant(value * 100);
    return {
      kind: "fixable",
      value: meant,
      reason: `berformat persen (${formatNumber(meant)}%) tersimpan sebagai ${formatNumber(value)} — dibaca ${formatNumber(meant)}`,
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
  const percentMatch = /^(.*?)\s*%$/.exec(text);
  const body = percentMatch ? percentMatch[1] : text;
  const number = parseNumberText(body);
  if (number.kind === "ambiguous") {
    return {
      kind: "rejected",
      reason: `"${shown}" tidak jelas (ribuan atau desimal?) — ketik ulang sebagai angka`,
    };
  }
  if (number.kind === "none") {
    const numbersInside = text.match(/\d+(?:[.,]\d+)*/g) ?? [];
    if (numbersInside.length >= 2)
      return { kind: "rejected", reason: `"${shown}" berisi lebih dari satu angka` };
    return { kind: "rejected", reason: `"${shown}" bukan angka` };
  }
  if (percentMatch && !ctx.percentIndicator) {
    return {
      kind: "rejected",
      reason: `"${shown}" memakai tanda % padahal satuan indikator bukan %`,
    };
  }
  return {
    kind: "fixable",
    value: number.value,
    reason: `"${shown}" tersimpan sebagai teks — dibaca ${formatNumber(number.value)}`,
  };
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
