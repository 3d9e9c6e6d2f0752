// Entry of the ribbon's function file (commands.html).
import { createExcelGateway } from "../excel/gateway";
import { officeLanguage, STRINGS } from "../i18n/strings";
import { dialogNotify } from "./notify";
import { registerCommands } from "./register";

void Office.onReady(() => {
  const strings = STRINGS[officeLanguage()];
  registerCommands((name, handler) => Office.actions.associate(name, handler), {
    gateway: () => createExcelGateway(),
    strings,
    notify: dialogNotify(strings.close),
  });
});
