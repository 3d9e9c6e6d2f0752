// Asks before a decision is recorded; "Kembalikan (Tidak)" also takes the note saying what to correct,
// and someone other than Pengaturan's Kasubag Perencanaan confirms acting on their behalf. The core
// refuses both omissions as well — the pane only says it sooner.
import { useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Checkbox,
  Field,
  Textarea,
} from "@fluentui/react-components";
import { normalizeWord } from "../../core/contract";
import { Keputusan } from "../../core/tracker";
import { useStrings } from "../strings";

type Props = {
  open: boolean;
  periode: string;
  keputusan: Keputusan;
  kasubag: string | null;
  name: string;
  onConfirm: (note: string, onBehalf: boolean) => void;
  onCancel: () => void;
};

export default function DecisionDialog(props: Props) {
  const { open, periode, keputusan, kasubag, name, onConfirm, onCancel } = props;
  const t = useStrings();
  const [note, setNote] = useState("");
  const [onBehalf, setOnBehalf] = useState(false);
  const [tried, setTried] = useState(false);
  const tidak = keputusan === "Tidak";
  const missing = tidak && note.trim() === "";
  const someoneElse = kasubag !== null && normalizeWord(kasubag) !== normalizeWord(name);
  const unconfirmed = someoneElse && !onBehalf;
  const confirm = () => {
    setTried(true);
    if (!missing && !unconfirmed) onConfirm(note.trim(), someoneElse);
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
            {someoneElse && (
              <Field
                validationState={tried && unconfirmed ? "error" : "none"}
                validationMessage={kasubag ? t.decision.notKasubag(kasubag) : undefined}
              >
                <Checkbox
                  checked={onBehalf}
                  label={t.decision.notKasubagConfirm}
                  onChange={(_, data) => setOnBehalf(data.checked === true)}
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
