// The pane's SOP actions — record a started step, decide on a period, export a report — each one use
// case run through the pane's single action slot. The renderers (ExcelJS, jsPDF, docx) are imported only
// when a report is asked for, so the pane starts without them.
import { useCallback, useMemo, useState } from "react";
import {
  approve,
  defaultEnv,
  Env,
  openReportWorkbook,
  prepareLkjip,
  prepareReport,
  recordStep,
  returnForCorrection,
  submitForReview,
  WorkbookGateway,
} from "../../app";
import { PeriodId, RecapId } from "../../core/contract";
import { DECISION_STEP } from "../../core/sop";
import { Keputusan, PeriodeKey } from "../../core/tracker";
import {
  decisionMessage,
  lkjipMessage,
  Message,
  reportRefusedMessage,
  stepMessage,
} from "../../i18n/messages";
import { ReportKind } from "../components/ReportSection";
import { DOCX_TYPE, offerDownload, PDF_TYPE, XLSX_TYPE } from "../download";
import { NAME_KEY, parseStarted, STARTED_KEY, StartedStep } from "../../browser/preferences";
import { usePreference } from "./usePreference";
import { useStrings } from "../strings";

type Run = (label: string, work: () => Promise<Message | null>) => Promise<void>;
/** Reads the overview again after the work where the host sends no change events. */
type After = (work: () => Promise<Message | null>) => () => Promise<Message | null>;

export function useProcess(gateway: WorkbookGateway, run: Run, afterwards: After) {
  const t = useStrings();
  const [storedName, setName, nameSaved] = usePreference(NAME_KEY);
  const [startedText, setStartedText] = usePreference(STARTED_KEY);
  const name = storedName ?? "";
  const started = useMemo(() => parseStarted(startedText), [startedText]);
  const setStarted = useCallback(
    (s: StartedStep | null) => setStartedText(s ? JSON.stringify(s) : null),
    [setStartedText]
  );
  const env = useMemo(
    (): Env => ({ ...defaultEnv(), user: name.trim() || defaultEnv().user }),
    [name]
  );

  const start = (step: number, periode: PeriodeKey) =>
    setStarted({ step, periode, startedAt: new Date().toISOString() });

  const finish = () => {
    if (!started) return;
    void run(
      t.sop.recording,
      afterwards(async () => {
        const outcome = await recordStep(
          gateway,
          {
            step: started.step,
            periode: started.periode,
            name,
            startedAt: new Date(started.startedAt),
          },
          env
        );
        if (outcome.ok) setStarted(null);
        return stepMessage(outcome, t);
      })
    );
  };

  const submit = (period: PeriodId) => {
    void run(
      t.decision.submitting,
      afterwards(async () => {
        const outcome = await submitForReview(gateway, period, name, env);
        return outcome.ok
          ? { intent: "success", text: t.decision.submitted(outcome.entry.periode) }
          : decisionMessage(outcome, t);
      })
    );
  };

  const decide = (period: PeriodId, keputusan: Keputusan, note: string, onBehalf: boolean) => {
    // A step 7 someone started for this period is the decision's start: its duration is the review's.
    const startedAt =
      started && started.step === DECISION_STEP && started.periode === period
        ? new Date(started.startedAt)
        : undefined;
    void run(
      t.decision.running,
      afterwards(async () => {
        const outcome =
          keputusan === "Ya"
            ? await approve(gateway, period, name, env, { startedAt, onBehalf })
            : await returnForCorrection(gateway, period, name, note, env, { startedAt, onBehalf });
        if (outcome.ok && startedAt) setStarted(null);
        return decisionMessage(outcome, t);
      })
    );
  };

  // An approved period changed since its Ya: asked again before it is printed without approval.
  const [unapproved, setUnapproved] = useState<{ period: RecapId; kind: ReportKind } | null>(null);

  const report = (period: RecapId, kind: ReportKind, ignoreApproval = false) => {
    setUnapproved(null);
    void run(t.report.building, async () => {
      const prepared = await prepareReport(gateway, period, env, { ignoreApproval });
      if (!prepared.ok && "approvalChanged" in prepared && prepared.approvalChanged)
        setUnapproved({ period, kind });
      if (!prepared.ok) return reportRefusedMessage(prepared.problems, t);
      if (kind === "pdf") {
        const { reportPdf } = await import(/* webpackChunkName: "report-pdf" */ "../../report/pdf");
        const file = `${prepared.fileName}.pdf`;
        offerDownload(reportPdf([prepared.report]), file, PDF_TYPE);
        return { intent: "info", text: t.report.downloaded(file) };
      }
      const { reportXlsx } = await import(
        /* webpackChunkName: "report-xlsx" */ "../../report/xlsx"
      );
      if (gateway.canOpenWorkbook()) {
        await openReportWorkbook(gateway, prepared, reportXlsx);
        return { intent: "success", text: t.report.opened(prepared.sheet) };
      }
      const file = `${prepared.fileName}.xlsx`;
      offerDownload(
        await reportXlsx([{ sheet: prepared.sheet, report: prepared.report }]),
        file,
        XLSX_TYPE
      );
      return { intent: "warning", text: `${t.report.noNewWorkbook} ${t.report.downloaded(file)}` };
    });
  };

  // The LKjIP draft is drafted from whatever state the Tahunan is in; the draft itself says which.
  const lkjip = () => {
    void run(t.report.lkjipBuilding, async () => {
      const plan = await prepareLkjip(gateway, env);
      if (!plan.ok) return lkjipMessage(plan, "", t);
      const { lkjipDocx } = await import(/* webpackChunkName: "report-docx" */ "../../report/docx");
      const file = `${plan.fileName}.docx`;
      offerDownload(await lkjipDocx(plan.document), file, DOCX_TYPE);
      return lkjipMessage(plan, file, t);
    });
  };

  return {
    name,
    setName,
    nameSaved,
    env,
    started,
    start,
    finish,
    discard: () => setStarted(null),
    submit,
    decide,
    report,
    lkjip,
    unapproved,
    dismissUnapproved: () => setUnapproved(null),
  };
}
