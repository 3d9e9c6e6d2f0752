// Asks before a decision is recorded; "Kembalikan (Tidak)" also takes the note saying what to correct.
// The core refuses a Tidak without a note as well — the pane only says it sooner.
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
  Textarea,
} from "@fluentui/react-components";
import { Keputusan } from "../../core/tracker";
import { useStrings } from "../strings";

type Props = {
  open: boolean;
  periode: string;
  keputusan: Keputusan;
  onConfirm: (note: string) => void;
  onCancel: () => void;
};

export default function DecisionDialog({ open, periode, keputusan, onConfirm, onCancel }: Props) {
  const t = useStrings();
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);
  const tidak = keputusan === "Tidak";
  const missing = tidak && note.trim() === "";
  const confirm = () => {
    setTried(true);
    if (!missing) onConfirm(note.trim());
  };
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>
            {tidak ? t.decision.returnTitle(periode) : t.decision.approveTitle(periode)}
          </DialogTitle>
          <DialogContent>
            <p>{tidak ? t.decision.returnIntro : t.decision.approveIntro}</p>
            {tidak && (
              <Field
                label={t.decision.noteLabel}
                required
                validationState={tried && missing ? "error" : "none"}
                validationMessage={tried && missing ? t.decision.noteRequired : undefined}
              >
                <Textarea
                  value={note}
                  resize="vertical"
                  onChange={(_, data) => setNote(data.value)}
                />
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={confirm}>
              {tidak ? t.decision.confirmReturn : t.decision.confirmApprove}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
