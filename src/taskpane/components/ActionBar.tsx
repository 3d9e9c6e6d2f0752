// The pane's buttons: set up, the recaps (the three periods and Capaian Triwulan), and the number fix.
// All disabled while one runs.
import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { RecapId, RECAPS } from "../../core/contract";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Props = {
  busy: boolean;
  fixable: number;
  onSetup: () => void;
  onRecap: (period: RecapId) => void;
  onFix: () => void;
};

export function ActionBar({ busy, fixable, onSetup, onRecap, onFix }: Props) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.group} aria-label={t.recapTitle}>
      <Subtitle2 as="h2">{t.recapTitle}</Subtitle2>
      <div className={styles.row}>
        {RECAPS.map(({ id: period }) => (
          <Button
            key={period}
            appearance={period === "tahunan" ? "primary" : "secondary"}
            disabled={busy}
            onClick={() => onRecap(period)}
          >
            {t.recap[period]}
          </Button>
        ))}
      </div>
      <div className={styles.row}>
        <Button disabled={busy || fixable === 0} onClick={onFix}>
          {t.fixButton(fixable)}
        </Button>
        <Button appearance="subtle" disabled={busy} onClick={onSetup}>
          {t.setup}
        </Button>
      </div>
    </section>
  );
}
