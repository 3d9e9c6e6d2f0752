// The strict test host's round trip for LibreOffice checks: recap a workbook through the add-in's use
// case, then hand back what the add-in left in the host as a new workbook to save and recompute.
import { createFakeExcel, FakeExcel } from "./fakeExcel";
import { toFakeSheet } from "./workbooks";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { recap } from "../../src/app/recap";
import { Env } from "../../src/app/ports";
import { RecapId } from "../../src/core/contract";
import { formatProblem } from "../../src/core/problems";
import { NewSheet } from "../../src/core/newSheet";
import { OutCell } from "../../src/core/workbook";

/** The fake keys a cell as row × 16384 + column, Excel's column count. */
const WIDE = 16384;

/** The host's sheets as a new workbook: values and formulas as the add-in left them. */
export function asWorkbook(fake: FakeExcel): NewSheet[] {
  return fake.sheets.map((s): NewSheet => {
    const rows: OutCell[][] = [];
    for (const [k, cell] of s.cells) {
      const [r, c] = [Math.floor(k / WIDE), k % WIDE];
      while (rows.length <= r) rows.push([]);
      while (rows[r].length <= c) rows[r].push({ value: null });
      const value = typeof cell.value === "object" && cell.value !== null ? null : cell.value;
      rows[r][c] = cell.formula
        ? { value: null, formula: cell.formula }
        : { value: typeof value === "boolean" ? String(value) : value };
    }
    return {
      name: s.name,
      rows,
      columns: [],
      frozenRows: 0,
      protect: false,
      validations: [],
      visibility: "visible",
    };
  });
}

/** Recaps `sheets` on a fresh strict host; throws with the problems when the recap is refused. */
export async function recapOnHost(
  sheets: NewSheet[],
  periods: readonly RecapId[],
  env: Env
): Promise<{ fake: FakeExcel; warnings: string[] }> {
  const fake = createFakeExcel(sheets.map(toFakeSheet));
  // The fake implements only what the adapter touches; Office.js's full types do not fit it.
  const gateway = createExcelGateway(fake.host as unknown as ExcelHost);
  const outcome = await recap(gateway, periods, env);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => formatProblem(p)).join("\n"));
  return { fake, warnings: outcome.warnings.map((p) => formatProblem(p)) };
}
