// The task pane: overview, recap actions, the SOP (steps, decision, report) and problems. It knows use
// cases and a gateway, never Office.js.
import { lazy, Suspense } from "react";
import {
  Body1,
  Button,
  makeStyles,
  ProgressBar,
  Spinner,
  Title3,
  tokens,
} from "@fluentui/react-components";
import { ExcelSelfTest, showProblem, WorkbookGateway } from "../app";
import { errorMessage } from "../i18n/messages";
import { ActionBar } from "./components/ActionBar";
import { DecisionSection } from "./components/DecisionSection";
import { DistributeSection } from "./components/DistributeSection";
import { HelpSection } from "./components/HelpSection";
import { ReportSection } from "./components/ReportSection";
import { RiwayatSection } from "./components/RiwayatSection";
import { SopSection } from "./components/SopSection";
import { OverviewTable } from "./components/OverviewTable";
import { ProblemList } from "./components/ProblemList";
import { ResultBar } from "./components/ResultBar";
import { useAction } from "./hooks/useAction";
import { useDistribute } from "./hooks/useDistribute";
import { useOverview } from "./hooks/useOverview";
import { useProcess } from "./hooks/useProcess";
import { useRiwayat } from "./hooks/useRiwayat";
import { useWorkbookActions } from "./hooks/useWorkbookActions";
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
  const acts = useWorkbookActions(gateway, selfTest, action.run, afterwards, sop.env);
  const units = useDistribute(gateway, action.run, sop.env);
  const history = useRiwayat(gateway, action.run, sop.env);

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
        onSetup={acts.onSetup}
        onRecap={acts.onRecap}
        onFix={acts.onFix}
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
            approvals={overview.approvals.periods}
            kasubag={overview.process.kasubag}
            name={sop.name}
            busy={busy}
            canDecide={sop.name.trim() !== ""}
            onSubmit={sop.submit}
            onDecide={sop.decide}
          />
          <ReportSection
            busy={busy}
            onReport={sop.report}
            onLkjip={sop.lkjip}
            unapproved={sop.unapproved}
            onDismissUnapproved={sop.dismissUnapproved}
          />
          <DistributeSection busy={busy} onDistribute={(q) => void units.distribute(q)} />
          <RiwayatSection
            busy={busy}
            pending={history.pending}
            onFiles={(files) => void history.choose(files)}
            onConfirm={(kodes) => void history.confirm(kodes)}
          />
          <ProblemList
            problems={[...overview.approvals.audit, ...overview.problems]}
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
      <HelpSection busy={busy} report={acts.compatibility} onCheck={() => void acts.onSelfTest()} />
      {acts.fix.preview && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <FixDialog
            open={acts.fix.open}
            preview={acts.fix.preview}
            onConfirm={() => acts.fix.preview && acts.fix.onConfirmFix(acts.fix.preview)}
            onCancel={acts.fix.onCancelFix}
          />
        </Suspense>
      )}
    </main>
  );
}
