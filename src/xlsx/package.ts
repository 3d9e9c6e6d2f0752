// The .xlsx package as a list of zip entries. An entry is inflated only when asked for, so reading two
// sheets of a big workbook does not pay for the other twenty, and writing copies every entry it was
// not told to change as the very compressed bytes it read (docs/CONTRACT.md "Nothing lost").
import { Inflate } from "fflate";
import { concatBytes, includesBytes } from "./bytes";
import { Compressed, Compression, deflatePart, fflateCompression } from "./deflate";
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
// "EncryptedPackage" as the UTF-16LE stream name an OLE directory holds.
const ENCRYPTED_PACKAGE = Uint8Array.from(
  [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0])
);

/** An entry as read (copied raw when written), as new bytes, or as a part compressed while written. */
type Slot =
  | { kind: "read"; entry: ZipEntry }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "compressed"; part: Compressed; note?: Uint8Array };

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
  return includesBytes(bytes, ENCRYPTED_PACKAGE);
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
    const { method, size, data } = this.stored(slot);
    if (method === 0 || size === 0) {
      const bytes = method === 0 ? concatBytes(data) : new Uint8Array(0);
      if (bytes.length !== size) throw corrupt();
      this.count(bytes.length);
      return bytes;
    }
    const out = new Uint8Array(size);
    let at = 0;
    this.inflate(data, size, (piece) => {
      out.set(piece, at);
      at += piece.length;
    });
    return out;
  }

  /**
   * The part's bytes piece by piece, inflated as they are consumed; false when there is no such part.
   * Big sheets are read this way: inflated whole, each would be a 20–100 MB buffer, and freeing those
   * leaves the C heap fragmented (glibc then keeps ~100 MB it never returns).
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
    const { size, data } = this.stored(slot);
    this.inflate(data, size, take);
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

  /**
   * A part already compressed by its writer (the generated sheets, streamed through DeflateSink),
   * with what part-notes.ts notes about it.
   */
  setCompressed(name: string, part: Compressed, note?: Uint8Array): void {
    this.put(name, { kind: "compressed", part, note });
  }

  /** The part's note as read from the package, with the CRC-32 of the part's bytes there. */
  noted(name: string): { note: Uint8Array; crc: number } | undefined {
    const slot = this.slots.get(name);
    if (slot?.kind !== "read" || !slot.entry.note) return undefined;
    return { note: slot.entry.note, crc: slot.entry.crc };
  }

  remove(name: string): void {
    const i = this.names.indexOf(name);
    if (i >= 0) this.names.splice(i, 1);
    this.slots.delete(name);
    if (this.byLowerName.get(name.toLowerCase()) === name)
      this.byLowerName.delete(name.toLowerCase());
  }

  /** The package as zip bytes: `[Content_Types].xml` first, then the original order, new entries last. */
  toBytes(compression: Compression = fflateCompression): Uint8Array {
    const ordered = [...this.names].sort(
      (a, b) => Number(b === CONTENT_TYPES) - Number(a === CONTENT_TYPES)
    );
    const entries = ordered.map((name): ZipOutEntry => {
      const slot = this.slots.get(name) as Slot;
      if (slot.kind === "read") {
        const { method, crc, size, note } = slot.entry;
        return { name, method, crc, size, data: [this.raw(slot.entry)], note };
      }
      if (slot.kind === "compressed") return { name, ...slot.part, note: slot.note };
      return { name, ...deflatePart(slot.bytes, compression) };
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

  private stored(slot: Exclude<Slot, { kind: "bytes" }>): {
    method: number;
    size: number;
    data: readonly Uint8Array[];
  } {
    if (slot.kind === "compressed") return slot.part;
    return { method: slot.entry.method, size: slot.entry.size, data: [this.raw(slot.entry)] };
  }

  private count(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.maxUnzipped) throw tooBig(this.maxUnzipped);
  }

  /**
   * Inflates one raw-deflate stream (in pieces) into `take`, stopping as soon as the output passes
   * the declared `size` (a lying header) or the package's limit (a bomb). The consumer's own errors
   * (a bad XML part) pass through; any other is damaged data.
   */
  private inflate(
    data: readonly Uint8Array[],
    size: number,
    take: (piece: Uint8Array) => void
  ): void {
    let total = 0;
    let taking = false;
    const inflater = new Inflate((piece) => {
      total += piece.length;
      if (total > size) throw corrupt();
      this.count(piece.length);
      taking = true;
      take(piece);
      taking = false;
    });
    try {
      data.forEach((raw, i) => {
        const last = i === data.length - 1;
        for (let at = 0; at < raw.length || at === 0; at += PUSH)
          inflater.push(raw.subarray(at, at + PUSH), last && at + PUSH >= raw.length);
      });
    } catch (err) {
      if (taking || err instanceof XlsxError) throw err;
      throw corrupt();
    }
    if (total !== size) throw corrupt();
  }

  private raw(entry: ZipEntry): Uint8Array {
    return this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  }
}
