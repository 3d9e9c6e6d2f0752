// The pane's one message area: the outcome of the last action, announced to screen readers.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from "@fluentui/react-components";
import { Message } from "../../i18n/messages";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  // Office draws its personality menu over the pane's top-right corner.
  bar: { marginRight: tokens.spacingHorizontalXXL },
});

export function ResultBar({
  message,
  onDismiss,
}: {
  message: Message | null;
  onDismiss: () => void;
}) {
  const t = useStrings();
  const styles = useStyles();
  if (!message) return null;
  return (
    <MessageBar
      intent={message.intent}
      className={styles.bar}
      politeness={message.intent === "error" ? "assertive" : "polite"}
    >
      <MessageBarBody>{message.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={t.dismiss} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
