import { Args } from "../args";
import { readWorkbookFile, UsageError, writeAtomic } from "../files";
import { EXIT, Io } from "../io";
import { modelNeed } from "../../core/needs";
import { patchPackage } from "../../xlsx";
import { zlibCompression } from "../compression";
import { planFix } from "../../core/plan";
import { blocking, formatProblem, Problem } from "../../core/problems";
import { showFormula } from "../../core/unreadable";
import { formatNumber } from "../../core/parse";

export async function fix(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError("pakai: rekap-kinerja fix FILE");
  const { bytes, book } = await readWorkbookFile(file, { need: modelNeed });
  const { edits, fixed, remaining } = planFix(book);
  if (edits.length > 0) {
    await writeAtomic(
      file,
      patchPackage(bytes, { sheets: [], edits }, { compression: zlibCompression })
    );
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
  }
  const left = blocking(remaining);
  for (const p of left) io.out(formatProblem(p));
  const formulas = fixed.filter((p) => p.fix?.formula !== undefined).length;
  io.out(
    `${file}: ${edits.length} sel diperbaiki${formulas > 0 ? ` (${formulas} rumus diganti angka)` : ""}${left.length > 0 ? `; ${left.length} masalah harus diperbaiki sendiri` : ""}`
  );
  return left.length === 0 ? EXIT.ok : EXIT.invalid;
}
