import path from "path";
import { Args } from "../args";
import { readWorkbook, UsageError, writeAtomic } from "../files";
import { EXIT, Io } from "../io";
import { planRecap } from "../../core/plan";
import { PeriodId, periodById } from "../../core/contract";
import { formatProblem } from "../../core/problems";
import { buildReport } from "../../core/report";
import { reportPdf } from "../../report/pdf";
import { reportXlsx } from "../../report/xlsx";
import { PERIOD_OPTION } from "./recap";

export async function exportReport(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file)
    throw new UsageError(
      "pakai: rekap-kinerja export FILE [--period semester1|semester2|tahunan|all] [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--date YYYY-MM-DD]"
    );
  const periodOption = String(args.options.get("period") ?? "tahunan");
  const periods: readonly PeriodId[] | undefined = PERIOD_OPTION[periodOption];
  if (!periods)
    throw new UsageError(
      `--period tidak dikenal: ${periodOption} (semester1, semester2, tahunan, all)`
    );
  const pdf = option(args, "pdf");
  const xlsx = option(args, "xlsx");
  const date = option(args, "date");
  const today = date === undefined ? new Date() : new Date(`${date}T12:00:00+07:00`);
  if (Number.isNaN(today.getTime())) throw new UsageError("--date harus berbentuk YYYY-MM-DD");
  const { book } = await readWorkbook(file);
  const plan = planRecap(book, periods);
  if (!plan.ok) {
    for (const p of plan.problems) io.out(formatProblem(p));
    io.err(`${file}: laporan tidak dibuat — perbaiki masalah di atas dulu`);
    return EXIT.invalid;
  }
  const reports = plan.results.map((r) => ({
    sheet: periodById(r.period).sheet,
    report: buildReport(periodById(r.period), r.rows, plan.settings, today),
  }));
  const targets =
    pdf === undefined && xlsx === undefined
      ? { pdf: defaultName(file, periodOption), xlsx: undefined }
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

function option(args: Args, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true) throw new UsageError(`opsi --${name} butuh nilai`);
  return v;
}

const defaultName = (file: string, period: string): string =>
  path.join(
    path.dirname(file),
    `${path.basename(file).replace(/\.xlsx$/i, "")}-laporan-${period}.pdf`
  );
