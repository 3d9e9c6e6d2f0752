// The zip container of an .xlsx package: the central directory read, and a package written back.
// fflate's unzip does not tell an entry's CRC and where its compressed bytes sit without inflating
// it, and copying those bytes as they are is what keeps patching a big workbook cheap: an entry we
// do not change is neither inflated nor recompressed (docs/CONTRACT.md "Nothing lost" holds for its
// compressed form too). Only the container lives here; (de)compression is in deflate.ts and package.ts.
// Format: PKWARE APPNOTE.TXT §4.3 (local header, central directory, end of central directory).
import { latin1 } from "./bytes";
import { XlsxError } from "./errors";

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflate; anything else is refused by the package. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the entry's data starts (just after its local header). */
  dataStart: number;
  /** The payload of our own extra field in the central directory (part-notes.ts), if any. */
  note?: Uint8Array;
};

/** What the writer stores for one entry: compressed bytes (in pieces) and what describes them. */
export type ZipOutEntry = {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: readonly Uint8Array[];
  note?: Uint8Array;
};

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const MAX32 = 0xffffffff;
const ENCRYPTED = 0x1;
const UTF8_NAME = 0x800;
// The extra field we note facts about a part in ("rk"); readers skip ids they do not know (§4.5.1).
const NOTE_ID = 0x6b72;
// 1980-01-01 00:00:00 in DOS form: the zip format cannot say "unknown", 1980 is what Excel writes,
// and one fixed stamp makes patching the same input twice give the same bytes.
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
// ignoreBOM: a name is decoded as it is stored, a leading U+FEFF included.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

export function corrupt(): XlsxError {
  return new XlsxError("berkas .xlsx rusak atau terpotong (zip tidak dapat dibaca)");
}

/**
 * Every entry of the central directory, in its order. The end record is found the way fflate (and
 * most readers) find it, scanning back over at most a 64 KB comment; ZIP64 records are followed.
 * Anything pointing outside the file is corruption, reported before a byte is inflated.
 */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inside = (at: number, length: number) =>
    at >= 0 && length >= 0 && at + length <= bytes.length;
  const u16 = (at: number) => (inside(at, 2) ? view.getUint16(at, true) : -1);
  const u32 = (at: number) => (inside(at, 4) ? view.getUint32(at, true) : -1);
  const u64 = (at: number) =>
    inside(at, 8) ? view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32 : -1;

  let end = bytes.length - 22;
  while (end >= 0 && u32(end) !== END) {
    if (bytes.length - end > 22 + 0xffff) throw corrupt();
    end--;
  }
  if (end < 0) throw corrupt();
  let count = u16(end + 10);
  let at = u32(end + 16);
  if (u32(end - 20) === END64_LOCATOR) {
    const end64 = u64(end - 12);
    if (u32(end64) === END64) {
      count = u64(end64 + 32);
      at = u64(end64 + 48);
    }
  }

  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(at) !== CENTRAL) throw corrupt();
    const flags = u16(at + 8);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    if (!inside(at + 46, nameLength + extraLength)) throw corrupt();
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    // Names are CP437 unless flagged UTF-8; like fflate we read the former as Latin-1.
    const name = flags & UTF8_NAME ? utf8.decode(nameBytes) : latin1(nameBytes);
    let size = u32(at + 24);
    let compressedSize = u32(at + 20);
    let offset = u32(at + 42);
    const extraEnd = at + 46 + nameLength + extraLength;
    let note: Uint8Array | undefined;
    for (let x = at + 46 + nameLength; x + 4 <= extraEnd; x += 4 + u16(x + 2))
      if (u16(x) === NOTE_ID && x + 4 + u16(x + 2) <= extraEnd)
        note = bytes.subarray(x + 4, x + 4 + u16(x + 2));
    if (size === MAX32 || compressedSize === MAX32 || offset === MAX32) {
      // ZIP64 extra field (id 1): the 8-byte values present are those whose 4-byte fields are full.
      for (let x = at + 46 + nameLength; x + 4 <= extraEnd; x += 4 + u16(x + 2)) {
        if (u16(x) !== 1) continue;
        let field = x + 4;
        const next = (): number => {
          field += 8;
          return u64(field - 8);
        };
        if (size === MAX32) size = next();
        if (compressedSize === MAX32) compressedSize = next();
        if (offset === MAX32) offset = next();
        break;
      }
    }
    if (flags & ENCRYPTED || u32(offset) !== LOCAL) throw corrupt();
    const dataStart = offset + 30 + u16(offset + 26) + u16(offset + 28);
    if (!inside(dataStart, compressedSize) || size < 0) throw corrupt();
    entries.push({
      name,
      method: u16(at + 10),
      flags,
      crc: u32(at + 16),
      compressedSize,
      size,
      dataStart,
      ...(note && { note }),
    });
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  return entries;
}

/** A whole package: local header and data of each entry, then the central directory. */
export function writeZip(entries: readonly ZipOutEntry[]): Uint8Array {
  const names = entries.map((e) => encoder.encode(e.name));
  const compressed = entries.map((e) => e.data.reduce((n, d) => n + d.length, 0));
  // Only the central directory carries a note: the local headers stay as they were.
  const extras = entries.map((e) => (e.note ? 4 + e.note.length : 0));
  let total = 22;
  entries.forEach((_, i) => (total += 30 + 46 + 2 * names[i].length + compressed[i] + extras[i]));
  // A workbook needing ZIP64 (4 GB, 65,535 parts) is far past the inflated-size limit anyway.
  if (entries.length > 0xffff || total > MAX32)
    throw new XlsxError("berkas hasil terlalu besar untuk format zip biasa");

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  // The fields local and central headers share, from "version needed" to the name length.
  const common = (i: number, p: number): void => {
    const e = entries[i];
    view.setUint16(p, 20, true);
    view.setUint16(p + 2, names[i].length !== e.name.length ? UTF8_NAME : 0, true);
    view.setUint16(p + 4, e.method, true);
    view.setUint16(p + 6, DOS_TIME, true);
    view.setUint16(p + 8, DOS_DATE, true);
    view.setUint32(p + 10, e.crc >>> 0, true);
    view.setUint32(p + 14, compressed[i], true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, names[i].length, true);
  };
  entries.forEach((e, i) => {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    common(i, at + 4);
    out.set(names[i], at + 30);
    at += 30 + names[i].length;
    for (const piece of e.data) {
      out.set(piece, at);
      at += piece.length;
    }
  });
  const directory = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, version 2.0
    common(i, at + 6);
    view.setUint16(at + 30, extras[i], true);
    view.setUint32(at + 42, offsets[i], true); // comment, disk, attributes stay 0
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
    if (e.note) {
      view.setUint16(at, NOTE_ID, true);
      view.setUint16(at + 2, e.note.length, true);
      out.set(e.note, at + 4);
      at += extras[i];
    }
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
