// "Laporan": the report of one period (or of Capaian Triwulan's current quarter "s.d.") as a new
// workbook or as a PDF download.
import { useState } from "react";
import { Button, Field, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { RecapId, RECAPS } from "../../core/contract";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export type ReportKind = "xlsx" | "pdf";

export function ReportSection({
  busy,
  onReport,
}: {
  busy: boolean;
  onReport: (period: RecapId, kind: ReportKind) => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  const [period, setPeriod] = useState<RecapId>("tahunan");
  return (
    <section className={styles.section} aria-label={t.report.title}>
      <Subtitle2 as="h2">{t.report.title}</Subtitle2>
      <Field label={t.report.periodLabel}>
        <Select value={period} onChange={(_, data) => setPeriod(data.value as RecapId)}>
          {RECAPS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.sheet}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => onReport(period, "xlsx")}>
          {t.report.workbook}
        </Button>
        <Button disabled={busy} onClick={() => onReport(period, "pdf")}>
          {t.report.pdf}
        </Button>
      </div>
    </section>
  );
}
