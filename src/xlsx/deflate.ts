// Compression of the parts we write. The library compresses with fflate, which runs anywhere; a
// caller with a faster deflate passes it in as a `Compression`: the CLI passes Node's zlib
// (src/cli/compression.ts), ~7 × faster than fflate on the generated sheets of a 50,000-indicator
// workbook, which are ~200 MB of XML.
import { Deflate } from "fflate";

/** A compressed part, ready for the zip: what the central directory says about it, and its bytes. */
export type Compressed = { method: 8; crc: number; size: number; data: Uint8Array[] };

/** One raw-deflate stream (RFC 1951): `push` compresses the next bytes and must not keep them. */
export type DeflateStream = { push(bytes: Uint8Array, final: boolean): void };

export type Compression = {
  /** CRC-32 as zip uses it, continued from `value` when given. */
  crc32(bytes: Uint8Array, value?: number): number;
  /** A new stream at DEFLATE_LEVEL, handing its output to `emit` in order. */
  deflate(emit: (chunk: Uint8Array) => void): DeflateStream;
};

// Level 1: the generated XML is so repetitive that level 6 saves ~25 % of the output at 2–3 × the
// time; the parts are rewritten at every recap anyway and Excel re-saves them at its own level.
export const DEFLATE_LEVEL = 1;
// Text is encoded and compressed in slices of this many bytes, so a sheet's XML never exists whole.
const SLICE = 1 << 20;
const PENDING = 1 << 14;

let table: Int32Array | undefined;

/** The classic table-driven CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, as zip uses). */
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

export const fflateCompression: Compression = {
  crc32: crc32Portable,
  deflate(emit) {
    const stream = new Deflate({ level: DEFLATE_LEVEL }, (chunk) => emit(chunk));
    return { push: (bytes, final) => stream.push(bytes, final) };
  },
};

const encoder = new TextEncoder();

/** Text appended piecewise, leaving as compressed slices (see SLICE). */
export class DeflateSink {
  // Pieces gather in a short string, which is then encoded into one reused buffer: a call into the
  // encoder per cell (millions of them) costs more than the encoding, and one huge string costs its
  // building and flattening; ~16 K characters at a time is the cheap middle.
  private pending = "";
  private readonly slab = new Uint8Array(SLICE);
  private used = 0;
  private crc = 0;
  private size = 0;
  private readonly data: Uint8Array[] = [];
  private readonly stream: DeflateStream;

  constructor(private readonly compression: Compression = fflateCompression) {
    this.stream = compression.deflate((chunk) => this.data.push(chunk));
  }

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= PENDING) this.encode();
  }

  finish(): Compressed {
    this.encode();
    this.flush(true);
    return { method: 8, crc: this.crc, size: this.size, data: this.data };
  }

  private encode(): void {
    const text = this.pending;
    this.pending = "";
    // A UTF-16 unit is at most 3 bytes of UTF-8, so this bound guarantees the text fits whole.
    if (this.used + 3 * text.length > SLICE) {
      this.flush(false);
      if (3 * text.length > SLICE) {
        this.compress(encoder.encode(text), false);
        return;
      }
    }
    this.used += encoder.encodeInto(text, this.slab.subarray(this.used)).written;
  }

  private flush(final: boolean): void {
    this.compress(this.slab.subarray(0, this.used), final);
    this.used = 0;
  }

  private compress(bytes: Uint8Array, final: boolean): void {
    this.crc = this.compression.crc32(bytes, this.crc);
    this.size += bytes.length;
    this.stream.push(bytes, final);
  }
}

export function deflatePart(bytes: Uint8Array, compression = fflateCompression): Compressed {
  const data: Uint8Array[] = [];
  compression.deflate((chunk) => data.push(chunk)).push(bytes, true);
  return { method: 8, crc: compression.crc32(bytes), size: bytes.length, data };
}
