// The tracker's latest rows, newest first; a step over its standard time is marked in red.
import { Badge, Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { TrackerRowView } from "../../app";
import { useStrings } from "../strings";
import { useBareList } from "./listStyles";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  over: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
  },
});

export function RecentSteps({ rows }: { rows: readonly TrackerRowView[] }) {
  const t = useStrings();
  const styles = useStyles();
  const bare = useBareList();
  return (
    <>
      <Caption1 as="h3">{t.sop.recentTitle}</Caption1>
      {rows.length === 0 ? (
        <Body1>{t.sop.recentNone}</Body1>
      ) : (
        <ul className={bare.list} aria-label={t.sop.recentTitle}>
          {rows.map((r) => (
            <li
              key={r.row}
              className={r.overStandard ? `${styles.item} ${styles.over}` : styles.item}
            >
              <span className={styles.line}>
                <Body1>
                  <strong>{t.sop.stepPeriode(r.langkah, r.periode)}</strong>
                </Body1>
                {r.keputusan && (
                  <Badge
                    appearance="tint"
                    color={r.keputusan.toLowerCase() === "ya" ? "success" : "danger"}
                  >
                    {r.keputusan}
                  </Badge>
                )}
                {r.overStandard && (
                  <Badge appearance="filled" color="danger">
                    {t.sop.over}
                  </Badge>
                )}
              </span>
              <Caption1>
                {[r.nama, r.selesai, t.sop.duration(r.durasi, r.satuan, r.waktuBaku)]
                  .filter((x) => x !== "")
                  .join(" · ")}
              </Caption1>
              {r.catatan && <Caption1>{r.catatan}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
