// Saying a problem's text in a language: Indonesian for the command line and by default, English for
// the pane in an English Office.
import type { Lang, ProblemCatalog, ProblemText, Say } from "./catalog";
import { en } from "./en";
import { id } from "./id";

export { showNumber } from "./show";
export type {
  CellName,
  KodeIssue,
  Lang,
  MasterCell,
  NumberReason,
  ProblemText,
  ReportPart,
} from "./catalog";

const CATALOGS: Record<Lang, ProblemCatalog> = { id, en };

export function renderText(text: ProblemText, lang: Lang): string {
  const say: Say = (nested) => renderText(nested, lang);
  // TypeScript cannot tie `text.key` to its own entry's parameter type across the union; the
  // ProblemText type already guarantees that the parameters are the ones this entry takes.
  const entry = CATALOGS[lang][text.key] as (params: unknown, say: Say) => string;
  return entry("params" in text ? text.params : undefined, say);
}
