// A bare vertical list (no bullets, no indent), shared by the pane's lists of problems and steps.
import { makeStyles, tokens } from "@fluentui/react-components";

export const useBareList = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});
