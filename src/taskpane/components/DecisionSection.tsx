// "Keputusan Kasubag": per semester/annual report its decision as the tracker tells it, and the two
// answers of SOP step 7, each confirmed in a dialog (loaded on demand, like the fix dialog).
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
import { DecisionView } from "../../app";
import { PeriodId } from "../../core/contract";
import { Keputusan } from "../../core/tracker";
import { useStrings } from "../strings";

const DecisionDialog = lazy(
  () => import(/* webpackChunkName: "decision-dialog" */ "./DecisionDialog")
);

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  period: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

type Props = {
  decisions: DecisionView[];
  busy: boolean;
  canDecide: boolean;
  onDecide: (period: PeriodId, keputusan: Keputusan, note: string) => void;
};

export function DecisionSection({ decisions, busy, canDecide, onDecide }: Props) {
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
      {decisions.map((d) => (
        <div key={d.period} role="group" aria-label={d.periode} className={styles.period}>
          <span className={styles.row}>
            <Body1>
              <strong>{d.periode}</strong>
            </Body1>
            <Badge
              appearance={d.keputusan ? "filled" : "outline"}
              color={
                d.keputusan === "Ya"
                  ? "success"
                  : d.keputusan === "Tidak"
                    ? "danger"
                    : "informative"
              }
            >
              {d.keputusan === "Ya"
                ? t.decision.ya
                : d.keputusan === "Tidak"
                  ? t.decision.tidak
                  : t.decision.none}
            </Badge>
          </span>
          {d.keputusan && <Caption1>{t.decision.by(d.nama, d.when)}</Caption1>}
          {d.catatan && <Caption1>{d.catatan}</Caption1>}
          <span className={styles.row}>
            <Button size="small" disabled={busy || !canDecide} onClick={() => ask(d, "Ya")}>
              {t.decision.approve}
            </Button>
            <Button size="small" disabled={busy || !canDecide} onClick={() => ask(d, "Tidak")}>
              {t.decision.giveBack}
            </Button>
          </span>
        </div>
      ))}
      {asked && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <DecisionDialog
            open={open}
            periode={asked.view.periode}
            keputusan={asked.keputusan}
            onCancel={() => setOpen(false)}
            onConfirm={(note) => {
              setOpen(false);
              onDecide(asked.view.period, asked.keputusan, note);
            }}
          />
        </Suspense>
      )}
    </section>
  );
}
