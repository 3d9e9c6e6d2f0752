// Shows a use case's outcome from a ribbon command: a small dialog page (dialog.html) reads the
// message from its URL and closes when asked. Resolves when the dialog is gone (or after a minute,
// so the command always completes).
import { Message } from "../i18n/messages";

const TIMEOUT_MS = 60_000;

export function dialogNotify(closeLabel: string): (message: Message) => Promise<void> {
  return (message) =>
    new Promise<void>((resolve) => {
      const ui = typeof Office === "undefined" ? undefined : Office.context?.ui;
      if (!ui) return resolve();
      const url = new URL("dialog.html", window.location.href);
      url.hash = encodeURIComponent(JSON.stringify({ ...message, close: closeLabel }));
      ui.displayDialogAsync(
        url.toString(),
        { height: 25, width: 35, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve();
          const dialog = result.value;
          let timer: ReturnType<typeof setTimeout> | undefined = undefined;
          const done = () => {
            clearTimeout(timer);
            dialog.close();
            resolve();
          };
          timer = setTimeout(done, TIMEOUT_MS);
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
          // The user closed it with the X: Office reports that as a dialog event; it is already gone.
          dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
            clearTimeout(timer);
            resolve();
          });
        }
      );
    });
}
