// A WorkbookGateway over a snapshot in memory: use-case tests see exactly what would be written.
import { WorkbookSnapshot } from "../../src/core/workbook";
import { WorkbookGateway, WorkbookRead, WriteBatch } from "../../src/excel/types";

export function memoryGateway(book: WorkbookSnapshot) {
  const writes: WriteBatch[] = [];
  const selected: string[] = [];
  const read = (): WorkbookRead => ({ book, sheets: book.sheets.map((s) => ({ name: s.name, visibility: "Visible", protected: false })) });
  const gateway: WorkbookGateway = {
    read: async () => read(),
    update: async (decide) => {
      const { result, write } = decide(read());
      if (write) writes.push(write);
      return result;
    },
    select: async (sheet, cell) => void selected.push(`${sheet}!${cell}`),
    watch: async () => null,
  };
  return { gateway, writes, selected };
}
