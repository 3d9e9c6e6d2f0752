// `status`: where the workbook stands, from the use case behind the pane's overview — each quarter's
// reporting, each period's recap and Kasubag decision, the latest SOP steps, the problems.
import { Args } from "../args";
import { UsageError } from "../files";
import { EXIT, Io } from "../io";
import { createFileGateway } from "../fileGateway";
import { loadStatus, PeriodStatus, Status } from "../../app/status";
import { TrackerRowView } from "../../app/process";
import { RecapState } from "../../core/decision";
import { blocking, formatProblem, Problem } from "../../core/problems";
import { PROCESS_STRINGS } from "../../i18n/processStrings";
import { formatNumber } from "../../core/parse";

const { sop, decision } = PROCESS_STRINGS.id;

const RECAP_STATE: Record<RecapState, string> = {
  current: "rekap terkini",
  stale: "rekap tidak sesuai Perjanjian Kinerja saat ini — jalankan recap lagi",
  missing: "rekap belum ada",
  unchecked: "rekap tidak dapat diperiksa selama ada masalah",
};

export async function status(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError("pakai: rekap-kinerja status FILE [--json]");
  const s = await loadStatus(createFileGateway(file));
  const problems = [...s.problems, ...s.process.problems];
  const ok = blocking(problems).length === 0;
  const lines =
    args.options.get("json") === true
      ? [JSON.stringify(statusJson(file, ok, s, problems), null, 2)]
      : statusText(file, s, problems);
  for (const line of lines) io.out(line);
  return ok ? EXIT.ok : EXIT.invalid;
}

function decisionText(p: PeriodStatus): string {
  const d = p.decision;
  if (d.keputusan === null) return decision.none;
  const label = d.keputusan === "Ya" ? decision.ya : decision.tidak;
  return `${label} ${decision.by(d.nama, d.when)}${d.catatan ? ` — ${d.catatan}` : ""}`;
}

function stepText(r: TrackerRowView): string {
  const details = [r.nama, r.selesai, sop.duration(r.durasi, r.waktuBaku)].filter((t) => t !== "");
  return `${sop.stepPeriode(r.langkah, r.periode)} — ${details.join(", ")}${r.overStandard ? ` — ${sop.over}` : ""}`;
}

function statusText(file: string, s: Status, problems: readonly Problem[]): string[] {
  const width = (texts: string[]) => Math.max(...texts.map((t) => t.length));
  const quarterWidth = width(s.quarters.map((q) => q.sheet));
  const periodWidth = width(s.periods.map((p) => p.decision.periode));
  const errors = blocking(problems).length;
  return [
    `${file}: ${s.indicators === null ? "Perjanjian Kinerja belum dapat dibaca" : `${s.indicators} indikator di Perjanjian Kinerja`}`,
    "Triwulan:",
    ...s.quarters.map(
      (q) =>
        `  ${q.sheet.padEnd(quarterWidth)}  ${q.exists ? `${q.reported} dilaporkan` : "belum ada"}${q.problems > 0 ? `, ${q.problems} masalah` : ""}${q.meanToDate === null ? "" : `, capaian s.d. ${q.sheet} rata-rata ${formatNumber(q.meanToDate)} %`}`
    ),
    "Periode:",
    ...s.periods.map(
      (p) =>
        `  ${p.decision.periode.padEnd(periodWidth)}  ${RECAP_STATE[p.recap]} · ${decisionText(p)}`
    ),
    `${sop.recentTitle} (${sop.title}):`,
    ...(s.process.recent.length === 0
      ? [`  ${sop.recentNone}`]
      : s.process.recent.map((r) => `  ${stepText(r)}`)),
    ...(problems.length > 0 ? ["Masalah:", ...problems.map((p) => `  ${formatProblem(p)}`)] : []),
    errors > 0
      ? `${file}: ${errors} masalah`
      : `${file}: tidak ada masalah${problems.length > 0 ? ` (${problems.length} peringatan)` : ""}`,
  ];
}

function statusJson(file: string, ok: boolean, s: Status, problems: readonly Problem[]) {
  return {
    file,
    ok,
    indicators: s.indicators,
    quarters: s.quarters,
    periods: s.periods.map((p) => ({
      period: p.period,
      sheet: p.sheet,
      periode: p.decision.periode,
      recap: p.recap,
      approvable: p.approvalProblems.length === 0,
      keputusan: p.decision.keputusan,
      nama: p.decision.nama,
      when: p.decision.when,
      catatan: p.decision.catatan,
    })),
    recent: s.process.recent,
    problems: problems.map((p) => ({
      sheet: p.sheet,
      cell: p.cell,
      severity: p.severity,
      message: p.message,
      fixable: p.fix !== undefined,
    })),
  };
}
