// "Bagikan ke bidang": pick a quarter, get one workbook per Penanggung Jawab to fill in.
import { useState } from "react";
import {
  Body1,
  Button,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { Quarter, QUARTER_LABEL, QUARTERS } from "../../core/contract";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The quarter that ended last: in July, TW II; in January, TW IV. */
const lastEnded = (now: Date): Quarter => (Math.floor(now.getMonth() / 3) || 4) as Quarter;

export function DistributeSection({
  busy,
  onDistribute,
}: {
  busy: boolean;
  onDistribute: (quarter: Quarter) => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const [quarter, setQuarter] = useState<Quarter>(() => lastEnded(new Date()));
  return (
    <section className={styles.section} aria-label={t.distribute.title}>
      <Subtitle2 as="h2">{t.distribute.title}</Subtitle2>
      <Body1>{t.distribute.intro}</Body1>
      <Field label={t.distribute.quarterLabel}>
        <Select
          value={String(quarter)}
          onChange={(_, data) => setQuarter(Number(data.value) as Quarter)}
        >
          {QUARTERS.map((q) => (
            <option key={q} value={q}>
              {QUARTER_LABEL[q]}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button disabled={busy} onClick={() => onDistribute(quarter)}>
          {t.distribute.button}
        </Button>
      </div>
    </section>
  );
}
