// The performance report (laporan kinerja) of a period as data: letterhead, title, the table, a
// short summary and the signature block. Renderers (PDF, workbook) lay it out; none decides content.
import { PeriodDef, SETTINGS_SHEET } from "./contract";
import { Band, sortScale } from "./capaian";
import type { ReportPart } from "./messages";
import { Problem, problem } from "./problems";
import { RecapRow } from "./recap";
import { Settings } from "./settings";

export type ReportColumn = {
  header: string;
  width: number;
  align: "left" | "right" | "center";
  /** Fixed decimals for the column's numbers; without it a number prints the digits it has. */
  decimals?: number;
};

/** A table after the report's signature (reportAppendix.ts). */
export type ReportTable = {
  title: string;
  columns: ReportColumn[];
  rows: (string | number | null)[][];
};

export type Report = {
  letterhead: string[];
  title: string;
  subtitle: string;
  columns: ReportColumn[];
  /** Numbers stay numbers; renderers print them (`formatReportCell`) or keep them computable. */
  rows: (string | number | null)[][];
  summary: string[];
  signature: {
    placeDate: string;
    position: string;
    name: string;
    nip: string;
    /** Under the NIP, for a period approved and unchanged since: who approved it, when, the fingerprint. */
    approved?: string[];
  };
  /** Tables after the signature, under APPENDIX_TITLE (reportAppendix.ts); none when empty. */
  appendix?: ReportTable[];
};

export const REPORT_COLUMNS: readonly ReportColumn[] = [
  // 7 characters: a five-digit row number (10,000+ indicators) on one line.
  { header: "No", width: 7, align: "center" },
  { header: "Sasaran Strategis", width: 34, align: "left" },
  { header: "Indikator Kinerja", width: 50, align: "left" },
  { header: "Satuan", width: 12, align: "center" },
  { header: "Target", width: 13, align: "right" },
  { header: "Realisasi", width: 13, align: "right" },
  { header: "Capaian (%)", width: 13, align: "right", decimals: 2 },
  { header: "Kategori", width: 17, align: "center" },
  { header: "Keterangan", width: 30, align: "left" },
];

/** Excel keeps 15 significant digits; what a double holds beyond them is binary noise (0,1 + 0,2). */
const EXCEL_DIGITS = 15;
/** More significant digits than anyone types: a division that does not end (100 ÷ 3). */
const TYPED_DIGITS = 12;

const excelPrecision = (x: number): number => Number(x.toPrecision(EXCEL_DIGITS));

/**
 * The decimals a Target or Realisasi prints with: all it has at Excel's 15 significant digits, so a
 * typed 0,648 stays 0,648 and 12 stays 12. A figure needing more than 12 significant digits is a
 * division that does not end (Rata-rata, Rasio) and prints 4 decimals — 4 significant digits below
 * 0,001 — so 100 ÷ 3 prints 33,3333 (docs/CONTRACT.md §4, "Reports").
 */
export function figureDecimals(x: number): number {
  const y = excelPrecision(x);
  let decimals = 0;
  while (decimals < 100 && Number(y.toFixed(decimals)) !== y) decimals++;
  const magnitude = y === 0 ? 0 : Number(y.toExponential().split("e")[1]);
  const significant = magnitude + 1 + decimals;
  return significant > TYPED_DIGITS ? Math.min(decimals, Math.max(4, 3 - magnitude)) : decimals;
}

/** The decimals a number prints with in `column`; the report workbook's number format shows the same. */
export const reportDecimals = (x: number, column: ReportColumn): number =>
  column.decimals ?? figureDecimals(x);

const formats = new Map<number, Intl.NumberFormat>();
/** Indonesian notation with exactly `decimals` decimals: 1.234,648. */
export function formatDecimals(x: number, decimals: number): string {
  let format = formats.get(decimals);
  if (format === undefined) {
    format = new Intl.NumberFormat("id-ID", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formats.set(decimals, format);
  }
  return format.format(excelPrecision(x));
}

/** A cell as printed: Indonesian notation (1.234,648; Capaian 105,00); a missing figure is a dash. */
export const formatReportCell = (x: string | number | null, column: ReportColumn): string =>
  x === null ? "–" : typeof x === "number" ? formatDecimals(x, reportDecimals(x, column)) : x;

/** A Target or Realisasi in running text, with the digits the report's table prints. */
export const formatFigure = (x: number): string => formatDecimals(x, figureDecimals(x));

const longDate = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Asia/Jakarta",
});

/** The `Pengaturan` keys the report prints, by the part of the page they fill. */
export const PRINTED_SETTINGS: readonly { part: ReportPart; keys: readonly string[] }[] = [
  { part: "letterhead", keys: ["Pemerintah", "Nama Instansi", "Alamat"] },
  { part: "title", keys: ["Tahun"] },
  {
    part: "signature",
    keys: ["Kota", "Jabatan Penandatangan", "Penandatangan", "NIP Penandatangan"],
  },
];

/** One warning per part of the page that would print with a gap, naming the keys to fill in. */
export function missingSettings(settings: Settings): Problem[] {
  return PRINTED_SETTINGS.flatMap(({ part, keys }) => {
    const missing = keys.filter((k) => (settings.values[k]?.trim() ?? "") === "");
    return missing.length === 0
      ? []
      : [
          problem({
            sheet: SETTINGS_SHEET,
            cell: "A1",
            severity: "warning",
            text: { key: "settingsMissing", params: { part, keys: missing } },
          }),
        ];
  });
}

/** The office's letterhead (kop surat) from `Pengaturan`, lines left empty dropped. */
export function letterheadLines(settings: Settings): string[] {
  const v = (key: string) => settings.values[key]?.trim() ?? "";
  return [v("Pemerintah").toUpperCase(), v("Nama Instansi").toUpperCase(), v("Alamat")].filter(
    (l) => l !== ""
  );
}

export function buildReport(
  period: Pick<PeriodDef, "title">,
  rows: readonly RecapRow[],
  settings: Settings,
  today: Date
): Report {
  const v = (key: string) => settings.values[key]?.trim() ?? "";
  const year = settings.year === null ? "" : ` Tahun ${settings.year}`;
  const scaleLabels = sortScale(settings.scale).map((b: Band) => b.label);
  const counted = scaleLabels
    .map((label) => [label, rows.filter((r) => r.kategori === label).length] as const)
    .filter(([, n]) => n > 0);
  const withCapaian = rows.filter((r) => r.capaian !== null);
  const mean =
    withCapaian.length === 0
      ? null
      : withCapaian.reduce((a, r) => a + (r.capaian as number), 0) / withCapaian.length;
  const incomplete = rows.filter((r) => r.missingQuarters.length > 0).length;
  return {
    letterhead: letterheadLines(settings),
    title: `LAPORAN KINERJA ${period.title.toUpperCase()}`,
    subtitle: `${v("Nama Instansi")}${year}`.trim(),
    columns: [...REPORT_COLUMNS],
    rows: rows.map((r) => [
      String(r.no),
      r.indicator.sasaran,
      r.indicator.indikator,
      r.indicator.satuan,
      // A predicate or a range is printed as the recap sheet shows it.
      r.shown?.target ?? r.target,
      r.shown?.realisasi ?? r.realisasi,
      r.capaian,
      r.kategori ?? "–",
      r.status === "Lengkap" ? "" : r.status,
    ]),
    summary: [
      `Jumlah indikator: ${rows.length}; rata-rata capaian: ${mean === null ? "–" : `${formatDecimals(mean, 2)} %`}.`,
      counted.length > 0
        ? `Kategori: ${counted.map(([label, n]) => `${label} ${n}`).join(", ")}.`
        : "",
      incomplete > 0
        ? `${incomplete} indikator belum lengkap dilaporkan.`
        : "Semua indikator lengkap dilaporkan.",
    ].filter((l) => l !== ""),
    signature: {
      placeDate: [v("Kota"), longDate.format(today)].filter((p) => p !== "").join(", "),
      position: v("Jabatan Penandatangan"),
      name: v("Penandatangan"),
      nip: v("NIP Penandatangan") ? `NIP. ${v("NIP Penandatangan")}` : "",
    },
  };
}

/** The fingerprint's first characters, as the signature block prints them. */
export const FINGERPRINT_SHOWN = 12;

const approvalTime = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Asia/Jakarta",
});

export type ApprovalShown = { by: string; at: Date | null; fingerprint: string };

/** Who approved, when, and the fingerprint's first characters: the report and the LKjIP draft alike. */
export function approvalLines(approval: ApprovalShown): string[] {
  const when = approval.at === null ? "" : ` pada ${approvalTime.format(approval.at)} WIB`;
  return [
    `Disetujui oleh ${approval.by}${when}`,
    `Sidik jari: ${approval.fingerprint.slice(0, FINGERPRINT_SHOWN)}`,
  ];
}

/** The report of a period approved and unchanged since (src/app/approvals.ts says which). */
export function withApproval(report: Report, approval: ApprovalShown): Report {
  return { ...report, signature: { ...report.signature, approved: approvalLines(approval) } };
}
