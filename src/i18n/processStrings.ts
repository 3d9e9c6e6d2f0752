// The pane's words for the SOP beyond the recap — step tracker, the Kasubag's decision and the report
// export — Indonesian first, English available; strings.ts nests them as `sop`, `decision`, `report`.

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
  recorded: (no: number, periode: string, minutes: number, over: boolean) =>
    `Langkah ${no} ${periode} dicatat: ${minutes} menit, ${over ? "melebihi waktu baku" : "sesuai waktu baku"}.`,
  refused: (n: number) => `Tidak dicatat: ${n} masalah —`,
  recentTitle: "Catatan terakhir",
  recentNone: "Belum ada langkah yang dicatat.",
  stepPeriode: (no: number | null, periode: string) => `Langkah ${no ?? "?"} · ${periode}`,
  duration: (minutes: number | null, standard: string) =>
    `${minutes === null ? "–" : `${minutes} menit`} (baku ${standard || "–"})`,
  over: "melebihi waktu baku",
  sheetProblems: "Masalah lembar SOP / Tahapan SOP",
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
  recorded: (no, periode, minutes, over) =>
    `Step ${no} ${periode} recorded: ${minutes} minutes, ${over ? "over the standard time" : "within the standard time"}.`,
  refused: (n) => `Not recorded: ${n} problems —`,
  recentTitle: "Latest records",
  recentNone: "No step recorded yet.",
  stepPeriode: (no, periode) => `Step ${no ?? "?"} · ${periode}`,
  duration: (minutes, standard) =>
    `${minutes === null ? "–" : `${minutes} min`} (standard ${standard || "–"})`,
  over: "over standard time",
  sheetProblems: "Problems in SOP / Tahapan SOP",
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
};

export const PROCESS_STRINGS = {
  id: { sop: idSop, decision: idDecision, report: idReport },
  en: { sop: enSop, decision: enDecision, report: enReport },
};
