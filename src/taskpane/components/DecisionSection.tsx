// "Keputusan Kasubag": per semester/annual report its state in the SOP's review (Draf → Diajukan →
// Disetujui / Dikembalikan) as the tracker tells it, who moved it, what changed since an approval,
// and only the buttons that state allows; a decision is confirmed in a dialog (loaded on demand).
import { lazy, Suspense, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { DecisionView, PeriodApproval } from "../../app";
import { PeriodId } from "../../core/contract";
import { PeriodState } from "../../core/periodState";
import { problemMessage } from "../../core/problems";
import { FINGERPRINT_SHOWN } from "../../core/report";
import { Keputusan } from "../../core/tracker";
import { useStrings } from "../strings";

const DecisionDialog = lazy(
  () => import(/* webpackChunkName: "decision-dialog" */ "./DecisionDialog")
);

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  period: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

const COLOR: Record<PeriodState, "informative" | "warning" | "success" | "danger"> = {
  Draf: "informative",
  Diajukan: "warning",
  Disetujui: "success",
  Dikembalikan: "danger",
};

type Props = {
  decisions: DecisionView[];
  approvals: PeriodApproval[];
  /** Pengaturan's Kasubag Perencanaan; null when not filled. */
  kasubag: string | null;
  name: string;
  busy: boolean;
  canDecide: boolean;
  onSubmit: (period: PeriodId) => void;
  onDecide: (period: PeriodId, keputusan: Keputusan, note: string, onBehalf: boolean) => void;
};

export function DecisionSection(props: Props) {
  const { decisions, approvals, kasubag, name, busy, canDecide, onSubmit, onDecide } = props;
  const t = useStrings();
  const styles = useStyles();
  const [asked, setAsked] = useState<{ view: DecisionView; keputusan: Keputusan } | null>(null);
  // Kept mounted after closing, so Fluent gives the pane back to screen readers on a real close.
  const [open, setOpen] = useState(false);
  const ask = (view: DecisionView, keputusan: Keputusan) => {
    setAsked({ view, keputusan });
    setOpen(true);
  };

  return (
    <section className={styles.section} aria-label={t.decision.title}>
      <Subtitle2 as="h2">{t.decision.title}</Subtitle2>
      {decisions.map((d) => {
        const approval = approvals.find((a) => a.period === d.period);
        const findings = approval ? [...approval.problems, ...approval.changes] : [];
        const fingerprint = approval?.approved?.fingerprint;
        return (
          <div key={d.period} role="group" aria-label={d.periode} className={styles.period}>
            <span className={styles.row}>
              <Body1>
                <strong>{d.periode}</strong>
              </Body1>
              <Badge appearance={d.state === "Draf" ? "outline" : "filled"} color={COLOR[d.state]}>
                {t.decision.state[d.state]}
              </Badge>
              {findings.length > 0 && (
                <Badge appearance="filled" color="danger">
                  {t.decision.changed}
                </Badge>
              )}
            </span>
            {d.nama && <Caption1>{t.decision.by(d.nama, d.when)}</Caption1>}
            {d.catatan && !fingerprint && <Caption1>{d.catatan}</Caption1>}
            {fingerprint && findings.length === 0 && (
              <Caption1>{t.decision.fingerprint(fingerprint.slice(0, FINGERPRINT_SHOWN))}</Caption1>
            )}
            {findings.length > 0 && (
              <ul className={styles.changes} aria-label={t.decision.changed}>
                {findings.map((p, i) => (
                  <li key={i}>
                    <Caption1>{`${p.sheet}!${p.cell}: ${problemMessage(p, t.lang)}`}</Caption1>
                  </li>
                ))}
              </ul>
            )}
            <span className={styles.row}>
              {d.allowed.includes("submit") && (
                <Button
                  size="small"
                  disabled={busy || !canDecide}
                  onClick={() => onSubmit(d.period)}
                >
                  {t.decision.submit}
                </Button>
              )}
              {d.allowed.includes("approve") && (
                <Button size="small" disabled={busy || !canDecide} onClick={() => ask(d, "Ya")}>
                  {t.decision.approve}
                </Button>
              )}
              {d.allowed.includes("giveBack") && (
                <Button size="small" disabled={busy || !canDecide} onClick={() => ask(d, "Tidak")}>
                  {t.decision.giveBack}
                </Button>
              )}
            </span>
          </div>
        );
      })}
      {asked && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <DecisionDialog
            open={open}
            periode={asked.view.periode}
            keputusan={asked.keputusan}
            kasubag={kasubag}
            name={name}
            onCancel={() => setOpen(false)}
            onConfirm={(note, onBehalf) => {
              setOpen(false);
              onDecide(asked.view.period, asked.keputusan, note, onBehalf);
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
