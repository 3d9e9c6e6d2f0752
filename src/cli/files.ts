// File access of the command line: read a workbook's bytes and snapshot, write atomically.
import { promises as fs } from "fs";
import path from "path";
import { readSnapshot, ReadOptions } from "./xlsx";
import { WorkbookSnapshot } from "../core/workbook";

export class UsageError extends Error {}

export async function readWorkbook(
  file: string,
  options: ReadOptions = {}
): Promise<{ bytes: Uint8Array; book: WorkbookSnapshot }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new UsageError(`berkas tidak dapat dibaca: ${file}`);
  }
  return { bytes, book: readSnapshot(bytes, options) };
}

/** Temp file beside the target, then rename: a reader never sees half a workbook. */
export async function writeAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}
