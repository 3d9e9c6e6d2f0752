// A recap period's target ranges in its live formulas (docs/CONTRACT.md §4). The bounds of every range
// row are baked into the column's formula at recap time, keyed by Kode, as the Kategori bands and the
// predicate table are: the recap sheets keep their layout, and a period's bounds (a semester sums or
// averages its quarters' bounds) are worked out once, by the core. A baked bound must not outlive the
// target it came from, so the formula also carries the period's target cells as they were and
// compares them with Perjanjian Kinerja's now: an edited target gives a blank capaian and a status
// note until the next recap.
import { RangeTarget, rangeText } from "./range";

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export const RANGE_CHANGED_NOTE = "; target berubah — rekap lagi";

export class RangeBake {
  private readonly match: string;
  private readonly guardOk: string;

  /**
   * `kode` is the row's Kode cell; `sources` the period's target cells in Perjanjian Kinerja, read as
   * `guardToken` reads them: a number in thousandths (no decimal mark, so no locale changes it).
   */
  constructor(
    private readonly rows: readonly RangeTarget[],
    kode: string,
    sources: readonly string[]
  ) {
    const codes = rows.map((r) => (typeof r.kode === "number" ? String(r.kode) : quote(r.kode)));
    this.match = `MATCH(${kode},{${codes.join(",")}},0)`;
    const live = sources
      .map((c) => `IF(ISNUMBER(${c}),TEXT(ROUND(${c}*1000,0),"0"),${c}&"")`)
      .join(`&"|"&`);
    this.guardOk = `${live}=${this.pick(rows.map((r) => quote(r.guard)))}`;
  }

  private pick(values: readonly string[]): string {
    return `CHOOSE(${this.match},${values.join(",")})`;
  }

  private bound(k: "lo" | "hi"): string {
    return this.pick(this.rows.map((r) => String(r.range[k])));
  }

  /** `inRange` on a range row whose target is unchanged, blank if changed, `other` on any other row. */
  or(inRange: string, other: string): string {
    return `IF(ISNUMBER(${this.match}),IF(${this.guardOk},${inRange},""),${other})`;
  }

  /** The Target cell's text, `80 – 90`. */
  text(): string {
    return this.pick(this.rows.map((r) => quote(rangeText(r.range))));
  }

  /**
   * 100 inside [lo, hi]; outside, `against` — the usual capaian of `re` against a target — applied
   * to the nearer bound (range.ts).
   */
  capaian(re: string, against: (target: string) => string): string {
    const [lo, hi] = [this.bound("lo"), this.bound("hi")];
    const nearer = `IF(${re}<${lo},${lo},${hi})`;
    return (
      `IF(NOT(ISNUMBER(${re})),"",IF(AND(${re}>=${lo},${re}<=${hi}),100,` + `${against(nearer)}))`
    );
  }

  /** The status note of a range row whose target changed; `other` otherwise. */
  note(other: string): string {
    return `IF(ISNUMBER(${this.match}),IF(${this.guardOk},${other},"${RANGE_CHANGED_NOTE}"),${other})`;
  }
}
