import { Args } from "../args";
import { readWorkbookFile, UsageError } from "../files";
import { EXIT, Io } from "../io";
import { modelNeed } from "../../core/needs";
import { check as checkBook } from "../../core/plan";
import { blocking, formatProblem } from "../../core/problems";
import { structureLocked, structureLockedMessage } from "../workbookProtection";

export async function check(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError("pakai: rekap-kinerja check FILE [--json]");
  const { bytes, book } = await readWorkbookFile(file, { need: modelNeed });
  const { problems, model } = checkBook(book);
  // Not a cell problem but one all the same: recap, fix and merge will refuse this workbook.
  const locked = structureLocked(bytes);
  const errors = blocking(problems);
  const ok = errors.length === 0 && !locked;
  if (args.options.get("json") === true) {
    const json = {
      file,
      ok,
      structureLocked: locked,
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
    if (locked) io.out(structureLockedMessage(file));
    for (const p of problems) io.out(formatProblem(p));
    const fixable = errors.filter((p) => p.fix).length;
    io.out(
      ok
        ? `${file}: ${model?.indicators.length ?? 0} indikator, tidak ada masalah${problems.length > 0 ? ` (${problems.length} peringatan)` : ""}`
        : `${file}: ${errors.length + (locked ? 1 : 0)} masalah${fixable > 0 ? `, ${fixable} dapat diperbaiki dengan: rekap-kinerja fix ${file}` : ""}`
    );
  }
  return ok ? EXIT.ok : EXIT.invalid;
}
