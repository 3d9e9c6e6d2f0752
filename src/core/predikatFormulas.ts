// Predikat indicators (predikat.ts) in live formulas: the table is baked into the formula text at
// recap time, as the Kategori bands are, and a row's own Satuan picks the predicate branch, so one
// formula still serves every row of a column.
import { capaianFormula } from "./capaianFormula";
import { normalizeWord } from "./contract";
import { Predikat, PREDIKAT_SATUAN } from "./predikat";

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The nilai of the predicate in `ref` as formula text, blank when it is none. MATCH compares text
 * ignoring case; spaces are removed on both sides, as `normalizeWord` does. The labels are an inline
 * array constant and the nilai CHOOSE's arguments, which Excel (A1 and R1C1) and LibreOffice read
 * alike, with no second array to index.
 */
export function nilaiFormula(ref: string, table: readonly Predikat[]): string {
  const labels = table.map((p) => quote(normalizeWord(p.label))).join(",");
  const values = table.map((p) => String(p.nilai)).join(",");
  return `IFERROR(CHOOSE(MATCH(SUBSTITUTE(${ref}," ",""),{${labels}},0),${values}),"")`;
}

/** Whether the Satuan in `ref` is `Predikat`, in formula text (`=` ignores case). */
export const isPredikatFormula = (ref: string): string =>
  `SUBSTITUTE(${ref}," ","")=${quote(PREDIKAT_SATUAN)}`;

/** The Predikat branch of a formula column, for rows whose Satuan (in `satuan`) is Predikat. */
export class PredikatBranch {
  private readonly test: string;

  constructor(
    private readonly table: readonly Predikat[],
    satuan: string
  ) {
    this.test = isPredikatFormula(satuan);
  }

  /** `predikat` on a Predikat indicator's row, `other` on any other. */
  or(predikat: string, other: string): string {
    return `IF(${this.test},${predikat},${other})`;
  }

  nilai(ref: string): string {
    return nilaiFormula(ref, this.table);
  }

  /** Capaian on the nilai of the target and realisation: predicates are compared as numbers. */
  capaian(t: string, re: string, isNegatif: string): string {
    return capaianFormula(this.nilai(t), this.nilai(re), isNegatif);
  }

  /**
   * The predicate typed in the latest quarter whose nilai is a number: the row shows the predicate
   * as typed, not its nilai. The last quarter is the outermost test, so it wins when reported.
   */
  latest(quarters: readonly { nilai: string; typed: string }[]): string {
    return quarters.reduce(
      (earlier, q) => `IF(ISNUMBER(${q.nilai}),${q.typed}&"",${earlier})`,
      `""`
    );
  }
}
