// A workbook the user picked in the pane, read from its bytes by the package reader (src/xlsx runs
// in the browser too) as the gateways read one: the contract's input sheets whole, the rest by name.
// Not exported from index.ts: the pane loads it (and the reader's parsers) only when a file is read.
import { INPUT_SHEETS } from "../core/needs";
import { sameSheetName } from "../core/workbook";
import { readSnapshot, XlsxError } from "../xlsx";
import { PreviousBook } from "../core/riwayatImport";

export type BytesRead =
  { ok: true; book: PreviousBook } | { ok: false; label: string; reason: string };

/** `label`: the file's name, which every message about it uses. */
export function readWorkbookBytes(label: string, bytes: Uint8Array): BytesRead {
  try {
    const book = readSnapshot(bytes, {
      need: (sheet) => (INPUT_SHEETS.some((name) => sameSheetName(name, sheet)) ? "all" : "none"),
    });
    return { ok: true, book: { label, book } };
  } catch (err) {
    // A damaged file, an .xls, a zip bomb: said in the reader's words; anything else is a bug.
    if (err instanceof XlsxError) return { ok: false, label, reason: err.message };
    throw err;
  }
}
