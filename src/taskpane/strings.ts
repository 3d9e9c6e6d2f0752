// The pane's language table, handed down through context so components stay free of globals.
import { createContext, useContext } from "react";
import { STRINGS, Strings } from "../i18n/strings";

export const StringsContext = createContext<Strings>(STRINGS.id);
export const useStrings = (): Strings => useContext(StringsContext);
