// `check`: the problems the pane lists (checkWorkbook), and Protect Workbook, which the writing
// commands refuse.
import { Args } from "../args";
import { UsageError } from "../files";
import { EXIT, Io } from "../io";
import { createFileGateway } from "../fileGateway";
import { structureLockedMessage } from "../workbookProtection";
import { checkWorkbook } from "../../app/check";
import { blocking, formatProblem } from "../../core/problems";

export async function check(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError("pakai: rekap-kinerja check FILE [--json]");
  const gateway = createFileGateway(file);
  const { problems, indicators } = await checkWorkbook(gateway);
  // Not a cell problem but one all the same: recap, fix and merge will refuse this workbook.
  const locked = await gateway.structureLocked();
  const errors = blocking(problems);
  const ok = errors.length === 0 && !locked;
  if (args.options.get("json") === true) {
    const json = {
      file,
      ok,
      structureLocked: locked,
      indicators: indicators ?? 0,
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
        ? `${file}: ${indicators ?? 0} indikator, tidak ada masalah${problems.length > 0 ? ` (${problems.length} peringatan)` : ""}`
        : `${file}: ${errors.length + (locked ? 1 : 0)} masalah${fixable > 0 ? `, ${fixable} dapat diperbaiki dengan: rekap-kinerja fix ${file}` : ""}`
    );
  }
  return ok ? EXIT.ok : EXIT.invalid;
}
