// The task pane: overview, recap actions, the SOP (steps, decision, report) and problems. It knows use
// cases and a gateway, never Office.js.
import { lazy, Suspense, useState } from "react";
import {
  Body1,
  Button,
  makeStyles,
  ProgressBar,
  Spinner,
  Title3,
  tokens,
} from "@fluentui/react-components";
import {
  applyFixes,
  checkCompatibility,
  CompatibilityReport,
  ExcelSelfTest,
  FixPreview,
  previewFixes,
  recap,
  setUpWorkbook,
  showProblem,
  WorkbookGateway,
} from "../app";
import { PeriodId } from "../core/contract";
import {
  errorMessage,
  fixMessage,
  recapMessage,
  selfTestMessage,
  setupMessage,
} from "../i18n/messages";
import { ActionBar } from "./components/ActionBar";
import { DecisionSection } from "./components/DecisionSection";
import { HelpSection } from "./components/HelpSection";
import { ReportSection } from "./components/ReportSection";
import { SopSection } from "./components/SopSection";
import { OverviewTable } from "./components/OverviewTable";
import { ProblemList } from "./components/ProblemList";
import { ResultBar } from "./components/ResultBar";
import { useAction } from "./hooks/useAction";
import { useOverview } from "./hooks/useOverview";
import { useProcess } from "./hooks/useProcess";
import { useStrings } from "./strings";

const FixDialog = lazy(() => import(/* webpackChunkName: "fix-dialog" */ "./components/FixDialog"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  toolbar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function App({ gateway, selfTest }: { gateway: WorkbookGateway; selfTest: ExcelSelfTest }) {
  const t = useStrings();
  const styles = useStyles();
  const { overview, error, live, refresh } = useOverview(gateway);
  const action = useAction();
  const [preview, setPreview] = useState<FixPreview | null>(null);
  // The dialog is closed, never unmounted while open: Fluent hides the rest of the pane from screen
  // readers while it is open and gives it back only on a real close.
  const [fixOpen, setFixOpen] = useState(false);
  const [compatibility, setCompatibility] = useState<CompatibilityReport | null>(null);
  const busy = action.status === "running";

  // After an action the overview is read again even without events (hosts older than ExcelApi 1.9).
  const afterwards =
    <T,>(work: () => Promise<T>) =>
    async () => {
      try {
        return await work();
      } finally {
        if (!live) void refresh();
      }
    };
  const sop = useProcess(gateway, action.run, afterwards);
  const { env } = sop;
  const onRecap = (period: PeriodId) =>
    action.run(
      t.recapRunning(t.recap[period]),
      afterwards(async () => recapMessage(await recap(gateway, [period], env), t))
    );
  const onSetup = () =>
    action.run(
      t.setupRunning,
      afterwards(async () => setupMessage(await setUpWorkbook(gateway, env), t))
    );
  const onFix = () =>
    action.run(t.fixRunning, async () => {
      const found = await previewFixes(gateway);
      if (found.edits.length === 0) return fixMessage({ applied: 0, skipped: 0 }, t);
      setPreview(found);
      setFixOpen(true);
      return null;
    });
  // The workbook ends as it began (the test sheet is deleted), so no refresh afterwards.
  const onSelfTest = () =>
    action.run(t.selfTest.running, async () => {
      setCompatibility(null);
      const report = await checkCompatibility(selfTest);
      setCompatibility(report);
      return selfTestMessage(report, t);
    });
  const onConfirmFix = (confirmed: FixPreview) => {
    setFixOpen(false);
    void action.run(
      t.fixRunning,
      afterwards(async () => fixMessage(await applyFixes(gateway, confirmed.edits, env), t))
    );
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{t.title}</Title3>
        <Body1>{t.tagline}</Body1>
      </header>
      <ResultBar
        message={
          action.status === "running"
            ? null
            : (action.message ?? (error ? errorMessage(error, t) : null))
        }
        onDismiss={action.dismiss}
      />
      {busy && (
        <div role="status" aria-live="polite">
          <Spinner size="tiny" label={action.label} labelPosition="after" />
          <ProgressBar thickness="medium" />
        </div>
      )}
      <ActionBar
        busy={busy || !overview}
        fixable={overview?.fixable ?? 0}
        onSetup={onSetup}
        onRecap={onRecap}
        onFix={onFix}
      />
      {overview ? (
        <>
          <OverviewTable overview={overview} />
          <SopSection
            process={overview.process}
            name={sop.name}
            nameSaved={sop.nameSaved}
            onName={sop.setName}
            started={sop.started}
            busy={busy}
            onStart={sop.start}
            onFinish={sop.finish}
            onDiscard={sop.discard}
          />
          <DecisionSection
            decisions={overview.process.decisions}
            busy={busy}
            canDecide={sop.name.trim() !== ""}
            onDecide={sop.decide}
          />
          <ReportSection busy={busy} onReport={sop.report} />
          <ProblemList
            problems={overview.problems}
            onSelect={(p) => void showProblem(gateway, p).catch(action.report)}
          />
        </>
      ) : (
        !error && <Spinner size="small" label={t.loading} />
      )}
      {!live && (
        <div className={styles.toolbar}>
          <Button appearance="subtle" size="small" disabled={busy} onClick={() => void refresh()}>
            {t.refresh}
          </Button>
        </div>
      )}
      <HelpSection busy={busy} report={compatibility} onCheck={() => void onSelfTest()} />
      {preview && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <FixDialog
            open={fixOpen}
            preview={preview}
            onConfirm={() => onConfirmFix(preview)}
            onCancel={() => setFixOpen(false)}
          />
        </Suspense>
      )}
    </main>
  );
}
