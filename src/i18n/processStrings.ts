// The pane's words for the SOP beyond the recap — step tracker, the Kasubag's decision and the report
// export — Indonesian first, English available; strings.ts nests them as `sop`, `decision`, `report`.
import type { PeriodState } from "../core/periodState";
import type { Satuan } from "../core/workingTime";

/** `1,5 hari`: a duration in its unit, Indonesian decimal comma. */
const idAmount = (n: number, unit: Satuan): string =>
  `${String(n).replace(".", ",")} ${unit.toLowerCase()}`;
const EN_UNIT: Record<Satuan, string> = { Menit: "min", Jam: "h", Hari: "days" };
const enAmount = (n: number, unit: Satuan): string => `${n} ${EN_UNIT[unit]}`;
const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;
type Median = { amount: number; unit: Satuan; standard: string } | null;

const idSop = {
  title: "Tahapan SOP",
  nameLabel: "Nama Anda",
  nameHint: "Dicatat di Tahapan SOP dan Log. Disimpan di browser ini, bukan di buku kerja.",
  nameNotSaved:
    "Browser ini tidak mengizinkan penyimpanan: nama dan langkah yang berjalan hanya diingat selama panel terbuka.",
  nameNeeded: "Isi nama Anda dulu.",
  stepLabel: "Langkah",
  periodLabel: "Periode",
  start: "Mulai",
  finish: "Selesai",
  discard: "Batalkan",
  started: (no: number, periode: string, time: string) =>
    `Langkah ${no} (${periode}) berjalan sejak ${time}.`,
  recording: "Mencatat langkah…",
  recorded: (no: number, periode: string, amount: number, unit: Satuan, over: boolean) =>
    `Langkah ${no} ${periode} dicatat: ${idAmount(amount, unit)}, ${over ? "melebihi waktu baku" : "sesuai waktu baku"}.`,
  refused: (n: number) => `Tidak dicatat: ${n} masalah —`,
  recentTitle: "Catatan terakhir",
  recentNone: "Belum ada langkah yang dicatat.",
  stepPeriode: (no: number | null, periode: string) => `Langkah ${no ?? "?"} · ${periode}`,
  duration: (amount: number | null, unit: Satuan, standard: string) =>
    `${amount === null ? "–" : idAmount(amount, unit)} (baku ${standard || "–"})`,
  over: "melebihi waktu baku",
  sheetProblems: "Masalah lembar SOP / Tahapan SOP",
  timelinessTitle: "Ketepatan waktu",
  byStep: "Per langkah",
  byName: "Per pelaksana",
  counts: (done: number, onTime: number, late: number) =>
    `${done} selesai, ${onTime} tepat waktu, ${late} terlambat`,
  median: (percent: number | null, median: Median) =>
    median
      ? `median ${idAmount(round(median.amount, 2), median.unit)} (baku ${median.standard})`
      : percent === null
        ? ""
        : `median ${String(round(percent, 0))} % waktu baku`,
};

const enSop: typeof idSop = {
  title: "SOP steps",
  nameLabel: "Your name",
  nameHint: "Recorded in Tahapan SOP and the Log. Kept in this browser, not in the workbook.",
  nameNotSaved:
    "This browser allows no storage: your name and a started step are remembered only while the pane is open.",
  nameNeeded: "Enter your name first.",
  stepLabel: "Step",
  periodLabel: "Period",
  start: "Start",
  finish: "Finish",
  discard: "Discard",
  started: (no, periode, time) => `Step ${no} (${periode}) running since ${time}.`,
  recording: "Recording the step…",
  recorded: (no, periode, amount, unit, over) =>
    `Step ${no} ${periode} recorded: ${enAmount(amount, unit)}, ${over ? "over the standard time" : "within the standard time"}.`,
  refused: (n) => `Not recorded: ${n} problems —`,
  recentTitle: "Latest records",
  recentNone: "No step recorded yet.",
  stepPeriode: (no, periode) => `Step ${no ?? "?"} · ${periode}`,
  duration: (amount, unit, standard) =>
    `${amount === null ? "–" : enAmount(amount, unit)} (standard ${standard || "–"})`,
  over: "over standard time",
  sheetProblems: "Problems in SOP / Tahapan SOP",
  timelinessTitle: "Timeliness",
  byStep: "By step",
  byName: "By executor",
  counts: (done, onTime, late) => `${done} done, ${onTime} on time, ${late} late`,
  median: (percent, median) =>
    median
      ? `median ${enAmount(round(median.amount, 2), median.unit)} (standard ${median.standard})`
      : percent === null
        ? ""
        : `median ${round(percent, 0)} % of standard`,
};

const idDecision = {
  title: "Keputusan Kasubag",
  none: "Belum diputuskan",
  ya: "Disetujui (Ya)",
  tidak: "Dikembalikan (Tidak)",
  by: (nama: string, when: string) => `oleh ${nama}${when ? `, ${when}` : ""}`,
  approve: "Setujui (Ya)",
  giveBack: "Kembalikan (Tidak)",
  approveTitle: (periode: string) => `Setujui laporan ${periode}?`,
  approveIntro:
    "Rekap periode ini diperiksa dulu: harus ada, sesuai Perjanjian Kinerja dan tanpa masalah. Keputusan Ya dicatat di Tahapan SOP (langkah 7) atas nama Anda.",
  returnTitle: (periode: string) => `Kembalikan laporan ${periode}?`,
  returnIntro:
    "Laporan kembali ke langkah 4 untuk diperbaiki. Keputusan Tidak dicatat di Tahapan SOP (langkah 7) atas nama Anda.",
  noteLabel: "Apa yang harus diperbaiki",
  noteRequired: "Catatan wajib diisi.",
  confirmApprove: "Setujui",
  confirmReturn: "Kembalikan",
  running: "Mencatat keputusan…",
  done: (periode: string, keputusan: string) =>
    `Keputusan ${keputusan} untuk ${periode} dicatat di Tahapan SOP.`,
  refused: (n: number) => `Keputusan tidak dicatat: ${n} masalah —`,
  state: {
    Draf: "Draf",
    Diajukan: "Diajukan",
    Disetujui: "Disetujui",
    Dikembalikan: "Dikembalikan",
  } as Record<PeriodState, string>,
  changed: "berubah sejak disetujui",
  fingerprint: (fp: string) => `Sidik jari ${fp}`,
  submit: "Ajukan",
  submitting: "Mengajukan…",
  submitted: (periode: string) => `Laporan ${periode} diajukan ke Kasubag Perencanaan.`,
  notKasubag: (kasubag: string) =>
    `Di Pengaturan, Kasubag Perencanaan adalah ${kasubag}. Keputusan oleh orang lain dicatat demikian di Log.`,
  notKasubagConfirm: "Saya memutuskan atas nama Kasubag Perencanaan",
};

const enDecision: typeof idDecision = {
  title: "Kasubag's decision",
  none: "Not decided",
  ya: "Approved (Ya)",
  tidak: "Returned (Tidak)",
  by: (nama, when) => `by ${nama}${when ? `, ${when}` : ""}`,
  approve: "Approve (Ya)",
  giveBack: "Return (Tidak)",
  approveTitle: (periode) => `Approve the ${periode} report?`,
  approveIntro:
    "The period's recap is checked first: it must exist, match the Perjanjian Kinerja and have no problems. The decision Ya is recorded in Tahapan SOP (step 7) under your name.",
  returnTitle: (periode) => `Return the ${periode} report?`,
  returnIntro:
    "The report goes back to step 4 for correction. The decision Tidak is recorded in Tahapan SOP (step 7) under your name.",
  noteLabel: "What must be corrected",
  noteRequired: "A note is required.",
  confirmApprove: "Approve",
  confirmReturn: "Return",
  running: "Recording the decision…",
  done: (periode, keputusan) => `Decision ${keputusan} for ${periode} recorded in Tahapan SOP.`,
  refused: (n) => `Decision not recorded: ${n} problems —`,
  state: {
    Draf: "Draft",
    Diajukan: "Submitted",
    Disetujui: "Approved",
    Dikembalikan: "Returned",
  },
  changed: "changed since approval",
  fingerprint: (fp) => `Fingerprint ${fp}`,
  submit: "Submit",
  submitting: "Submitting…",
  submitted: (periode) => `The ${periode} report was submitted to the Kasubag Perencanaan.`,
  notKasubag: (kasubag) =>
    `Pengaturan names ${kasubag} as Kasubag Perencanaan. A decision by someone else is logged as such.`,
  notKasubagConfirm: "I decide on behalf of the Kasubag Perencanaan",
};

const idReport = {
  title: "Laporan",
  periodLabel: "Periode laporan",
  workbook: "Buat laporan (buku kerja)",
  pdf: "Unduh PDF",
  building: "Menyusun laporan…",
  opened: (periode: string) => `Laporan ${periode} dibuka sebagai buku kerja baru.`,
  noNewWorkbook:
    "Excel ini tidak dapat membuka buku kerja baru dari add-in (perlu ExcelApi 1.8, mis. Excel 2016 lama); berkasnya diunduh sebagai gantinya.",
  downloaded: (file: string) =>
    `${file} dibuat. Jika unduhan tidak muncul (Excel desktop dapat memblokir unduhan dari panel), buka panel ini di Excel di web atau jalankan "rekap-kinerja export" di komputer.`,
  refused: (n: number) => `Laporan tidak dibuat: ${n} masalah harus diperbaiki dulu —`,
  changedTitle: "Angka berubah sejak disetujui",
  changedIntro:
    "Periode ini sudah disetujui, tetapi angkanya berubah sesudah itu (lihat daftar di Keputusan Kasubag). Laporan dapat tetap dibuat, tanpa tanda persetujuan; sebaiknya ajukan lagi dan mintalah persetujuan baru.",
  changedConfirm: "Tetap buat tanpa persetujuan",
  lkjip: "Draf LKjIP (Word)",
  lkjipBuilding: "Menyusun draf LKjIP…",
  lkjipDownloaded: (file: string) =>
    `${file} dibuat: Bab III A LKjIP dengan bagian [Diisi: …] yang harus ditulis. Jika unduhan tidak muncul (Excel desktop dapat memblokir unduhan dari panel), buka panel ini di Excel di web atau jalankan "rekap-kinerja lkjip" di komputer.`,
  lkjipRefused: (n: number) => `Draf LKjIP tidak dibuat: ${n} masalah harus diperbaiki dulu —`,
  lkjipWarnings: (n: number) => `${n} peringatan:`,
};

const enReport: typeof idReport = {
  title: "Report",
  periodLabel: "Report period",
  workbook: "Build report (workbook)",
  pdf: "Download PDF",
  building: "Building the report…",
  opened: (periode) => `The ${periode} report opened as a new workbook.`,
  noNewWorkbook:
    "This Excel cannot open a new workbook from an add-in (it needs ExcelApi 1.8); the file was downloaded instead.",
  downloaded: (file) =>
    `${file} created. If no download appears (Excel desktop may block downloads from a pane), open this pane in Excel on the web or run "rekap-kinerja export" on a computer.`,
  refused: (n) => `No report: fix ${n} problems first —`,
  changedTitle: "Figures changed since approval",
  changedIntro:
    "This period was approved, but its figures changed afterwards (see the list under the Kasubag's decision). The report can still be built, without the approval mark; better submit it again for a new approval.",
  changedConfirm: "Build it without approval",
  lkjip: "LKjIP draft (Word)",
  lkjipBuilding: "Drafting the LKjIP…",
  lkjipDownloaded: (file) =>
    `${file} created: LKjIP chapter III A, with [Diisi: …] parts left for you to write. If no download appears (Excel desktop may block downloads from a pane), open this pane in Excel on the web or run "rekap-kinerja lkjip" on a computer.`,
  lkjipRefused: (n) => `No LKjIP draft: fix ${n} problems first —`,
  lkjipWarnings: (n) => `${n} warnings:`,
};

export const PROCESS_STRINGS = {
  id: { sop: idSop, decision: idDecision, report: idReport },
  en: { sop: enSop, decision: enDecision, report: enReport },
};
