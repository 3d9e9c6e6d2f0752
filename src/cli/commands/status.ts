// `status`: where the workbook stands, from the use case behind the pane's overview — each quarter's
// reporting, each period's recap and Kasubag decision, the latest SOP steps, the problems.
import { Args } from "../args";
import { UsageError } from "../files";
import { EXIT, Io } from "../io";
import { createFileGateway } from "../fileGateway";
import { loadStatus, PeriodStatus, Status } from "../../app/status";
import { TrackerRowView } from "../../app/process";
import { Timeliness, TimelinessGroup } from "../../core/timeliness";
import { RecapState } from "../../core/decision";
import { blocking, formatProblem, Problem } from "../../core/problems";
import { PROCESS_STRINGS } from "../../i18n/processStrings";
import { formatNumber } from "../../core/parse";
import { FINGERPRINT_SHOWN } from "../../core/report";

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
  const approvals = s.periods.flatMap((p) => [...p.approval.problems, ...p.approval.changes]);
  const problems = [...s.audit, ...approvals, ...s.problems, ...s.process.problems];
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
  if (d.state === "Draf") return `${decision.state.Draf} (${decision.none.toLowerCase()})`;
  const label =
    d.keputusan === "Ya"
      ? decision.ya
      : d.keputusan === "Tidak"
        ? decision.tidak
        : decision.state[d.state];
  const a = p.approval;
  const changed = a.changes.length + a.problems.length;
  const note = a.approved?.fingerprint
    ? changed > 0
      ? ` — ${decision.changed} (${changed})`
      : ` — ${decision.fingerprint(a.approved.fingerprint.slice(0, FINGERPRINT_SHOWN))}`
    : d.catatan
      ? ` — ${d.catatan}`
      : "";
  return `${label} ${decision.by(d.nama, d.when)}${note}`;
}

function stepText(r: TrackerRowView): string {
  const duration = sop.duration(r.durasi, r.satuan, r.waktuBaku);
  const details = [r.nama, r.selesai, duration].filter((t) => t !== "");
  return `${sop.stepPeriode(r.langkah, r.periode)} — ${details.join(", ")}${r.overStandard ? ` — ${sop.over}` : ""}`;
}

function groupText(label: string, g: TimelinessGroup): string {
  const median = sop.median(g.medianPercent, g.median);
  return `    ${label}: ${sop.counts(g.done, g.onTime, g.late)}${median ? `, ${median}` : ""}`;
}

function timelinessText(t: Timeliness): string[] {
  if (t.steps.length === 0 && t.executors.length === 0) return [`  ${sop.recentNone}`];
  return [
    `  ${sop.byStep}:`,
    ...t.steps.map((g) => groupText(`${sop.stepLabel} ${g.label}`, g)),
    `  ${sop.byName}:`,
    ...t.executors.map((g) => groupText(g.label, g)),
  ];
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
    `${sop.timelinessTitle} (${sop.title}):`,
    ...timelinessText(s.process.timeliness),
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
      state: p.decision.state,
      allowed: p.decision.allowed,
      fingerprint: p.approval.approved?.fingerprint ?? null,
      changedSinceApproval: p.approval.changes.length + p.approval.problems.length,
      recap: p.recap,
      approvable: p.approvalProblems.length === 0,
      keputusan: p.decision.keputusan,
      nama: p.decision.nama,
      when: p.decision.when,
      catatan: p.decision.catatan,
    })),
    recent: s.process.recent,
    timeliness: s.process.timeliness,
    problems: problems.map((p) => ({
      sheet: p.sheet,
      cell: p.cell,
      severity: p.severity,
      message: p.message,
      fixable: p.fix !== undefined,
    })),
  };
}
