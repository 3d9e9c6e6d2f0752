// What the two UI entries ask of the Office host before anything renders: whether Excel is there,
// its display language, and when it is ready. Outside Office (a plain browser tab, the Chromium
// harness without a fake) the globals are undefined; these answer instead of throwing.

/** Whether the Excel JavaScript API is present (false in a plain browser tab). */
export const inExcel = (): boolean => typeof Excel !== "undefined";

/** Office's display language (e.g. "id-ID", "en-US"); undefined outside Office. */
export const officeDisplayLanguage = (): string | undefined =>
  typeof Office === "undefined" ? undefined : Office.context?.displayLanguage;

/** Runs `start` once Office is ready, or at once where there is no Office. */
export function whenOfficeReady(start: () => void): void {
  if (typeof Office === "undefined") start();
  else void Office.onReady(() => start());
}
