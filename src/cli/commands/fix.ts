import { Args } from "../args";
import { readWorkbook, UsageError, writeAtomic } from "../files";
import { EXIT, Io } from "../io";
import { modelNeed } from "../../core/needs";
import { applyPatch } from "../xlsx";
import { planFix } from "../../core/plan";
import { blocking, formatProblem } from "../../core/problems";
import { formatNumber } from "../../core/parse";

export async function fix(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError("pakai: rekap-kinerja fix FILE");
  const { bytes, book } = await readWorkbook(file, { need: modelNeed });
  const { edits, fixed, remaining } = planFix(book);
  if (edits.length > 0) {
    await writeAtomic(file, applyPatch(bytes, { sheets: [], edits }));
    for (const p of fixed)
      io.out(
        `${p.sheet}!${p.cell}: diubah menjadi angka ${formatNumber(p.fix?.value as number)} (${p.message})`
      );
  }
  const left = blocking(remaining);
  for (const p of left) io.out(formatProblem(p));
  io.out(
    `${file}: ${edits.length} sel diperbaiki${left.length > 0 ? `; ${left.length} masalah harus diperbaiki sendiri` : ""}`
  );
  return left.length === 0 ? EXIT.ok : EXIT.invalid;
}
