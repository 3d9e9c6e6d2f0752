// Reported / total, problems and the mean capaian up to that quarter (s.d. TW), per quarter sheet.
import {
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { Overview } from "../../app";
import { showNumber } from "../../core/messages";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  missing: { color: tokens.colorPaletteRedForeground1 },
  problems: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function OverviewTable({ overview }: { overview: Overview }) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label={t.overviewTitle}>
      <Subtitle2 as="h2">{t.overviewTitle}</Subtitle2>
      <Caption1>
        {overview.indicators === null ? t.pkUnreadable : t.indicators(overview.indicators)}
      </Caption1>
      <Table size="extra-small" aria-label={t.overviewTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.colQuarter}</TableHeaderCell>
            <TableHeaderCell>{t.colReported}</TableHeaderCell>
            <TableHeaderCell>{t.colProblems}</TableHeaderCell>
            <TableHeaderCell>{t.colToDate}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {overview.quarters.map((q) => (
            <TableRow key={q.sheet}>
              <TableCell>{q.sheet}</TableCell>
              <TableCell>
                {q.exists ? (
                  `${q.reported} / ${overview.indicators ?? "–"}`
                ) : (
                  <span className={styles.missing}>{t.sheetMissing}</span>
                )}
              </TableCell>
              <TableCell>
                {q.problems > 0 ? <span className={styles.problems}>{q.problems}</span> : "0"}
              </TableCell>
              <TableCell>
                {q.meanToDate === null ? "–" : `${showNumber(q.meanToDate, t.lang)} %`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
