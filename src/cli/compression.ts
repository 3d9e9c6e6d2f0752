// Node's zlib for the parts the CLI writes: native deflate is ~7 × faster than fflate (the library's
// default) on the ~200 MB of generated XML of a 50,000-indicator workbook, and this is the one place
// the .xlsx library (src/xlsx, no Node APIs) is handed something Node-only.
import zlib from "zlib";
import { Compression, DEFLATE_LEVEL, fflateCompression } from "../xlsx";

// zlib.crc32 arrived in Node 20.15 / 22.2; `engines` says Node 20, so older 20.x get the portable one.
type Crc32 = (data: Uint8Array, value?: number) => number;
const nativeCrc32 = (zlib as unknown as { crc32?: Crc32 }).crc32;

export const zlibCompression: Compression = {
  crc32: nativeCrc32 ?? fflateCompression.crc32,
  // zlib has no synchronous streaming interface, so each push is a deflate stream of its own, ended
  // by a sync flush (an empty stored block, byte-aligned, not final) but for the last: such streams
  // concatenate into one valid stream — what pigz does. Starting each slice (1 MB, see DeflateSink)
  // with an empty window costs well under 1 % of size.
  deflate: (emit) => ({
    push(bytes, final) {
      const finishFlush = final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
      emit(zlib.deflateRawSync(bytes, { level: DEFLATE_LEVEL, finishFlush }));
    },
  }),
};
