// The WorkbookGateway over one .xlsx file, so the command line runs the pane's use cases (src/app).
// A read gives what the add-in's gateway gives (src/excel/snapshot.ts): every worksheet by name, the
// contract's input sheets whole, the generated sheets' first rows and how many rows they use. An update
// writes the plan's batch as one package patch (batchPatch.ts says what a patch cannot carry) and
// replaces the file atomically — or leaves it byte for byte as it was when the plan writes nothing.
//
// The package is opened once per command: a read keeps it, and the update that follows plans on that
// read and patches those very entries. That is safe because a command that writes declares its file
// as `target` in main.ts, and guard.ts holds the file's lock around the whole run (writeAtomic refuses
// to replace the file if that lock was taken over meanwhile). The gateway does not lock a second
// time: proper-lockfile's locks are not re-entrant, and the run would wait for itself.
import { GENERATED_SHEETS, LOG_SHEET } from "../core/contract";
import { INPUT_SHEETS, modelNeed, SheetNeed } from "../core/needs";
import { sameSheetName, WorkbookPatch } from "../core/workbook";
import { XlsxPackage } from "../xlsx";
import { sealBatch } from "../app/audit";
import { ExcelError, Planned, SheetInfo, WorkbookGateway, WorkbookRead } from "../app/ports";
import { batchPatch } from "./batchPatch";
import { zlibCompression } from "./compression";
import { inWorkbook, openWorkbookFile, writeAtomic } from "./files";
import { FileError } from "./osErrors";
import { structureLockedMessage } from "./workbookProtection";

export type FileGateway = WorkbookGateway & {
  /** Protect Workbook: the structure locked, which `recap`, `fix` and `merge` refuse. */
  structureLocked(): Promise<boolean>;
};

const isOneOf = (names: readonly string[]) => (sheet: string) =>
  names.some((n) => sameSheetName(n, sheet));
const isGenerated = isOneOf(GENERATED_SHEETS);
const isLog = isOneOf([LOG_SHEET]);
const isInput = isOneOf(INPUT_SHEETS);

type Loaded = { xlsx: XlsxPackage; read: WorkbookRead; logNextRow: number | null };

function load(file: string, xlsx: XlsxPackage): Loaded {
  const protectedSheets = new Map<string, boolean>();
  const isProtected = (sheet: string): boolean => {
    let known = protectedSheets.get(sheet);
    if (known === undefined)
      protectedSheets.set(sheet, (known = inWorkbook(file, () => xlsx.isProtected(sheet))));
    return known;
  };
  // A generated sheet is read past its first rows only when unprotected: only then can someone have
  // typed in it, and the recap says which typed cells it replaces (core/handEdits.ts). At 50,000
  // indicators each is ~60 MB of XML. The Log is read to find where it continues.
  const need = (sheet: string): SheetNeed => {
    if (isInput(sheet) || isLog(sheet)) return "all";
    if (isGenerated(sheet)) return isProtected(sheet) ? modelNeed(sheet) : "all";
    return "none";
  };
  const book = inWorkbook(file, () => xlsx.read({ need }));
  const rowsOf = new Map(book.sheets.map((s) => [s.name, s.rows]));
  const read: WorkbookRead = {
    book: { sheets: [], ...(book.date1904 ? { date1904: true } : {}) },
    sheets: [],
  };
  let logNextRow: number | null = null;
  for (const { name, visibility } of xlsx.worksheets()) {
    const rows = rowsOf.get(name) ?? [];
    const info: SheetInfo = {
      name,
      visibility,
      get protected() {
        return isProtected(name);
      },
    };
    // How far a recap sheet reaches (approve and status ask): counted only when asked, by reading
    // the protected sheet whole once.
    if (isGenerated(name)) {
      let used: number | undefined;
      Object.defineProperty(info, "usedRows", {
        enumerable: true,
        get: () =>
          (used ??= isProtected(name)
            ? inWorkbook(file, () => xlsx.read({ sheets: [name] })).sheets[0].rows.length
            : rows.length),
      });
    }
    read.sheets.push(info);
    read.book.sheets.push({ name, rows });
    // Excel's used range of a blank sheet is A1: the next row is never above row 2.
    if (isLog(name)) logNextRow = Math.max(rows.length, 1);
  }
  return { xlsx, read, logNextRow };
}

/**
 * The plan on the read, as a patch. A function of its own so the snapshot (~90 MB at 50,000
 * indicators) is unreachable once it returns, before the patch is written.
 */
async function planned<T>(
  loaded: Loaded,
  plan: (read: WorkbookRead) => Planned<T> | Promise<Planned<T>>
): Promise<{ result: T; patch?: WorkbookPatch }> {
  const { result, write } = await plan(loaded.read);
  if (!write) return { result };
  const names = loaded.read.sheets.map((s) => s.name);
  const sealed = await sealBatch(loaded.read.book, write);
  return { result, patch: batchPatch(sealed, names, loaded.logNextRow) };
}

/** `target`: where an update writes (recap FILE --out OUT); the file read itself by default. */
export function createFileGateway(file: string, target: string = file): FileGateway {
  let opened: Promise<Loaded> | undefined;
  const current = (): Promise<Loaded> =>
    (opened ??= openWorkbookFile(file).then((xlsx) => load(file, xlsx)));

  return {
    read: async () => (await current()).read,

    async update(plan) {
      const { xlsx, result, patch } = await current().then(async (loaded) => {
        // Every update is meant to write: Protect Workbook refuses it before anything is planned.
        if (loaded.xlsx.structureLocked())
          throw new FileError(`${structureLockedMessage(file)}; tidak ada yang ditulis`, 1);
        return { xlsx: loaded.xlsx, ...(await planned(loaded, plan)) };
      });
      opened = undefined; // patched below: a later read opens the file again
      if (patch && (patch.sheets.length > 0 || patch.edits.length > 0)) {
        const bytes = inWorkbook(file, () => xlsx.patch(patch, { compression: zlibCompression }));
        await writeAtomic(target, bytes);
      }
      return result;
    },

    structureLocked: async () => (await current()).xlsx.structureLocked(),

    // A file has no window: nothing to select, open or watch.
    select: async () => undefined,
    canOpenWorkbook: () => false,
    openWorkbook: async () => {
      throw new ExcelError("apiNotSupported", "", "a file on disk cannot open another workbook");
    },
    watch: async () => null,
  };
}
