// Compression of the parts we write, with Node's zlib: native deflate is several times faster than a
// JavaScript one, and the generated sheets of a 50,000-indicator workbook are ~200 MB of XML.
import zlib from "zlib";

/** A compressed part, ready for the zip: what the central directory says about it, and its bytes. */
export type Compressed = { method: 8; crc: number; size: number; data: Uint8Array[] };

// Level 1: the generated XML is so repetitive that level 6 saves ~25 % of the output at 2–3 × the
// time; the parts are rewritten at every recap anyway and Excel re-saves them at its own level.
const LEVEL = 1;
// Text is encoded and compressed in slices of this many bytes, so a sheet's XML never exists whole:
// the slices are independent deflate streams ended by a sync flush (an empty stored block,
// byte-aligned, not final), which concatenate into one valid stream — what pigz does. Starting each
// slice with an empty window costs well under 1 % of size at this slice length.
const SLICE = 1 << 20;
const PENDING = 1 << 14;

// zlib.crc32 arrived in Node 20.15 / 22.2; `engines` says Node 20, so older 20.x get the classic
// table-driven CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, as zip uses).
type Crc32 = (data: Uint8Array, value?: number) => number;
const nativeCrc32 = (zlib as unknown as { crc32?: Crc32 }).crc32;
let table: Int32Array | undefined;

export function crc32Portable(data: Uint8Array, value = 0): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = ~value;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

export const crc32: Crc32 = nativeCrc32 ?? crc32Portable;

/** Text appended piecewise, leaving as compressed slices (see SLICE). */
export class DeflateSink {
  // Pieces gather in a short string, which is then written into one reused buffer: a call into
  // Buffer#write per cell (millions of them) costs more than the encoding, and one huge string
  // costs its building and flattening; ~16 K characters at a time is the cheap middle.
  private pending = "";
  private readonly slab = Buffer.allocUnsafe(SLICE);
  private used = 0;
  private crc = 0;
  private size = 0;
  private readonly data: Uint8Array[] = [];

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= PENDING) this.encode();
  }

  finish(): Compressed {
    this.encode();
    this.flush(zlib.constants.Z_FINISH);
    return { method: 8, crc: this.crc, size: this.size, data: this.data };
  }

  private encode(): void {
    const text = this.pending;
    this.pending = "";
    // A UTF-16 unit is at most 3 bytes of UTF-8, so this bound guarantees the text fits whole.
    if (this.used + 3 * text.length > SLICE) {
      this.flush(zlib.constants.Z_SYNC_FLUSH);
      if (3 * text.length > SLICE) {
        this.compress(Buffer.from(text, "utf8"), zlib.constants.Z_SYNC_FLUSH);
        return;
      }
    }
    this.used += this.slab.write(text, this.used, "utf8");
  }

  private flush(mode: number): void {
    this.compress(this.slab.subarray(0, this.used), mode);
    this.used = 0;
  }

  private compress(bytes: Uint8Array, mode: number): void {
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.data.push(zlib.deflateRawSync(bytes, { level: LEVEL, finishFlush: mode }));
  }
}

export function deflatePart(bytes: Uint8Array): Compressed {
  return {
    method: 8,
    crc: crc32(bytes),
    size: bytes.length,
    data: [zlib.deflateRawSync(bytes, { level: LEVEL })],
  };
}

/** The bytes of a deflated (or stored) entry; `size` is what it must inflate to, and at most. */
export function inflatePart(raw: Uint8Array, method: number, size: number): Uint8Array {
  if (method === 0) return raw;
  if (size === 0) return new Uint8Array(0);
  // maxOutputLength makes zlib stop at the declared size instead of inflating a bomb without bound.
  return zlib.inflateRawSync(raw, { maxOutputLength: size });
}
