// The .xlsx package library (README "Layout"): values are read with a streaming parser, and writes
// patch the package so every part the patch does not own stays byte-identical. Plain Uint8Array in
// and out, fflate and saxes underneath, no Node APIs: it runs in the CLI and in the task pane alike.
export { XlsxError } from "./errors";
export { readSnapshot } from "./reader";
export type { ReadOptions } from "./reader";
export { patchPackage } from "./writer";
export { XlsxPackage } from "./xlsx-package";
export type { SheetVisibility, WorksheetState } from "./xlsx-package";
export type { PatchOptions } from "./writer";
export { DEFLATE_LEVEL, fflateCompression } from "./deflate";
export type { Compression, DeflateStream } from "./deflate";
