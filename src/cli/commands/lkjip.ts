// `lkjip`: the draft of LKjIP chapter III A (prepareLkjip) as a Word document. Without --docx it goes
// beside the workbook, named after it: `contoh.xlsx` → `contoh-draf-lkjip-2023.docx`.
import path from "path";
import { Args } from "../args";
import { UsageError, writeAtomic } from "../files";
import { guard } from "../guard";
import { EXIT, Io } from "../io";
import { createFileGateway } from "../fileGateway";
import { valueOption } from "../options";
import { prepareLkjip } from "../../app/lkjip";
import { defaultEnv } from "../../app/log";
import { formatProblem } from "../../core/problems";
import { lkjipDocx } from "../../report/docx";

export async function lkjip(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError("pakai: rekap-kinerja lkjip FILE [--docx OUT.docx]");
  const docx = valueOption(args, "docx");
  const workbook = path.basename(file).replace(/\.xlsx$/i, "");
  const plan = await prepareLkjip(createFileGateway(file), defaultEnv(), workbook);
  if (!plan.ok) {
    for (const p of plan.problems) io.out(formatProblem(p));
    io.err(`${file}: draf LKjIP tidak dibuat — perbaiki masalah di atas dulu`);
    return EXIT.invalid;
  }
  for (const w of plan.warnings) io.out(formatProblem(w));
  const write = async (out: string): Promise<number> => {
    await writeAtomic(out, await lkjipDocx(plan.document));
    io.out(`${out}: draf LKjIP Bab III A (Word)`);
    return EXIT.ok;
  };
  if (docx !== undefined) return write(docx);
  // Named only now that the year is read: checked as main.ts checks an output given.
  const named = path.join(path.dirname(file), `${plan.fileName}.docx`);
  return guard({ inputs: [file], outputs: [named] }, () => write(named));
}
