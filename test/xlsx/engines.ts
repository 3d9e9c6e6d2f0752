// The two ways of reading a worksheet part (sheet-read.ts): the <sheetData> scanner with its saxes
// fallback, and saxes alone. Whatever the part holds, they must give the same rows or fail alike.
import type { Cell } from "../../src/core/workbook";
import type { PickColumns, SheetReadContext } from "../../src/xlsx/sheet-cells";
import type { readSheet as ReadSheet, SheetEngine } from "../../src/xlsx/sheet-read";
import type { ByteSource } from "../../src/xlsx/xml";

type Outcome = { rows: (Cell | undefined)[][] } | { error: string; thrown: unknown };

function outcome(run: () => (Cell | undefined)[][]): Outcome {
  try {
    return { rows: run() };
  } catch (thrown) {
    return { error: thrown instanceof Error ? thrown.message : String(thrown), thrown };
  }
}

/** Reads with both engines, expects the same result (rows or error message), and returns it. */
export function readBoth(
  readSheet: typeof ReadSheet,
  source: ByteSource,
  part: string,
  ctx: SheetReadContext,
  pick?: PickColumns
): (Cell | undefined)[][] {
  const read = (engine: SheetEngine) => outcome(() => readSheet(source, part, ctx, pick, engine));
  const scan = read("scan");
  const saxes = read("saxes");
  // toStrictEqual: a hole and an undefined cell, or an absent and an undefined field, differ.
  if ("rows" in scan && "rows" in saxes) expect(scan.rows).toStrictEqual(saxes.rows);
  else
    expect("error" in scan ? scan.error : scan).toStrictEqual(
      "error" in saxes ? saxes.error : saxes
    );
  if ("error" in scan) throw scan.thrown;
  return scan.rows;
}

/** The bytes of `text` in pieces cut at `cuts` (fractions of the length), as a part is inflated. */
export function piecewise(bytes: Uint8Array, cuts: readonly number[]): ByteSource {
  const at = [...new Set(cuts.map((f) => Math.floor(f * bytes.length)))].sort((a, b) => a - b);
  return (take) => {
    let from = 0;
    for (const to of [...at, bytes.length]) {
      if (to <= from) continue;
      take(bytes.subarray(from, to));
      from = to;
    }
    if (bytes.length === 0) take(bytes);
  };
}
