import path from "path";
import { Args } from "../args";
import { readWorkbookFile, UsageError, writeAtomic } from "../files";
import { EXIT, Io } from "../io";
import { planRecap } from "../../core/plan";
import { periodById } from "../../core/contract";
import { formatProblem } from "../../core/problems";
import { buildReport, missingSettings } from "../../core/report";
import { reportPdf } from "../../report/pdf";
import { reportXlsx } from "../../report/xlsx";
import { periodsOption, valueOption } from "../options";

export async function exportReport(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file)
    throw new UsageError(
      "pakai: rekap-kinerja export FILE [--period semester1|semester2|tahunan|all] [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--date YYYY-MM-DD]"
    );
  const { name: periodOption, periods } = periodsOption(args, "tahunan");
  const pdf = valueOption(args, "pdf");
  const xlsx = valueOption(args, "xlsx");
  const date = valueOption(args, "date");
  const today = date === undefined ? new Date() : dateOption(date);
  const { book } = await readWorkbookFile(file);
  const plan = planRecap(book, periods);
  if (!plan.ok) {
    for (const p of plan.problems) io.out(formatProblem(p));
    io.err(`${file}: laporan tidak dibuat — perbaiki masalah di atas dulu`);
    return EXIT.invalid;
  }
  // Only the periods asked for: a semester's plan may also carry Tahunan (formulas.ts borrows from it).
  const reports = plan.results
    .filter((r) => periods.includes(r.period))
    .map((r) => ({
      sheet: periodById(r.period).sheet,
      report: buildReport(periodById(r.period), r.rows, plan.settings, today),
    }));
  for (const w of missingSettings(plan.settings)) io.out(formatProblem(w));
  const targets =
    pdf === undefined && xlsx === undefined
      ? { pdf: defaultReportName(file, periodOption), xlsx: undefined }
      : { pdf, xlsx };
  if (targets.pdf) {
    await writeAtomic(targets.pdf, reportPdf(reports.map((r) => r.report)));
    io.out(`${targets.pdf}: laporan PDF ${reports.map((r) => r.sheet).join(", ")}`);
  }
  if (targets.xlsx) {
    await writeAtomic(targets.xlsx, await reportXlsx(reports));
    io.out(`${targets.xlsx}: laporan buku kerja ${reports.map((r) => r.sheet).join(", ")}`);
  }
  return EXIT.ok;
}

/** `--date YYYY-MM-DD`: a day that exists (2023-02-30 does not), noon in Jakarta. */
function dateOption(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) throw new UsageError(`--date harus berbentuk YYYY-MM-DD: ${text}`);
  const [year, month, day] = m.slice(1).map(Number);
  const noonWib = new Date(Date.UTC(year, month - 1, day, 5)); // 12:00 UTC+7
  if (
    noonWib.getUTCFullYear() !== year ||
    noonWib.getUTCMonth() !== month - 1 ||
    noonWib.getUTCDate() !== day
  )
    throw new UsageError(`--date bukan tanggal yang ada: ${text}`);
  return noonWib;
}

/** `FILE-laporan-PERIOD.pdf` beside the workbook, when neither --pdf nor --xlsx is given. */
export const defaultReportName = (file: string, period: string): string =>
  path.join(
    path.dirname(file),
    `${path.basename(file).replace(/\.xlsx$/i, "")}-laporan-${period}.pdf`
  );
