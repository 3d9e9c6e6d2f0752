// `export`: the performance report of one period or all (prepareReports) as PDF and/or a workbook.
// Without --pdf and --xlsx the PDF goes beside the workbook, named by the rule the pane's download
// follows too (reportFileName).
import path from "path";
import { Args } from "../args";
import { UsageError, writeAtomic } from "../files";
import { guard } from "../guard";
import { EXIT, Io } from "../io";
import { createFileGateway } from "../fileGateway";
import { periodsOption, valueOption } from "../options";
import { prepareReports, reportFileName } from "../../app/report";
import { defaultEnv } from "../../app/log";
import { RecapId } from "../../core/contract";
import { formatProblem } from "../../core/problems";
import { reportPdf } from "../../report/pdf";
import { reportXlsx } from "../../report/xlsx";

export async function exportReport(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file)
    throw new UsageError(
      "pakai: rekap-kinerja export FILE [--period semester1|semester2|tahunan|triwulan|all] [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--date YYYY-MM-DD] [--abaikan-persetujuan]"
    );
  const { name: periodOption, periods } = periodsOption(args, "tahunan");
  const pdf = valueOption(args, "pdf");
  const xlsx = valueOption(args, "xlsx");
  const date = valueOption(args, "date");
  const env = defaultEnv();
  const today = date === undefined ? undefined : dateOption(date);
  const plan = await prepareReports(
    createFileGateway(file),
    periods,
    today === undefined ? env : { ...env, now: () => today },
    { ignoreApproval: args.options.get("abaikan-persetujuan") === true }
  );
  if (!plan.ok) {
    for (const p of plan.problems) io.out(formatProblem(p));
    io.err(
      plan.approvalChanged
        ? `${file}: laporan tidak dibuat — angka berubah sejak disetujui; ajukan dan setujui lagi, atau pakai --abaikan-persetujuan untuk mencetaknya tanpa tanda persetujuan`
        : `${file}: laporan tidak dibuat — perbaiki masalah di atas dulu`
    );
    return EXIT.invalid;
  }
  const { reports } = plan;
  for (const w of plan.warnings) io.out(formatProblem(w));
  const sheets = reports.map((r) => r.sheet).join(", ");
  const write = async (targets: { pdf?: string; xlsx?: string }): Promise<number> => {
    if (targets.pdf) {
      await writeAtomic(targets.pdf, reportPdf(reports.map((r) => r.report)));
      io.out(`${targets.pdf}: laporan PDF ${sheets}`);
    }
    if (targets.xlsx) {
      await writeAtomic(targets.xlsx, await reportXlsx(reports));
      io.out(`${targets.xlsx}: laporan buku kerja ${sheets}`);
    }
    return EXIT.ok;
  };
  if (pdf !== undefined || xlsx !== undefined) return write({ pdf, xlsx });
  // Named only now that the year is read: checked as main.ts checks the outputs given.
  const named = defaultReportPath(file, periodOption as RecapId | "all", plan.year);
  return guard({ inputs: [file], outputs: [named] }, () => write({ pdf: named }));
}

/** Beside the workbook, after its name: `contoh-laporan-kinerja-tahunan-2023.pdf`. */
const defaultReportPath = (file: string, period: RecapId | "all", year: number | null): string =>
  path.join(
    path.dirname(file),
    `${reportFileName(period, year, path.basename(file).replace(/\.xlsx$/i, ""))}.pdf`
  );

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
