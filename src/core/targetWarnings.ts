// Plausibility of Perjanjian Kinerja's targets: Rencana Aksi quarter targets that disagree with Target
// Tahunan, or percentages set to be added up, are worth a look but never block a recap.
import { PK_SHEET, PkColumn, QUARTERS } from "./contract";
import { isPercentSatuan } from "./dataRows";
import { Indicator, PkLayout } from "./indicators";
import type { ProblemText } from "./messages";
import { Problem, problem } from "./problems";
import { a1 } from "./workbook";

export function warnTargetShape(
  indicators: readonly Indicator[],
  layout: PkLayout,
  problems: Problem[]
): void {
  const warn = (ind: Indicator, k: PkColumn, text: ProblemText) =>
    problems.push(
      problem({
        sheet: PK_SHEET,
        cell: a1(ind.row, layout.columns[k] ?? 0),
        severity: "warning",
        text,
      })
    );
  for (const ind of indicators) {
    const t = ind.quarterTargets;
    const kode = ind.kode;
    if (ind.agregasi === "Jumlah") {
      const all = QUARTERS.map((q) => t[q]);
      if (all.every((x): x is number => x !== null)) {
        const total = all.reduce((a, b) => a + b, 0);
        if (!nearlyEqual(total, ind.targetTahunan))
          warn(ind, "targetTahunan", {
            key: "targetSum",
            params: { kode, total, target: ind.targetTahunan },
          });
      }
      if (isPercentSatuan(ind.satuan))
        warn(ind, "agregasi", { key: "percentSummed", params: { kode } });
    } else if (
      (ind.agregasi === "Terakhir" || ind.agregasi === "Rasio") &&
      t[4] !== null &&
      !nearlyEqual(t[4], ind.targetTahunan)
    ) {
      warn(ind, "targetTw4", {
        key: "tw4Target",
        params: { kode, tw4: t[4], target: ind.targetTahunan },
      });
    }
  }
}

const nearlyEqual = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
