// The hash chains of `Log` and `Persetujuan` (core/auditChain.ts), hashed with Web Crypto's SHA-256 —
// present in the pane's browser and in Node 20 alike, so both front ends seal and verify the same way.
import { isSha256Hex, linkText } from "../core/auditChain";
import { LOG_SHEET } from "../core/contract";
import { LOG_HASH_COL, LogEntry, logFields, readLogChain } from "../core/logSheet";
import { Problem, problem } from "../core/problems";
import { a1, WorkbookSnapshot } from "../core/workbook";
import { fnv1a } from "./log";
import { SealedBatch, WriteBatch } from "./ports";

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));
const encoder = new TextEncoder();

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(
    await globalThis.crypto.subtle.digest("SHA-256", encoder.encode(text))
  );
  let hex = "";
  for (const b of digest) hex += HEX[b];
  return hex;
}

/** The hashes of rows appended after a row whose hash is `previous`, each chained to the one before. */
export async function chainHashes(previous: string, rows: readonly string[][]): Promise<string[]> {
  const out: string[] = [];
  for (const fields of rows) out.push((previous = await sha256Hex(linkText(previous, fields))));
  return out;
}

export type ChainRow = { row: number; fields: string[]; hash: string };

const PARALLEL_DIGESTS = 256;

/**
 * The rows whose stored hash is not what the chain gives: each is a problem at its Hash cell. Rows
 * written before the chain existed (an 8-digit FNV-1a hash of their own fields, joined by "|") are
 * accepted while no chained row precedes them.
 */
export async function brokenLinks(
  sheet: string,
  hashCol: number,
  rows: readonly ChainRow[]
): Promise<Problem[]> {
  // Each link depends only on stored cells, so they are hashed side by side rather than in turn —
  // a slice at a time: 80,000 pending digests at once cost more in garbage than they save.
  const expected: string[] = [];
  for (let start = 0; start < rows.length; start += PARALLEL_DIGESTS) {
    const slice = rows.slice(start, start + PARALLEL_DIGESTS);
    const link = (r: ChainRow, i: number) =>
      linkText(start + i === 0 ? "" : rows[start + i - 1].hash, r.fields);
    expected.push(...(await Promise.all(slice.map((r, i) => sha256Hex(link(r, i))))));
  }
  const problems: Problem[] = [];
  let chained = false;
  rows.forEach((r, i) => {
    const legacy = !chained && !isSha256Hex(r.hash) && fnv1a(r.fields.join("|")) === r.hash;
    chained ||= !legacy;
    if (!legacy && r.hash !== expected[i])
      problems.push(
        problem({
          sheet,
          cell: a1(r.row, hashCol),
          severity: "error",
          text: { key: "chainBroken", params: { sheet } },
        })
      );
  });
  return problems;
}

/** The batch with its Log drafts sealed, chained to the Log's last row in `book`. */
export async function sealBatch(book: WorkbookSnapshot, batch: WriteBatch): Promise<SealedBatch> {
  const { log, ...rest } = batch;
  if (!log || log.length === 0) return rest;
  const chain = readLogChain(book);
  const hashes = await chainHashes(chain[chain.length - 1]?.hash ?? "", log.map(logFields));
  return { ...rest, log: log.map((d, i): LogEntry => ({ ...d, hash: hashes[i] })) };
}

export const logProblems = (book: WorkbookSnapshot): Promise<Problem[]> =>
  brokenLinks(LOG_SHEET, LOG_HASH_COL, readLogChain(book));
