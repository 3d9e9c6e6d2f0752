// "Perbaiki angka": the pane shows what planFix would change, the user confirms, and exactly those
// cells are rewritten as plain numbers — re-planned at write time, so a cell someone changed in the
// meantime is left alone rather than overwritten with a stale fix.
import { planFix } from "../core/plan";
import { Problem } from "../core/problems";
import { a1, CellEdit } from "../core/workbook";
import { WorkbookGateway, WriteBatch } from "./ports";
import { defaultEnv, Env, logEntry } from "./log";

export type FixPreview = { edits: CellEdit[]; fixed: Problem[] };
export type FixOutcome = { applied: number; skipped: number };

export async function previewFixes(gateway: WorkbookGateway): Promise<FixPreview> {
  const { edits, fixed } = planFix((await gateway.read()).book);
  return { edits, fixed };
}

const editKey = (e: CellEdit): string => `${e.sheet}!${e.row},${e.col}=${e.value}`;

export function applyFixes(
  gateway: WorkbookGateway,
  confirmed: readonly CellEdit[],
  env: Env = defaultEnv()
): Promise<FixOutcome> {
  return gateway.update((read) => {
    const wanted = new Set(confirmed.map(editKey));
    const edits = planFix(read.book).edits.filter((e) => wanted.has(editKey(e)));
    const result = { applied: edits.length, skipped: confirmed.length - edits.length };
    return edits.length === 0 ? { result } : { result, write: fixWrite(edits, env) };
  });
}

/** What the command line's `fix` does: the user consented by running it, so every fix is applied. */
export type FixAllOutcome = { fixed: Problem[]; remaining: Problem[] };

export function applyAllFixes(
  gateway: WorkbookGateway,
  env: Env = defaultEnv()
): Promise<FixAllOutcome> {
  return gateway.update((read) => {
    const { edits, fixed, remaining } = planFix(read.book);
    const result = { fixed, remaining };
    return edits.length === 0 ? { result } : { result, write: fixWrite(edits, env) };
  });
}

function fixWrite(edits: CellEdit[], env: Env): WriteBatch {
  const sheets = [...new Set(edits.map((e) => e.sheet))];
  const detail = edits.map((e) => `${e.sheet}!${a1(e.row, e.col)}=${e.value}`).join("; ");
  return { edits, log: [logEntry(env, "perbaiki angka", sheets.join(", "), clip(detail, 2000))] };
}

const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
