// The problems of the workbook, each a link that selects the offending cell. Long lists are cut:
// a pane of 10,000 rows helps nobody, and the first ones are the ones to fix first.
import { Badge, Body1, Link, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { Problem, problemMessage } from "../../core/problems";
import { useStrings } from "../strings";
import { useBareList } from "./listStyles";

const SHOWN = 100;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalXS,
  },
});

export function ProblemList({
  problems,
  onSelect,
}: {
  problems: readonly Problem[];
  onSelect: (p: Problem) => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const bare = useBareList();
  return (
    <section className={styles.section} aria-label={t.problemsTitle(problems.length)}>
      <Subtitle2 as="h2">{t.problemsTitle(problems.length)}</Subtitle2>
      {problems.length === 0 ? (
        <Body1>{t.problemsNone}</Body1>
      ) : (
        <ul className={bare.list}>
          {problems.slice(0, SHOWN).map((p, i) => {
            const ref = `${p.sheet}!${p.cell}`;
            return (
              <li key={`${ref}-${i}`} className={styles.item}>
                <Link as="button" onClick={() => onSelect(p)} aria-label={t.goTo(ref)}>
                  {ref}
                </Link>
                <Body1>{problemMessage(p, t.lang)}</Body1>
                {p.severity === "warning" && (
                  <Badge appearance="tint" color="warning">
                    {t.warning}
                  </Badge>
                )}
                {p.fix && (
                  <Badge appearance="tint" color="informative">
                    {t.fixable}
                  </Badge>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {problems.length > SHOWN && <Body1>{t.problemsMore(problems.length - SHOWN)}</Body1>}
    </section>
  );
}
