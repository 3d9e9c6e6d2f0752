// The WorkbookGateway over one .xlsx file, so the command line runs the pane's use cases (src/app).
// A read gives what the add-in's gateway gives (src/excel/snapshot.ts): every worksheet by name, the
// contract's input sheets whole, the generated sheets' first row and how many rows they use. An update
// writes the plan's batch as one package patch (batchPatch.ts says what a patch cannot carry) and
// replaces the file atomically — or leaves it byte for byte as it was when the plan writes nothing.
//
// The lock: update() is a read–modify–write, so a command that writes declares its file as `target`
// in main.ts and guard.ts holds the file's lock around the whole run; writeAtomic refuses to replace
// the file if that lock was taken over meanwhile. The gateway does not lock a second time:
// proper-lockfile's locks are not re-entrant, and the run would wait for itself.
import { GENERATED_SHEETS, LOG_SHEET } from "../core/contract";
import { INPUT_SHEETS, SheetNeed } from "../core/needs";
import { sameSheetName } from "../core/workbook";
import { patchPackage } from "../xlsx";
import { ExcelError, WorkbookGateway, WorkbookRead } from "../app/ports";
import { batchPatch } from "./batchPatch";
import { zlibCompression } from "./compression";
import { readWorkbookFile, writeAtomic } from "./files";
import { sheetStates } from "./sheetStates";

const isOneOf = (names: readonly string[]) => (sheet: string) =>
  names.some((n) => sameSheetName(n, sheet));
const isGenerated = isOneOf(GENERATED_SHEETS);
const isLog = isOneOf([LOG_SHEET]);
const isInput = isOneOf(INPUT_SHEETS);
// The generated sheets and the Log are read whole only to count their rows (the add-in asks Excel for
// their used range); the snapshot keeps the generated sheets' first row, as the add-in's does.
const need = (sheet: string): SheetNeed =>
  isInput(sheet) || isGenerated(sheet) || isLog(sheet) ? "all" : "none";

type Loaded = { bytes: Uint8Array; read: WorkbookRead; logNextRow: number | null };

async function load(file: string): Promise<Loaded> {
  const { bytes, book } = await readWorkbookFile(file, { need });
  const rowsOf = new Map(book.sheets.map((s) => [s.name, s.rows]));
  const read: WorkbookRead = { book: { sheets: [] }, sheets: [] };
  let logNextRow: number | null = null;
  for (const state of sheetStates(bytes)) {
    const rows = rowsOf.get(state.name) ?? [];
    const generated = isGenerated(state.name);
    let scanned: boolean | undefined;
    read.sheets.push({
      name: state.name,
      visibility: state.visibility,
      get protected() {
        return (scanned ??= state.isProtected());
      },
      ...(generated ? { usedRows: rows.length } : {}),
    });
    read.book.sheets.push({
      name: state.name,
      rows: generated ? rows.slice(0, 1) : isInput(state.name) ? rows : [],
    });
    // Excel's used range of a blank sheet is A1: the next row is never above row 2.
    if (isLog(state.name)) logNextRow = Math.max(rows.length, 1);
  }
  return { bytes, read, logNextRow };
}

export function createFileGateway(file: string): WorkbookGateway {
  return {
    read: async () => (await load(file)).read,

    async update(plan) {
      const { bytes, read, logNextRow } = await load(file);
      const { result, write } = plan(read);
      if (!write) return result;
      const patch = batchPatch(
        write,
        read.sheets.map((s) => s.name),
        logNextRow
      );
      if (patch.sheets.length > 0 || patch.edits.length > 0)
        await writeAtomic(file, patchPackage(bytes, patch, { compression: zlibCompression }));
      return result;
    },

    // A file has no window: nothing to select, open or watch.
    select: async () => undefined,
    canOpenWorkbook: () => false,
    openWorkbook: async () => {
      throw new ExcelError("apiNotSupported", "", "a file on disk cannot open another workbook");
    },
    watch: async () => null,
  };
}
