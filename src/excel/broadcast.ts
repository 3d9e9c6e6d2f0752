// The one broadcast form Office.js documents: a single value (not an array) assigned to `values`,
// `formulas`, `formulasR1C1` or `numberFormat` is applied to every cell of the range. A 1×1 array over
// a larger range is undocumented and fails for `formulas`/`values` with InvalidArgument
// (OfficeDev/office-js#1025, office-js-docs-reference#578), so nothing in the adapter sends one.
export type BroadcastField = "values" | "formulas" | "formulasR1C1" | "numberFormat";

export function broadcast(
  range: Excel.Range,
  field: BroadcastField,
  value: string | number | boolean
): void {
  // @types/office-js declares these setters as 2-D arrays only, though Microsoft confirms the single
  // value works at run time (office-js-docs-pr#2013); this cast is the one place that relies on it.
  (range as unknown as Record<BroadcastField, unknown>)[field] = value;
}
