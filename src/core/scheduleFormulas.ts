// Which quarters count (schedule.ts) as formula text: tests over a recap row's Frekuensi cell and the
// sheet's own clock, so a recap keeps leaving out the quarters an indicator is not due in and starts
// counting a quarter by itself once it has ended. `frekuensi` is the row's Frekuensi cell, undefined
// when Perjanjian Kinerja has no such column (every indicator is then Triwulanan).
import { FREKUENSI, Frekuensi, Quarter } from "./contract";
import { CalendarDate, isDue, notAssessedText } from "./schedule";

/** One test, or all of them. */
export const all = (tests: readonly string[]): string =>
  tests.length === 1 ? tests[0] : `AND(${tests.join(",")})`;

/** Tests that the row's Frekuensi is due in `q`: none when every Frekuensi is. */
export function dueTests(frekuensi: string | undefined, q: Quarter): string[] {
  if (!frekuensi) return [];
  return FREKUENSI.filter((w) => !isDue(w, q)).map((w) => `${frekuensi}<>"${w}"`);
}

/** True from the day after `end`, by the sheet's clock. */
export const endedTest = (end: CalendarDate): string =>
  `TODAY()>DATE(${end.year},${end.month},${end.day})`;

/**
 * Perjanjian Kinerja's Frekuensi as the core matches it: without spaces, line breaks or hyphens (`=`
 * ignores case); blank is Triwulanan. UNICHAR would catch a no-break space too, but a file must spell
 * it `_xlfn.UNICHAR`, and the recap keeps to functions every supported Excel reads as typed.
 */
export const frekuensiText = (ref: string): string =>
  `SUBSTITUTE(SUBSTITUTE(CLEAN(${ref}&"")," ",""),"-","")`;

/** How many of `quarters` the row's Frekuensi is due in, as a number formula. */
export function dueCount(frekuensi: string | undefined, quarters: readonly Quarter[]): string {
  if (!frekuensi) return String(quarters.length);
  return quarters
    .map((q) => dueTests(frekuensi, q))
    .map((tests) => (tests.length === 0 ? "1" : `(${all(tests)})`))
    .join("+");
}

/** `assessed`, unless the row's Frekuensi is due in none of `quarters`: then `Tidak dinilai (…)`. */
export function unlessNotAssessed(
  frekuensi: string | undefined,
  quarters: readonly Quarter[],
  assessed: string
): string {
  if (!frekuensi) return assessed;
  return FREKUENSI.filter((w) => quarters.every((q) => !isDue(w, q))).reduceRight(
    (rest, w: Frekuensi) => `IF(${frekuensi}="${w}","${notAssessedText(w)}",${rest})`,
    assessed
  );
}
