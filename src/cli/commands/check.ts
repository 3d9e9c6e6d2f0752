import { Args } from "../args";
import { readWorkbook, UsageError } from "../files";
import { EXIT, Io } from "../io";
import { modelNeed } from "../../core/needs";
import { check as checkBook } from "../../core/plan";
import { blocking, formatProblem } from "../../core/problems";

export async function check(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError("pakai: rekap-kinerja check FILE [--json]");
  const { book } = await readWorkbook(file, { need: modelNeed });
  const { problems, model } = checkBook(book);
  const errors = blocking(problems);
  if (args.options.get("json") === true) {
    const json = {
      file,
      ok: errors.length === 0,
      indicators: model?.indicators.length ?? 0,
      problems: problems.map((p) => ({
        sheet: p.sheet,
        cell: p.cell,
        severity: p.severity,
        message: p.message,
        fixable: p.fix !== undefined,
        ...(p.fix ? { value: p.fix.value } : {}),
      })),
    };
    io.out(JSON.stringify(json, null, 2));
  } else {
    for (const p of problems) io.out(formatProblem(p));
    const fixable = errors.filter((p) => p.fix).length;
    io.out(
      errors.length === 0
        ? `${file}: ${model?.indicators.length ?? 0} indikator, tidak ada masalah${problems.length > 0 ? ` (${problems.length} peringatan)` : ""}`
        : `${file}: ${errors.length} masalah${fixable > 0 ? `, ${fixable} dapat diperbaiki dengan: rekap-kinerja fix ${file}` : ""}`
    );
  }
  return errors.length === 0 ? EXIT.ok : EXIT.invalid;
}
