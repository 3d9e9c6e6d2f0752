// The .xlsx package reader/writer of the CLI (README "Command line"): values are read with a streaming
// parser, and writes patch the package so every part the patch does not own stays byte-identical.
export { XlsxError } from "./errors";
export { readSnapshot } from "./reader";
export type { ReadOptions } from "./reader";
export { applyPatch } from "./writer";
