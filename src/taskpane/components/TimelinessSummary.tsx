// How timely the SOP is carried out: per step and per executor, the steps done, on time and late,
// and the median duration against the standard — as the tracker's rows record them.
import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Timeliness, TimelinessGroup } from "../../core/timeliness";
import { useStrings } from "../strings";
import { useBareList } from "./listStyles";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  late: { color: tokens.colorPaletteRedForeground1 },
});

function Groups({
  title,
  groups,
  label,
}: {
  title: string;
  groups: readonly TimelinessGroup[];
  label: (g: TimelinessGroup) => string;
}) {
  const t = useStrings();
  const styles = useStyles();
  const bare = useBareList();
  return (
    <ul className={bare.list} aria-label={title}>
      {groups.map((g) => (
        <li key={g.label} className={styles.group}>
          <Body1>
            <strong>{label(g)}</strong>
          </Body1>
          <Caption1 className={g.late > 0 ? styles.late : undefined}>
            {[t.sop.counts(g.done, g.onTime, g.late), t.sop.median(g.medianPercent, g.median)]
              .filter((x) => x !== "")
              .join(" · ")}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}

export function TimelinessSummary({ timeliness }: { timeliness: Timeliness }) {
  const t = useStrings();
  if (timeliness.steps.length === 0 && timeliness.executors.length === 0) return null;
  return (
    <>
      <Caption1 as="h3">{t.sop.timelinessTitle}</Caption1>
      <Caption1 as="h4">{t.sop.byStep}</Caption1>
      <Groups
        title={t.sop.byStep}
        groups={timeliness.steps}
        label={(g) => `${t.sop.stepLabel} ${g.label}`}
      />
      <Caption1 as="h4">{t.sop.byName}</Caption1>
      <Groups title={t.sop.byName} groups={timeliness.executors} label={(g) => g.label} />
    </>
  );
}
