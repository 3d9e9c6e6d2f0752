// "Laporan": the report of one period (or of Capaian Triwulan's current quarter "s.d.") as a new
// workbook or as a PDF download, and the year's LKjIP draft as a Word download. A period changed since
// its approval is printed only when confirmed, and then without the approval in its signature block.
import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  Select,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
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
  onLkjip,
  unapproved,
  onDismissUnapproved,
}: {
  busy: boolean;
  onReport: (period: RecapId, kind: ReportKind, ignoreApproval?: boolean) => void;
  /** The LKjIP draft (chapter III A, Word) of the year: always from Tahunan, whatever period is chosen. */
  onLkjip: () => void;
  /** The report refused because its approved figures changed since: asked whether to print anyway. */
  unapproved: { period: RecapId; kind: ReportKind } | null;
  onDismissUnapproved: () => void;
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
      <div className={styles.row}>
        <Button disabled={busy} onClick={onLkjip}>
          {t.report.lkjip}
        </Button>
      </div>
      <Dialog
        open={unapproved !== null}
        modalType="alert"
        onOpenChange={(_, data) => !data.open && onDismissUnapproved()}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.report.changedTitle}</DialogTitle>
            <DialogContent>{t.report.changedIntro}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onDismissUnapproved}>
                {t.cancel}
              </Button>
              <Button
                appearance="primary"
                onClick={() => unapproved && onReport(unapproved.period, unapproved.kind, true)}
              >
                {t.report.changedConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
