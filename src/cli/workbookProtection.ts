// Protect Workbook (Excel: Review › Protect Workbook) stores `<workbookProtection lockStructure="1"/>`
// in xl/workbook.xml: the owner froze which sheets exist. The CLI's writing commands would add or
// rewrite sheets behind that lock, so they refuse such a workbook instead (README "Command line").
import { XlsxPackage } from "../xlsx";

/** Whether the workbook's structure is locked; reads only workbook.xml and its relationships. */
export const structureLocked = (bytes: Uint8Array): boolean =>
  XlsxPackage.open(bytes).structureLocked();

export const structureLockedMessage = (file: string): string =>
  `${file}: struktur buku kerja dikunci (Protect Workbook) — recap, fix dan merge tidak mengubah ` +
  `buku kerja ini; buka kuncinya di Excel (Tinjau › Lindungi Buku Kerja) lalu ulangi`;
