// Entry of the task pane: wait for Office, then render once inside one FluentProvider.
import { createRoot } from "react-dom/client";
import {
  Body1,
  FluentProvider,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { createExcelGateway } from "../excel/gateway";
import { createSelfTest } from "../excel/selfTest";
import { pickLanguage, STRINGS } from "../i18n/strings";
import { inExcel, officeDisplayLanguage, whenOfficeReady } from "../excel/host";
import { App } from "./App";
import { StringsContext } from "./strings";

const useStyles = makeStyles({ note: { display: "block", padding: tokens.spacingHorizontalL } });

function NotInExcel({ text }: { text: string }) {
  return <Body1 className={useStyles().note}>{text}</Body1>;
}

function render(): void {
  const strings = STRINGS[pickLanguage(officeDisplayLanguage())];
  const root = createRoot(document.getElementById("root") as HTMLElement);
  // Outside Excel (a plain browser tab) there is no workbook to talk to; say so instead of failing.
  root.render(
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={strings}>
        {inExcel() ? (
          <App gateway={createExcelGateway()} selfTest={createSelfTest()} />
        ) : (
          <NotInExcel text={strings.notInExcel} />
        )}
      </StringsContext.Provider>
    </FluentProvider>
  );
}

whenOfficeReady(render);
