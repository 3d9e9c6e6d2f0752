// A brand-new workbook file's bytes as Node writes them; the rendering is shared with the pane.
import { NewSheet } from "../core/newSheet";
import { renderNewWorkbook } from "../report/newWorkbook";

export async function writeNewWorkbook(sheets: readonly NewSheet[]): Promise<Buffer> {
  return Buffer.from(await renderNewWorkbook(sheets));
}
