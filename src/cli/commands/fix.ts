// `fix`: the pane's "Perbaiki angka" with every fix confirmed by running the command (applyAllFixes):
// the fixable cells rewritten as plain numbers, each change printed, a Log row, nothing else touched.
import { Args } from "../args";
import { UsageError } from "../files";
import { EXIT, Io } from "../io";
import { createFileGateway } from "../fileGateway";
import { commandEnv } from "../options";
import { applyAllFixes } from "../../app/fix";
import { blocking, formatProblem, Problem } from "../../core/problems";
import { showFormula } from "../../core/unreadable";
import { formatNumber } from "../../core/parse";

export async function fix(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError("pakai: rekap-kinerja fix FILE [--oleh NAMA]");
  const { fixed, remaining } = await applyAllFixes(createFileGateway(file), commandEnv(args));
  for (const p of fixed) {
    const fix = p.fix as NonNullable<Problem["fix"]>;
    const number = `angka ${formatNumber(fix.value)}`;
    // A replaced formula is said first: the user's calculation is gone from that cell.
    const change =
      fix.formula === undefined
        ? `diubah menjadi ${number}`
        : `rumus ${showFormula(fix.formula)} diganti dengan ${number}`;
    io.out(`${p.sheet}!${p.cell}: ${change} (${p.message})`);
  }
  const left = blocking(remaining);
  for (const p of left) io.out(formatProblem(p));
  const formulas = fixed.filter((p) => p.fix?.formula !== undefined).length;
  io.out(
    `${file}: ${fixed.length} sel diperbaiki${formulas > 0 ? ` (${formulas} rumus diganti angka)` : ""}${left.length > 0 ? `; ${left.length} masalah harus diperbaiki sendiri` : ""}`
  );
  return left.length === 0 ? EXIT.ok : EXIT.invalid;
}
