// Entry of the ribbon's function file (commands.html).
import { defaultEnv } from "../app";
import { createExcelGateway } from "../excel/gateway";
import { pickLanguage, STRINGS } from "../i18n/strings";
import { officeDisplayLanguage } from "../excel/host";
import { dialogNotify } from "../excel/dialogNotify";
import { registerCommands } from "./register";
import { NAME_KEY, readPreference } from "../browser/preferences";

void Office.onReady(() => {
  const strings = STRINGS[pickLanguage(officeDisplayLanguage())];
  registerCommands((name, handler) => Office.actions.associate(name, handler), {
    // A ribbon click can come while the user is still typing in a cell: wait for them, don't fail.
    gateway: () => createExcelGateway(undefined, { delayForCellEdit: true }),
    strings,
    notify: dialogNotify(strings.close),
    // The name the pane remembered (same origin, same storage), so a ribbon recap's SOP step and log
    // entry carry it too.
    env: () => ({ ...defaultEnv(), user: readPreference(NAME_KEY)?.trim() || defaultEnv().user }),
  });
});
