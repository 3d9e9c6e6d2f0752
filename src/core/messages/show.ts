// How messages quote what a cell holds, in every language: numbers in the language's notation,
// formulas as the formula bar shows them, long texts and long lists cut short.
import { formatNumber, roundSignificant } from "../parse";
import type { Lang } from "./catalog";

/** 14,5 in Indonesian (as people there type it), 14.5 in English. */
export const showNumber = (x: number, lang: Lang): string =>
  lang === "id" ? formatNumber(x) : String(roundSignificant(x));

export const clip = (s: string, max: number): string =>
  s.length > max ? `${s.slice(0, max - 1)}…` : s;

/** A formula (stored without `=`) as the user sees it in the formula bar, cut short when long. */
export const showFormula = (formula: string): string => `=${clip(formula, 60)}`;

/** "TW IV", "TW II dan TW IV", "TW I, TW II dan TW III" with `and` the language's word. */
export function listWords(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** "I4, N30" — at most `max` items, then `more(n)` for the n left out. */
export function shortList(items: readonly string[], more: (n: number) => string, max = 10): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} ${more(items.length - max)}` : shown;
}
