// The pane's workbook actions — set up, recap, fix (preview, then confirm), self-test — each one use
// case run through the one action slot, the overview refreshed afterwards where events cannot do it.
import { useState } from "react";
import {
  applyFixes,
  checkCompatibility,
  CompatibilityReport,
  Env,
  ExcelSelfTest,
  FixPreview,
  previewFixes,
  recap,
  setUpWorkbook,
  WorkbookGateway,
} from "../../app";
import { RecapId } from "../../core/contract";
import {
  fixMessage,
  Message,
  recapMessage,
  selfTestMessage,
  setupMessage,
} from "../../i18n/messages";
import { useStrings } from "../strings";

type Run = (what: string, work: () => Promise<Message | null>) => Promise<void>;
export type Afterwards = <T>(work: () => Promise<T>) => () => Promise<T>;

export function useWorkbookActions(
  gateway: WorkbookGateway,
  selfTest: ExcelSelfTest,
  run: Run,
  afterwards: Afterwards,
  env: Env
) {
  const t = useStrings();
  const [preview, setPreview] = useState<FixPreview | null>(null);
  // The dialog is closed, never unmounted while open: Fluent hides the rest of the pane from screen
  // readers while it is open and gives it back only on a real close.
  const [fixOpen, setFixOpen] = useState(false);
  const [compatibility, setCompatibility] = useState<CompatibilityReport | null>(null);

  const onRecap = (period: RecapId) =>
    run(
      t.recapRunning(t.recap[period]),
      afterwards(async () => recapMessage(await recap(gateway, [period], env), t))
    );
  const onSetup = () =>
    run(
      t.setupRunning,
      afterwards(async () => setupMessage(await setUpWorkbook(gateway, env), t))
    );
  const onFix = () =>
    run(t.fixRunning, async () => {
      const found = await previewFixes(gateway);
      if (found.edits.length === 0) return fixMessage({ applied: 0, skipped: 0 }, t);
      setPreview(found);
      setFixOpen(true);
      return null;
    });
  const onConfirmFix = (confirmed: FixPreview) => {
    setFixOpen(false);
    void run(
      t.fixRunning,
      afterwards(async () => fixMessage(await applyFixes(gateway, confirmed.edits, env), t))
    );
  };
  const onCancelFix = () => setFixOpen(false);
  // The workbook ends as it began (the test sheet is deleted), so no refresh afterwards.
  const onSelfTest = () =>
    run(t.selfTest.running, async () => {
      setCompatibility(null);
      const report = await checkCompatibility(selfTest);
      setCompatibility(report);
      return selfTestMessage(report, t);
    });
  return {
    onRecap,
    onSetup,
    onFix,
    fix: { preview, open: fixOpen, onConfirmFix, onCancelFix },
    compatibility,
    onSelfTest,
  };
}
