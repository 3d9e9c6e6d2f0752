// Protect Workbook (Excel: Review › Protect Workbook) stores `<workbookProtection lockStructure="1"/>`
// in xl/workbook.xml: the owner froze which sheets exist. The CLI's writing commands would add or
// rewrite sheets behind that lock, so they refuse such a workbook instead (README "Command line").
import { ZipPackage } from "../xlsx/package";
import { readWorkbookPart } from "../xlsx/structure";

/** Whether the workbook's structure is locked; reads only workbook.xml and its relationships. */
export function structureLocked(bytes: Uint8Array): boolean {
  const book = readWorkbookPart(ZipPackage.open(bytes));
  const protection = book.elements.find(
    (el) => el.depth === 1 && el.local === "workbookProtection"
  );
  // xsd:boolean: "1" or "true" (attributes are unqualified in every producer seen).
  return /^\s*(1|true)\s*$/i.test(protection?.attrs.lockStructure ?? "");
}

export const structureLockedMessage = (file: string): string =>
  `${file}: struktur buku kerja dikunci (Protect Workbook) — recap, fix dan merge tidak mengubah ` +
  `buku kerja ini; buka kuncinya di Excel (Tinjau › Lindungi Buku Kerja) lalu ulangi`;
