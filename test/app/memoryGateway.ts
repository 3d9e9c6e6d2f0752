// A WorkbookGateway over a snapshot in memory: use-case tests see exactly what would be written.
import { GENERATED_SHEETS } from "../../src/core/contract";
import { WorkbookSnapshot } from "../../src/core/workbook";
import { WorkbookGateway, WorkbookRead, WriteBatch } from "../../src/app/ports";

export function memoryGateway(book: WorkbookSnapshot, options: { canOpenWorkbook?: boolean } = {}) {
  const writes: WriteBatch[] = [];
  const selected: string[] = [];
  const opened: string[] = [];
  // Like the adapter: a generated sheet's extent is known, other sheets are listed by name.
  const read = (): WorkbookRead => ({
    book,
    sheets: book.sheets.map((s) => ({
      name: s.name,
      visibility: "Visible",
      protected: false,
      ...(GENERATED_SHEETS.includes(s.name) ? { usedRows: s.rows.length } : {}),
    })),
  });
  const gateway: WorkbookGateway = {
    read: async () => read(),
    update: async (decide) => {
      const { result, write } = await decide(read());
      if (write) writes.push(write);
      return result;
    },
    select: async (sheet, cell) => void selected.push(`${sheet}!${cell}`),
    canOpenWorkbook: () => options.canOpenWorkbook ?? true,
    openWorkbook: async (base64) => void opened.push(base64),
    watch: async () => null,
  };
  return { gateway, writes, selected, opened };
}
