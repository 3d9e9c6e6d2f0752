// "Bantuan": a collapsed section at the foot of the pane with the Excel compatibility self-test, its
// results check by check, the host's description and a plain-text report to copy into a bug report.
import { useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  List,
  ListItem,
  makeStyles,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { CompatibilityReport, SelfTestResult } from "../../app";
import {
  diagnosticsLine,
  SELF_TEST_MARKS,
  selfTestFailure,
  selfTestText,
} from "../../i18n/messages";
import { copyText } from "../clipboard";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  item: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  pass: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  skipped: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const BADGE: Record<SelfTestResult["status"], "success" | "danger" | "informative"> = {
  pass: "success",
  fail: "danger",
  skipped: "informative",
};

export function HelpSection({
  busy,
  report,
  onCheck,
}: {
  busy: boolean;
  report: CompatibilityReport | null;
  onCheck: () => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="help">
        <AccordionHeader as="h2">
          <Subtitle2>{t.selfTest.helpTitle}</Subtitle2>
        </AccordionHeader>
        <AccordionPanel>
          <div className={styles.panel}>
            <Body1>{t.selfTest.intro}</Body1>
            <div>
              <Button disabled={busy} onClick={onCheck}>
                {t.selfTest.run}
              </Button>
            </div>
            {/* A new run is a new test sheet: the copy state starts afresh with it. */}
            {report && <SelfTestResults key={report.sheet} report={report} />}
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

function SelfTestResults({ report }: { report: CompatibilityReport }) {
  const t = useStrings();
  const styles = useStyles();
  const [copy, setCopy] = useState<"idle" | "copied" | "unavailable">("idle");
  const text = selfTestText(report, t);
  const onCopy = async () => setCopy((await copyText(text)) ? "copied" : "unavailable");
  return (
    <>
      <List aria-label={t.selfTest.resultsTitle}>
        {report.results.map((r) => (
          <ListItem key={r.id} className={styles.item}>
            <span aria-hidden className={styles[r.status]}>
              {SELF_TEST_MARKS[r.status]}
            </span>
            <div className={styles.text}>
              <Body1>
                {t.selfTest.checks[r.id]}{" "}
                <Badge appearance="tint" color={BADGE[r.status]}>
                  {t.selfTest.status[r.status]}
                </Badge>
              </Body1>
              {r.status === "fail" && <Caption1>{selfTestFailure(r.failure, t)}</Caption1>}
            </div>
          </ListItem>
        ))}
      </List>
      {report.results.some((r) => r.id === "cleanup" && r.status === "fail") && (
        <Body1>{t.selfTest.leftBehind(report.sheet)}</Body1>
      )}
      <Caption1>{diagnosticsLine(report.diagnostics, t)}</Caption1>
      <div className={styles.row}>
        <Button size="small" onClick={() => void onCopy()}>
          {t.selfTest.copy}
        </Button>
        <Caption1 role="status">{copy === "copied" ? t.selfTest.copied : ""}</Caption1>
      </div>
      {copy === "unavailable" && (
        <Field label={t.selfTest.reportLabel} hint={t.selfTest.copyUnavailable}>
          <Textarea readOnly value={text} rows={8} resize="vertical" />
        </Field>
      )}
    </>
  );
}
