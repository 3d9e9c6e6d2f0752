// The very hidden `Persetujuan` sheet (docs/CONTRACT.md §"Persetujuan"): one row per approved item,
// each repeating the approval it belongs to (period, time, who, fingerprint) so that the rows of one
// Ya stay together however the sheet is filtered, and each carrying a hash that chains it to the row
// above (auditChain.ts): a row edited or removed by hand breaks the chain where it was.
import { APPROVAL_SHEET } from "./contract";
import { ApprovalItem, ItemKind } from "./approval";
import { header, NewSheet, newSheet } from "./newSheet";
import { Problem, problem } from "./problems";
import { cellText, findSheet, RowAppend, WorkbookSnapshot } from "./workbook";

export const APPROVAL_COLUMNS = [
  "Periode",
  "Waktu",
  "Disetujui Oleh",
  "Sidik Jari",
  "Jenis",
  "Kode",
  "Besaran",
  "Lembar",
  "Sel",
  "Nilai",
  "Hash",
] as const;
export const APPROVAL_HASH_COL = APPROVAL_COLUMNS.indexOf("Hash");

/** Who approved what, when; `sidikJari` is the SHA-256 of approval.ts's canonical text, hex. */
export type ApprovalHead = { periode: string; waktu: string; oleh: string; sidikJari: string };

export type StoredApproval = ApprovalHead & {
  items: ApprovalItem[];
  /** 0-based sheet rows of its items. */
  rows: number[];
};

/** A data row as the chain hashes it: every column but Hash, in APPROVAL_COLUMNS order. */
export const approvalFields = (head: ApprovalHead, i: ApprovalItem): string[] => [
  head.periode,
  head.waktu,
  head.oleh,
  head.sidikJari,
  i.jenis,
  i.kode,
  i.besaran,
  i.lembar,
  i.sel,
  i.nilai,
];

export function approvalSheet(): NewSheet {
  return newSheet(
    APPROVAL_SHEET,
    [header(APPROVAL_COLUMNS)],
    [16, 24, 20, 66, 9, 12, 20, 16, 7, 14, 66],
    {
      visibility: "veryHidden",
    }
  );
}

export type ApprovalSheetRead = {
  exists: boolean;
  /** Rows as the chain reads them: fields and stored hash, from the first data row down. */
  chain: { row: number; fields: string[]; hash: string }[];
  approvals: StoredApproval[];
  /** 0-based row for the next item. */
  nextRow: number;
  problems: Problem[];
};

const isKind = (s: string): s is ItemKind => s === "Angka" || s === "Masukan";

export function readApprovalSheet(book: WorkbookSnapshot): ApprovalSheetRead {
  const sheet = findSheet(book, APPROVAL_SHEET);
  if (!sheet) return { exists: false, chain: [], approvals: [], nextRow: 1, problems: [] };
  const text = (r: number, c: number) => cellText(sheet.rows[r]?.[c]?.value);
  // Ours only with our header in row 1: a sheet of that name made by someone is never read as ours.
  if (APPROVAL_COLUMNS.some((h, c) => text(0, c) !== h))
    return {
      exists: true,
      chain: [],
      approvals: [],
      nextRow: sheet.rows.length,
      problems: [
        problem({
          sheet: sheet.name,
          cell: "A1",
          severity: "error",
          text: {
            key: "approvalSheetForeign",
            params: { sheet: sheet.name, headers: [...APPROVAL_COLUMNS] },
          },
        }),
      ],
    };
  const chain: ApprovalSheetRead["chain"] = [];
  const approvals: StoredApproval[] = [];
  let last = 0;
  for (let r = 1; r < sheet.rows.length; r++) {
    const fields = APPROVAL_COLUMNS.map((_, c) => text(r, c));
    if (fields.every((f) => f === "")) continue;
    last = r;
    const hash = fields.pop() as string;
    chain.push({ row: r, fields, hash });
    const [periode, waktu, oleh, sidikJari, jenis, kode, besaran, lembar, sel, nilai] = fields;
    const item: ApprovalItem = {
      jenis: isKind(jenis) ? jenis : "Masukan",
      kode,
      besaran,
      lembar,
      sel,
      nilai,
    };
    const current = approvals[approvals.length - 1];
    if (
      current &&
      current.sidikJari === sidikJari &&
      current.waktu === waktu &&
      current.periode === periode
    ) {
      current.items.push(item);
      current.rows.push(r);
    } else approvals.push({ periode, waktu, oleh, sidikJari, items: [item], rows: [r] });
  }
  return { exists: true, chain, approvals, nextRow: last + 1, problems: [] };
}

/** The rows of one approval below the sheet's last, every cell text ("@"): a Kode `01` stays `01`. */
export function approvalAppend(nextRow: number, rows: readonly string[][]): RowAppend {
  return {
    sheet: APPROVAL_SHEET,
    row: nextRow,
    col: 0,
    values: rows.map((r) => [...r]),
    numberFormats: rows.map((r) => r.map(() => "@")),
  };
}
