// One use case at a time: its progress as a status union and its outcome as one message. Starting a
// new action while one runs is refused rather than queued — the buttons are disabled meanwhile.
import { useCallback, useRef, useState } from "react";
import { errorMessage, Message } from "../../i18n/messages";
import { useStrings } from "../strings";

export type Status = "idle" | "running" | "done" | "error";

export function useAction() {
  const t = useStrings();
  const [status, setStatus] = useState<Status>("idle");
  const [label, setLabel] = useState("");
  const [message, setMessage] = useState<Message | null>(null);
  const busy = useRef(false);

  const run = useCallback(
    async (what: string, work: () => Promise<Message | null>): Promise<void> => {
      if (busy.current) return;
      busy.current = true;
      setStatus("running");
      setLabel(what);
      setMessage(null);
      try {
        setMessage(await work());
        setStatus("done");
      } catch (err) {
        setMessage(errorMessage(err, t));
        setStatus("error");
      } finally {
        busy.current = false;
      }
    },
    [t]
  );
  const dismiss = useCallback(() => setMessage(null), []);
  /** A failure outside `run` (selecting a cell) still lands in the one message area. */
  const report = useCallback((err: unknown) => setMessage(errorMessage(err, t)), [t]);
  return { status, label, message, run, dismiss, report };
}
