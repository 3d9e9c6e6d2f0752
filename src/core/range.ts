// Target ranges (docs/CONTRACT.md §4): a target typed `80 – 90` says "anything in here is on target".
// Capaian is 100 inside the range and, outside it, the usual capaian against the nearer bound.
import { capaian, CapaianResult, roundHalfAway } from "./capaian";
import { Agregasi, Polaritas, Quarter } from "./contract";
import { formatNumber, parseNumberText, roundSignificant } from "./parse";
import { ROLLUPS } from "./rollup";
import { CellValue } from "./workbook";

export type TargetRange = { lo: number; hi: number };

/** A range cell's reading: not one (undefined), a range, or one whose bounds are wrong. */
export type RangeReading =
  { kind: "range"; range: TargetRange } | { kind: "bad"; reason: "order" | "number" };

const NUMBER = String.raw`\d[\d.,]*`;
const SEPARATOR = String.raw`(?:[-‐‑‒–—]|s\.\s*d\.?|s\s*\/\s*d)`;
const RANGE = new RegExp(String.raw`^\s*(${NUMBER})\s*${SEPARATOR}\s*(${NUMBER})\s*$`, "i");

/** `80 – 90`, `80-90`, `80 s.d. 90`, `80 s/d 90` (any dash, decimal comma allowed). */
export function readRange(text: string): RangeReading | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const [lo, hi] = [parseNumberText(m[1]), parseNumberText(m[2])];
  if (lo.kind !== "ok" || hi.kind !== "ok") return { kind: "bad", reason: "number" };
  if (lo.value >= hi.value) return { kind: "bad", reason: "order" };
  return { kind: "range", range: { lo: lo.value, hi: hi.value } };
}

export const rangeText = (r: TargetRange): string =>
  `${formatNumber(r.lo)} – ${formatNumber(r.hi)}`;

/**
 * R inside [lo, hi] achieved the target: 100. Outside, the usual capaian (with its polarity, floor
 * and rounding) against the nearer bound: below the range against lo, above it against hi.
 */
export function rangeCapaian(
  polaritas: Polaritas,
  range: TargetRange,
  realisasi: number | null
): CapaianResult {
  if (realisasi === null) return { value: null };
  if (realisasi >= range.lo && realisasi <= range.hi) return { value: 100 };
  return capaian(polaritas, realisasi < range.lo ? range.lo : range.hi, realisasi);
}

/** A period's target: the same roll-up applied to each bound; a plain number is [n, n]. */
export function rollUpRange(
  agregasi: Agregasi,
  targets: readonly (TargetRange | number | null)[]
): TargetRange | null {
  const bound = (k: "lo" | "hi") =>
    ROLLUPS[agregasi].semesterTarget(
      targets.map((t) => (t === null || typeof t === "number" ? t : t[k]))
    );
  const [lo, hi] = [bound("lo"), bound("hi")];
  return lo === null || hi === null ? null : { lo: roundSignificant(lo), hi: roundSignificant(hi) };
}

/**
 * A target cell as the guard formula reads it (rangeFormulas.ts): a number in thousandths, without
 * a decimal mark (so no locale changes it), text as it is, blank as nothing.
 */
export function guardToken(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(roundHalfAway(v * 1000, 0));
  return typeof v === "object" ? "" : String(v);
}

/** A range row of one recap period, baked into its formulas. */
export type RangeTarget = {
  kode: string | number;
  range: TargetRange;
  /** The guard tokens of the period's target cells, joined by `|`. */
  guard: string;
};

export type RangeSource = "tahunan" | Quarter;
