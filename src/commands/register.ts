// The ribbon's ExecuteFunction handlers: the same recap use case as the pane, its outcome shown in a
// small dialog (Excel has no notification bar for add-ins). Dependencies come in as arguments so the
// test can register against a fake `associate`.
import { Env, recap, WorkbookGateway } from "../app";
import { errorMessage, Message, recapMessage } from "../i18n/messages";
import { Strings } from "../i18n/strings";
import { RIBBON_RECAPS } from "./names";

export type CommandEvent = { completed: () => void };
export type Notify = (message: Message) => Promise<void>;

export function registerCommands(
  associate: (name: string, handler: (event: CommandEvent) => Promise<void>) => void,
  deps: { gateway: () => WorkbookGateway; strings: Strings; notify: Notify; env?: () => Env }
): string[] {
  const names = Object.keys(RIBBON_RECAPS);
  for (const name of names) {
    associate(name, async (event) => {
      let message: Message;
      try {
        message = recapMessage(
          await recap(deps.gateway(), [RIBBON_RECAPS[name]], deps.env?.()),
          deps.strings
        );
      } catch (err) {
        message = errorMessage(err, deps.strings);
      }
      try {
        await deps.notify(message);
      } finally {
        // Office waits for this call; without it the ribbon button stays busy.
        event.completed();
      }
    });
  }
  return names;
}
