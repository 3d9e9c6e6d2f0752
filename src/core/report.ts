// The performance report (laporan kinerja) of a period as data: letterhead, title, the table, a
// short summary and the signature block. Renderers (PDF, workbook) lay it out; none decides content.
import { PeriodDef, SETTINGS_SHEET } from "./contract";
import { Band, sortScale } from "./capaian";
import { Problem } from "./problems";
import { RecapRow } from "./recap";
import { Settings } from "./settings";

export type ReportColumn = { header: string; width: number; align: "left" | "right" | "center" };

export type Report = {
  letterhead: string[];
  title: string;
  subtitle: string;
  columns: ReportColumn[];
  /** Numbers stay numbers; renderers format them (`formatReportNumber`) or keep them computable. */
  rows: (string | number | null)[][];
  summary: string[];
  signature: { placeDate: string; position: string; name: string; nip: string };
};

export const REPORT_COLUMNS: readonly ReportColumn[] = [
  // 7 characters: a five-digit row number (10,000+ indicators) on one line.
  { header: "No", width: 7, align: "center" },
  { header: "Sasaran Strategis", width: 34, align: "left" },
  { header: "Indikator Kinerja", width: 50, align: "left" },
  { header: "Satuan", width: 12, align: "center" },
  { header: "Target", width: 13, align: "right" },
  { header: "Realisasi", width: 13, align: "right" },
  { header: "Capaian (%)", width: 13, align: "right" },
  { header: "Kategori", width: 17, align: "center" },
  { header: "Keterangan", width: 30, align: "left" },
];

const number = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
/** Indonesian notation: 1.234,56; a missing figure is a dash. */
export const formatReportCell = (x: string | number | null): string =>
  x === null ? "–" : typeof x === "number" ? number.format(x) : x;
const longDate = new Intl.DateTimeFormat("id-ID", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Asia/Jakarta",
});

/** The `Pengaturan` keys the report prints, by the part of the page they fill. */
export const PRINTED_SETTINGS: readonly { part: string; keys: readonly string[] }[] = [
  { part: "kop surat", keys: ["Pemerintah", "Nama Instansi", "Alamat"] },
  { part: "judul", keys: ["Tahun"] },
  {
    part: "tanda tangan",
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
          {
            sheet: SETTINGS_SHEET,
            cell: "A1",
            severity: "warning" as const,
            message: `${part} laporan tanpa ${missing.join(", ")} — isi ${missing.length > 1 ? "kunci-kunci" : "kunci"} ini (kolom Kunci/Nilai) agar tercetak`,
          },
        ];
  });
}

export function buildReport(
  period: PeriodDef,
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
    letterhead: [
      v("Pemerintah").toUpperCase(),
      v("Nama Instansi").toUpperCase(),
      v("Alamat"),
    ].filter((l) => l !== ""),
    title: `LAPORAN KINERJA ${period.title.toUpperCase()}`,
    subtitle: `${v("Nama Instansi")}${year}`.trim(),
    columns: [...REPORT_COLUMNS],
    rows: rows.map((r) => [
      String(r.no),
      r.indicator.sasaran,
      r.indicator.indikator,
      r.indicator.satuan,
      r.target,
      r.realisasi === null ? null : Math.round(r.realisasi * 100) / 100,
      r.capaian,
      r.kategori ?? "–",
      r.status === "Lengkap" ? "" : r.status,
    ]),
    summary: [
      `Jumlah indikator: ${rows.length}; rata-rata capaian: ${mean === null ? "–" : `${number.format(mean)} %`}.`,
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
