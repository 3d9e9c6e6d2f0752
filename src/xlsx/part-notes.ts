// What the writer knows about a generated sheet and a reader would otherwise inflate the whole part
// to learn: whether it holds <sheetProtection sheet="1">, which comes after the rows (~60 MB of XML
// per recap sheet at 50,000 indicators). The writer notes it in a private extra field of the zip's
// central directory (zip.ts), with the CRC-32 of the part it describes. The note is believed only
// while the entry's own CRC still matches: a tool that rewrites the part (Excel saving the workbook)
// changes the CRC or drops the field, and the part is then read as any other.

const VERSION = 1;
const PROTECTED = 1;

export function protectionNote(crc: number, sheetProtected: boolean): Uint8Array {
  const note = new Uint8Array(6);
  const view = new DataView(note.buffer);
  note[0] = VERSION;
  note[1] = sheetProtected ? PROTECTED : 0;
  view.setUint32(2, crc >>> 0, true);
  return note;
}

/** The noted protection of a part whose entry has CRC-32 `crc`; undefined when there is none to believe. */
export function notedProtection(
  noted: { note: Uint8Array; crc: number } | undefined
): boolean | undefined {
  if (!noted) return undefined;
  const { note, crc } = noted;
  if (note.length !== 6 || note[0] !== VERSION) return undefined;
  const view = new DataView(note.buffer, note.byteOffset, note.byteLength);
  if (view.getUint32(2, true) !== crc >>> 0) return undefined;
  return (note[1] & PROTECTED) !== 0;
}
