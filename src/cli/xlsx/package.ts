// The .xlsx package as a list of zip entries. Entries are inflated only when asked for, so reading two
// sheets of a big workbook does not pay for the other twenty, and writing keeps every entry it was
// not told to change as the very bytes it read (DESIGN.md "Nothing lost").
import { unzipSync, zipSync, Zippable } from "fflate";
import { XlsxError } from "./errors";
import { decodeXml, encodeXml } from "./xml";

/** A real workbook never comes near this; a zip bomb does. */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

type EntryInfo = { name: string; size: number; originalSize: number; compression: number };

// Every entry gets the same DOS timestamp, so patching the same input twice gives the same bytes
// (the zip format cannot store "unknown", and 1980-01-01 is what Excel itself writes).
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

// Already-compressed media gain nothing from deflate; storing them saves time on big picture sets.
const STORED = /\.(png|jpe?g|gif|wdp|jdp|zip|gz|mp3|mp4|m4a)$/i;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function formatLimit(bytes: number): string {
  const gib = bytes / MAX_UNZIPPED_BYTES;
  if (gib >= 1 && Number.isInteger(gib)) return `${gib} GB`;
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${bytes} byte`;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** An OLE file holding `EncryptedPackage` is a password-protected .xlsx, not an old .xls. */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const needle = Buffer.from("EncryptedPackage", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function corrupt(): XlsxError {
  return new XlsxError("berkas .xlsx rusak atau terpotong (zip tidak dapat dibaca)");
}

export class ZipPackage {
  /** Entry names in the order of the zip's central directory. */
  readonly names: string[] = [];
  private readonly info = new Map<string, EntryInfo>();
  private readonly data = new Map<string, Uint8Array>();
  private readonly byLowerName = new Map<string, string>();
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly maxUnzipped: number,
  ) {}

  /** Lists the entries and refuses what is not a zip or would inflate past the limit; inflates nothing. */
  static open(bytes: Uint8Array, maxUnzippedBytes = MAX_UNZIPPED_BYTES): ZipPackage {
    if (bytes.length === 0) throw new XlsxError("berkas kosong");
    if (startsWith(bytes, OLE_MAGIC)) {
      if (isEncryptedOoxml(bytes)) {
        throw new XlsxError("berkas .xlsx dilindungi kata sandi (terenkripsi) — hapus kata sandinya di Excel lalu simpan lagi");
      }
      throw new XlsxError("berkas .xls lama tidak didukung — simpan sebagai .xlsx");
    }
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new XlsxError("berkas bukan .xlsx (zip) yang sah");
    const pkg = new ZipPackage(bytes, maxUnzippedBytes);
    const entries: EntryInfo[] = [];
    try {
      unzipSync(bytes, {
        filter: (f) => {
          entries.push({ name: f.name, size: f.size, originalSize: f.originalSize, compression: f.compression });
          return false;
        },
      });
    } catch {
      throw corrupt();
    }
    let declared = 0;
    for (const e of entries) {
      if (e.size > bytes.length || !(e.size >= 0) || !(e.originalSize >= 0)) throw corrupt();
      if (e.compression !== 0 && e.compression !== 8) {
        throw new XlsxError(`berkas .xlsx memakai kompresi zip yang tidak didukung (metode ${e.compression})`);
      }
      declared += e.originalSize;
      if (declared > maxUnzippedBytes) {
        throw new XlsxError(`isi zip terlalu besar setelah diekstrak (> ${formatLimit(maxUnzippedBytes)}) — ditolak`);
      }
      // A duplicated name: fflate keeps the last one, and so do we.
      if (!pkg.info.has(e.name)) pkg.names.push(e.name);
      pkg.info.set(e.name, e);
      pkg.byLowerName.set(e.name.toLowerCase(), e.name);
    }
    return pkg;
  }

  has(name: string): boolean {
    return this.data.has(name) || this.info.has(name);
  }

  /** The stored name of a part; OPC part names compare case-insensitively. */
  find(name: string): string | undefined {
    if (this.has(name)) return name;
    return this.byLowerName.get(name.toLowerCase());
  }

  get(name: string): Uint8Array | undefined {
    const cached = this.data.get(name);
    if (cached) return cached;
    if (!this.info.has(name)) return undefined;
    this.inflate((n) => n === name);
    return this.data.get(name);
  }

  text(name: string): string | undefined {
    const bytes = this.get(name);
    return bytes ? decodeXml(bytes) : undefined;
  }

  /** Inflates every entry not yet in memory (the writer needs them all to rebuild the zip). */
  loadAll(): void {
    this.inflate((n) => !this.data.has(n));
  }

  set(name: string, bytes: Uint8Array): void {
    if (!this.info.has(name) && !this.data.has(name)) {
      this.names.push(name);
      this.byLowerName.set(name.toLowerCase(), name);
    }
    this.data.set(name, bytes);
  }

  setText(name: string, xml: string): void {
    this.set(name, encodeXml(xml));
  }

  remove(name: string): void {
    const i = this.names.indexOf(name);
    if (i >= 0) this.names.splice(i, 1);
    this.data.delete(name);
    this.info.delete(name);
    if (this.byLowerName.get(name.toLowerCase()) === name) this.byLowerName.delete(name.toLowerCase());
  }

  /** The package as zip bytes: `[Content_Types].xml` first, then the original order, new entries last. */
  toBytes(): Uint8Array {
    this.loadAll();
    const files: Zippable = {};
    const ordered = [...this.names].sort((a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"));
    for (const name of ordered) {
      const bytes = this.data.get(name);
      if (!bytes) continue;
      files[name] = [bytes, { level: STORED.test(name) ? 0 : 6, mtime: FIXED_MTIME }];
    }
    return zipSync(files, { mtime: FIXED_MTIME });
  }

  private inflate(want: (name: string) => boolean): void {
    let out: Record<string, Uint8Array>;
    try {
      out = unzipSync(this.bytes, { filter: (f) => this.info.has(f.name) && want(f.name) });
    } catch {
      throw corrupt();
    }
    for (const [name, bytes] of Object.entries(out)) {
      const info = this.info.get(name);
      // fflate inflates into a buffer of the declared size, so a lying header yields a short or
      // silently cut entry; either way the entry is not what was stored.
      if (!info || bytes.length !== info.originalSize) throw corrupt();
      this.inflated += bytes.length;
      if (this.inflated > this.maxUnzipped) {
        throw new XlsxError(`isi zip terlalu besar setelah diekstrak (> ${formatLimit(this.maxUnzipped)}) — ditolak`);
      }
      if (!this.data.has(name)) this.data.set(name, bytes);
    }
  }
}
