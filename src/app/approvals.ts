// Approved means frozen (docs/CONTRACT.md §"Persetujuan"): a Ya records what it approved in the very
// hidden `Persetujuan` sheet with a SHA-256 fingerprint, and every later reading compares the
// workbook with it — the pane, `check` and the export all ask `reviewApprovals`.
import { approvalChanges, approvalItems, ApprovalItem, canonicalText } from "../core/approval";
import {
  APPROVAL_HASH_COL,
  approvalAppend,
  approvalFields,
  ApprovalHead,
  approvalSheet,
  readApprovalSheet,
  StoredApproval,
} from "../core/approvalSheet";
import { APPROVAL_SHEET, PeriodId, PERIODS, TRACKER_SHEET } from "../core/contract";
import { periodStates } from "../core/periodState";
import { Problem, problem } from "../core/problems";
import { BookReading } from "../core/reading";
import { periodeText } from "../core/tracker";
import { a1, RowAppend } from "../core/workbook";
import { NewSheet } from "../core/newSheet";
import { brokenLinks, chainHashes, logProblems, sha256Hex } from "./audit";

/** How the tracker's Catatan of a Ya carries the fingerprint; read back by FINGERPRINT. */
export const fingerprintNote = (fingerprint: string): string =>
  `Sidik jari SHA-256: ${fingerprint}`;
const FINGERPRINT = /\b[0-9a-f]{64}\b/;

export type ApprovalRecord = {
  head: ApprovalHead;
  /** What the batch must hold: the sheet when missing, the approval's rows. */
  create: NewSheet[];
  append: RowAppend;
};

/** The record of approving `period` now: its items, fingerprint and chained rows; problems refuse it. */
export async function approvalRecord(
  reading: BookReading,
  period: PeriodId,
  oleh: string,
  waktu: string
): Promise<{ ok: true; record: ApprovalRecord } | { ok: false; problems: Problem[] }> {
  const sheet = readApprovalSheet(reading.book);
  if (sheet.problems.length > 0) return { ok: false, problems: sheet.problems };
  const model = reading.model;
  if (!model) return { ok: false, problems: reading.problems };
  const periode = periodeText({ key: period, year: reading.settings.year });
  const items = approvalItems(reading.book, model, period);
  const head: ApprovalHead = {
    periode,
    waktu,
    oleh,
    sidikJari: await sha256Hex(canonicalText(periode, items)),
  };
  const fields = items.map((i) => approvalFields(head, i));
  const previous = sheet.chain[sheet.chain.length - 1]?.hash ?? "";
  const hashes = await chainHashes(previous, fields);
  return {
    ok: true,
    record: {
      head,
      create: sheet.exists ? [] : [approvalSheet()],
      append: approvalAppend(
        sheet.nextRow,
        fields.map((f, i) => [...f, hashes[i]])
      ),
    },
  };
}

export type PeriodApproval = {
  period: PeriodId;
  periode: string;
  /** The approval the tracker's Ya names; null when the period is not in state Disetujui. */
  approved: { oleh: string; waktu: string; fingerprint: string | null } | null;
  /** Each approved item that differs now, at the cell that holds it now. */
  changes: Problem[];
  /** The approval record itself cannot be trusted: missing, or its rows altered. */
  problems: Problem[];
};

export type ApprovalReview = {
  periods: PeriodApproval[];
  /** Broken links of the Log and Persetujuan chains; a Persetujuan sheet that is not ours. */
  audit: Problem[];
};

export async function reviewApprovals(reading: BookReading): Promise<ApprovalReview> {
  const sheet = readApprovalSheet(reading.book);
  const audit = [
    ...sheet.problems,
    ...(await brokenLinks(APPROVAL_SHEET, APPROVAL_HASH_COL, sheet.chain)),
    ...(await logProblems(reading.book)),
  ];
  const { year } = reading.settings;
  const states = periodStates(reading.tracker.entries, year);
  const periods: PeriodApproval[] = [];
  for (const p of PERIODS) {
    const periode = periodeText({ key: p.id, year });
    const { state, entry } = states[p.id];
    if (state !== "Disetujui" || !entry) {
      periods.push({ period: p.id, periode, approved: null, changes: [], problems: [] });
      continue;
    }
    const fingerprint = FINGERPRINT.exec(entry.catatan)?.[0] ?? null;
    const approved = { oleh: entry.nama, waktu: "", fingerprint };
    const at = { sheet: TRACKER_SHEET, cell: a1(entry.row, 0), severity: "error" as const };
    // A Ya recorded before approvals were fingerprinted has nothing to compare with.
    if (fingerprint === null) {
      periods.push({ period: p.id, periode, approved, changes: [], problems: [] });
      continue;
    }
    const stored = [...sheet.approvals].reverse().find((a) => a.sidikJari === fingerprint);
    if (!stored) {
      const text = { key: "approvalRecordMissing", params: { periode, fingerprint } } as const;
      periods.push({
        period: p.id,
        periode,
        approved,
        changes: [],
        problems: [problem({ ...at, text })],
      });
      continue;
    }
    approved.waktu = stored.waktu;
    periods.push({
      period: p.id,
      periode,
      approved,
      ...(await compare(reading, p.id, stored)),
    });
  }
  return { periods, audit };
}

async function compare(
  reading: BookReading,
  period: PeriodId,
  stored: StoredApproval
): Promise<{ changes: Problem[]; problems: Problem[] }> {
  const { periode, sidikJari } = stored;
  const problems: Problem[] = [];
  if ((await sha256Hex(canonicalText(periode, stored.items))) !== sidikJari)
    problems.push(
      problem({
        sheet: APPROVAL_SHEET,
        cell: a1(stored.rows[0], 0),
        severity: "error",
        text: { key: "approvalRecordAltered", params: { periode, fingerprint: sidikJari } },
      })
    );
  // A workbook the model cannot read has its own problems; nothing can be compared then.
  const model = reading.model;
  if (!model) return { changes: [], problems };
  const current: ApprovalItem[] = approvalItems(reading.book, model, period);
  const changes = approvalChanges(stored.items, current).map((c) => {
    return problem({
      sheet: c.lembar,
      // An input no row holds is named at its sheet (the indicator's row removed, or never there).
      cell: c.sel || "A1",
      severity: "error",
      text: {
        key: "approvedChanged",
        params: { kode: c.kode, besaran: c.besaran, before: c.before, after: c.after, periode },
      },
    });
  });
  return { changes, problems };
}
