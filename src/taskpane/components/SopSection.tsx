// "Tahapan SOP": who is working, which step of which period they start and finish, and the latest
// rows of the tracker with the ones over their standard time marked. The rows come from the workbook;
// only the running step lives in the pane.
import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ProcessOverview } from "../../app";
import { formatSerial, toSerial } from "../../core/excelDate";
import { problemMessage } from "../../core/problems";
import { PERIODE_KEYS, PeriodeKey, periodeText } from "../../core/tracker";
import { StartedStep } from "../../browser/preferences";
import { useStrings } from "../strings";
import { RecentSteps } from "./RecentSteps";
import { TimelinessSummary } from "./TimelinessSummary";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // A native select is as wide as its longest option; the SOP's activities would widen the pane.
  select: { maxWidth: "100%", minWidth: 0 },
  selectInner: { maxWidth: "100%", textOverflow: "ellipsis" },
});

type Props = {
  process: ProcessOverview;
  name: string;
  nameSaved: boolean;
  onName: (name: string) => void;
  started: StartedStep | null;
  busy: boolean;
  onStart: (step: number, periode: PeriodeKey) => void;
  onFinish: () => void;
  onDiscard: () => void;
};

/** The quarter we are in, as the default period: most steps concern the running quarter. */
const currentQuarter = (): PeriodeKey =>
  `tw${Math.floor(new Date().getMonth() / 3) + 1}` as PeriodeKey;
/** A start time as wall-clock text, the same way the tracker shows it. */
const clock = (iso: string): string => {
  const at = new Date(iso);
  return formatSerial(toSerial(at, -at.getTimezoneOffset()));
};

export function SopSection({
  process,
  name,
  nameSaved,
  onName,
  started,
  busy,
  onStart,
  onFinish,
  onDiscard,
}: Props) {
  const t = useStrings();
  const styles = useStyles();
  const [step, setStep] = useState<number>(process.steps[0]?.no ?? 1);
  const [periode, setPeriode] = useState<PeriodeKey>(currentQuarter);
  const label = (key: PeriodeKey) => periodeText({ key, year: process.year });
  const noName = name.trim() === "";

  return (
    <section className={styles.section} aria-label={t.sop.title}>
      <Subtitle2 as="h2">{t.sop.title}</Subtitle2>
      <Field
        label={t.sop.nameLabel}
        hint={nameSaved ? t.sop.nameHint : t.sop.nameNotSaved}
        validationState={noName ? "warning" : "none"}
        validationMessage={noName ? t.sop.nameNeeded : undefined}
      >
        <Input value={name} onChange={(_, data) => onName(data.value)} />
      </Field>
      <Field label={t.sop.stepLabel}>
        <Select
          className={styles.select}
          select={{ className: styles.selectInner }}
          value={String(started?.step ?? step)}
          disabled={started !== null}
          onChange={(_, data) => setStep(Number(data.value))}
        >
          {process.steps.map((s) => (
            <option key={s.no} value={s.no}>
              {`${s.no}. ${s.kegiatan} (${s.waktuBaku})`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.sop.periodLabel}>
        <Select
          value={started?.periode ?? periode}
          disabled={started !== null}
          onChange={(_, data) => setPeriode(data.value as PeriodeKey)}
        >
          {PERIODE_KEYS.map((key) => (
            <option key={key} value={key}>
              {label(key)}
            </option>
          ))}
        </Select>
      </Field>
      {started && (
        <Body1 role="status">
          {t.sop.started(started.step, label(started.periode), clock(started.startedAt))}
        </Body1>
      )}
      <div className={styles.row}>
        <Button
          disabled={busy || noName || started !== null}
          onClick={() => onStart(step, periode)}
        >
          {t.sop.start}
        </Button>
        <Button
          appearance="primary"
          disabled={busy || noName || started === null}
          onClick={onFinish}
        >
          {t.sop.finish}
        </Button>
        {started && (
          <Button appearance="subtle" disabled={busy} onClick={onDiscard}>
            {t.sop.discard}
          </Button>
        )}
      </div>
      <RecentSteps rows={process.recent} />
      <TimelinessSummary timeliness={process.timeliness} />
      {process.problems.length > 0 && (
        <Caption1 role="note">
          {t.sop.sheetProblems}:{" "}
          {process.problems
            .map((p) => `${p.sheet}!${p.cell}: ${problemMessage(p, t.lang)}`)
            .join("; ")}
        </Caption1>
      )}
    </section>
  );
}
