// The .xlsx package as a list of zip entries. An entry is inflated only when asked for, so reading two
// sheets of a big workbook does not pay for the other twenty, and writing copies every entry it was
// not told to change as the very compressed bytes it read (docs/CONTRACT.md "Nothing lost").
import { Inflate } from "fflate";
import { Compressed, deflatePart, inflatePart } from "./deflate";
import { XlsxError } from "./errors";
import { decodeXml, encodeXml } from "./xml";
import { corrupt, readZipDirectory, writeZip, ZipEntry, ZipOutEntry } from "./zip";

/** A real workbook never comes near this; a zip bomb does. */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

const CONTENT_TYPES = "[Content_Types].xml";
// Compressed bytes handed to the streaming inflater at a time: deflate expands at most ~1032 ×, so
// no single piece of output can exceed ~16 MB, whatever an entry's header claims.
const PUSH = 16 * 1024;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An entry as read (copied raw when written), as new bytes, or as a part compressed while written. */
type Slot =
  | { kind: "read"; entry: ZipEntry }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "compressed"; part: Compressed };

function formatLimit(bytes: number): string {
  const gib = bytes / MAX_UNZIPPED_BYTES;
  if (gib >= 1 && Number.isInteger(gib)) return `${gib} GB`;
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${bytes} byte`;
}

function tooBig(limit: number): XlsxError {
  return new XlsxError(
    `isi zip terlalu besar setelah diekstrak (> ${formatLimit(limit)}) — ditolak`
  );
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** An OLE file holding `EncryptedPackage` is a password-protected .xlsx, not an old .xls. */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const needle = Buffer.from("EncryptedPackage", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export class ZipPackage {
  /** Entry names in the order of the zip's central directory, new entries last. */
  readonly names: string[] = [];
  private readonly slots = new Map<string, Slot>();
  private readonly byLowerName = new Map<string, string>();
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly maxUnzipped: number
  ) {}

  /** Lists the entries and refuses what is not a zip or would inflate past the limit; inflates nothing. */
  static open(bytes: Uint8Array, maxUnzippedBytes = MAX_UNZIPPED_BYTES): ZipPackage {
    if (bytes.length === 0) throw new XlsxError("berkas kosong");
    if (startsWith(bytes, OLE_MAGIC)) {
      if (isEncryptedOoxml(bytes)) {
        throw new XlsxError(
          "berkas .xlsx dilindungi kata sandi (terenkripsi) — hapus kata sandinya di Excel lalu simpan lagi"
        );
      }
      throw new XlsxError("berkas .xls lama tidak didukung — simpan sebagai .xlsx");
    }
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b))
      throw new XlsxError("berkas bukan .xlsx (zip) yang sah");
    const pkg = new ZipPackage(bytes, maxUnzippedBytes);
    let declared = 0;
    for (const entry of readZipDirectory(bytes)) {
      if (entry.method !== 0 && entry.method !== 8) {
        throw new XlsxError(
          `berkas .xlsx memakai kompresi zip yang tidak didukung (metode ${entry.method})`
        );
      }
      if (entry.method === 0 && entry.size !== entry.compressedSize) throw corrupt();
      declared += entry.size;
      if (declared > maxUnzippedBytes) throw tooBig(maxUnzippedBytes);
      // A duplicated name: the last one wins, as in fflate and most readers.
      if (!pkg.slots.has(entry.name)) pkg.names.push(entry.name);
      pkg.slots.set(entry.name, { kind: "read", entry });
      pkg.byLowerName.set(entry.name.toLowerCase(), entry.name);
    }
    return pkg;
  }

  has(name: string): boolean {
    return this.slots.has(name);
  }

  /** The stored name of a part; OPC part names compare case-insensitively. */
  find(name: string): string | undefined {
    if (this.has(name)) return name;
    return this.byLowerName.get(name.toLowerCase());
  }

  /** The part's bytes. Not cached: each caller reads a part once, and a 50 MB sheet should not stay. */
  get(name: string): Uint8Array | undefined {
    const slot = this.slots.get(name);
    if (!slot) return undefined;
    if (slot.kind === "bytes") return slot.bytes;
    const { method, size, data } =
      slot.kind === "read"
        ? { method: slot.entry.method, size: slot.entry.size, data: [this.raw(slot.entry)] }
        : { method: slot.part.method, size: slot.part.size, data: slot.part.data };
    let bytes: Uint8Array;
    try {
      bytes = inflatePart(data.length === 1 ? data[0] : Buffer.concat(data), method, size);
    } catch {
      throw corrupt();
    }
    // zlib stops at the declared size, so a lying header yields an error or a short entry; either way
    // the entry is not what was stored.
    if (bytes.length !== size) throw corrupt();
    this.inflated += bytes.length;
    if (this.inflated > this.maxUnzipped) throw tooBig(this.maxUnzipped);
    return bytes;
  }

  /**
   * The part's bytes piece by piece, inflated as they are consumed; false when there is no such part.
   * Big sheets are read this way: inflated whole, each would be a 20–100 MB buffer, and freeing those
   * leaves the C heap fragmented (glibc then keeps ~100 MB it never returns). fflate's streaming
   * inflate is slower than Node's zlib, but zlib has no synchronous streaming interface.
   */
  each(name: string, take: (piece: Uint8Array) => void): boolean {
    const slot = this.slots.get(name);
    if (!slot) return false;
    if (slot.kind !== "read" || slot.entry.method === 0) {
      const bytes = this.get(name) as Uint8Array;
      for (let at = 0; at < bytes.length || at === 0; at += 64 * PUSH)
        take(bytes.subarray(at, at + 64 * PUSH));
      return true;
    }
    const { size } = slot.entry;
    const raw = this.raw(slot.entry);
    let total = 0;
    let taking = false;
    const inflater = new Inflate((piece) => {
      total += piece.length;
      this.inflated += piece.length;
      if (total > size) throw corrupt(); // the header lied: stop before inflating without bound
      if (this.inflated > this.maxUnzipped) throw tooBig(this.maxUnzipped);
      taking = true;
      take(piece);
      taking = false;
    });
    try {
      for (let at = 0; at < raw.length || at === 0; at += PUSH)
        inflater.push(raw.subarray(at, at + PUSH), at + PUSH >= raw.length);
    } catch (err) {
      // The consumer's own errors (a bad XML part) pass through; any other is damaged data.
      if (taking || err instanceof XlsxError) throw err;
      throw corrupt();
    }
    if (total !== size) throw corrupt();
    return true;
  }

  text(name: string): string | undefined {
    const bytes = this.get(name);
    return bytes ? decodeXml(bytes) : undefined;
  }

  set(name: string, bytes: Uint8Array): void {
    this.put(name, { kind: "bytes", bytes });
  }

  setText(name: string, xml: string): void {
    this.set(name, encodeXml(xml));
  }

  /** A part already compressed by its writer (the generated sheets, streamed through DeflateSink). */
  setCompressed(name: string, part: Compressed): void {
    this.put(name, { kind: "compressed", part });
  }

  remove(name: string): void {
    const i = this.names.indexOf(name);
    if (i >= 0) this.names.splice(i, 1);
    this.slots.delete(name);
    if (this.byLowerName.get(name.toLowerCase()) === name)
      this.byLowerName.delete(name.toLowerCase());
  }

  /** The package as zip bytes: `[Content_Types].xml` first, then the original order, new entries last. */
  toBytes(): Uint8Array {
    const ordered = [...this.names].sort(
      (a, b) => Number(b === CONTENT_TYPES) - Number(a === CONTENT_TYPES)
    );
    const entries = ordered.map((name): ZipOutEntry => {
      const slot = this.slots.get(name) as Slot;
      if (slot.kind === "read") {
        const { method, crc, size } = slot.entry;
        return { name, method, crc, size, data: [this.raw(slot.entry)] };
      }
      return { name, ...(slot.kind === "compressed" ? slot.part : deflatePart(slot.bytes)) };
    });
    return writeZip(entries);
  }

  private put(name: string, slot: Slot): void {
    if (!this.slots.has(name)) {
      this.names.push(name);
      this.byLowerName.set(name.toLowerCase(), name);
    }
    this.slots.set(name, slot);
  }

  private raw(entry: ZipEntry): Uint8Array {
    return this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  }
}
