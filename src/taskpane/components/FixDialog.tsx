// Asks before "Perbaiki angka" writes user cells: the only action that does. Loaded on demand (it is
// the pane's only dialog), so the pane starts without the dialog's code.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { FixPreview } from "../../app";
import { showNumber } from "../../core/messages";
import { problemMessage } from "../../core/problems";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  list: { maxHeight: "40vh", overflowY: "auto", paddingLeft: tokens.spacingHorizontalL },
});

type Props = { open: boolean; preview: FixPreview; onConfirm: () => void; onCancel: () => void };

export default function FixDialog({ open, preview, onConfirm, onCancel }: Props) {
  const t = useStrings();
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.fixTitle}</DialogTitle>
          <DialogContent>
            <p>{t.fixIntro(preview.fixed.length)}</p>
            <ul className={styles.list}>
              {preview.fixed.map((p) => (
                <li key={`${p.sheet}!${p.cell}`}>
                  {p.sheet}!{p.cell}: {problemMessage(p, t.lang)} →{" "}
                  <strong>{showNumber(p.fix?.value ?? 0, t.lang)}</strong>
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={onConfirm}>
              {t.fixConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
