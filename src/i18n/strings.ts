// Every word the pane and the ribbon show, Indonesian first (the users' language) and English. The
// core's problem messages have their own catalog (src/core/messages); `lang` says which to render.
import type { HostErrorKind } from "../app/ports";
import type { Lang } from "../core/messages";
import { DISTRIBUTE_STRINGS } from "./distributeStrings";
import { PROCESS_STRINGS } from "./processStrings";
import { RIWAYAT_STRINGS } from "./riwayatStrings";
import { SELF_TEST_STRINGS } from "./selfTestStrings";

const id = {
  lang: "id" as Language,
  title: "Rekap Kinerja",
  tagline: "Data kinerja triwulan → rekap semester dan tahunan",
  loading: "Membaca buku kerja…",
  notInExcel: "Panel ini bekerja di dalam Excel. Buka dari tab Beranda → Rekap Kinerja.",
  refresh: "Muat ulang",
  working: "Sedang bekerja…",
  dismiss: "Tutup pesan",

  overviewTitle: "Ringkasan triwulan",
  colQuarter: "Lembar",
  colReported: "Dilaporkan",
  colProblems: "Masalah",
  colToDate: "Capaian s.d. TW (rata-rata)",
  sheetMissing: "belum ada",
  indicators: (n: number) => `${n} indikator di Perjanjian Kinerja`,
  pkUnreadable: "Perjanjian Kinerja belum dapat dibaca — lihat masalah di bawah.",

  setup: "Siapkan buku kerja",
  setupRunning: "Menyiapkan buku kerja…",
  setupDone: (sheets: string[], prefilled: number) =>
    `Lembar dibuat: ${sheets.join(", ")}.${prefilled > 0 ? ` ${prefilled} indikator diisikan ke lembar triwulan.` : ""}`,
  setupNothing: "Semua lembar sudah ada — tidak ada yang diubah.",

  recapTitle: "Rekap",
  recap: {
    semester1: "Rekap Semester I",
    semester2: "Rekap Semester II",
    tahunan: "Rekap Tahunan",
    triwulan: "Capaian Triwulan (s.d. TW)",
  },
  recapRunning: (what: string) => `${what} sedang disusun…`,
  recapDone: (sheets: string[], n: number) =>
    `Rekap ${sheets.join(", ")} selesai: ${n} indikator, dengan rumus yang tetap hidup.`,
  recapWarnings: (n: number) => `${n} peringatan — lihat daftar di bawah.`,
  recapBlocked: (n: number) =>
    `Rekap dibatalkan: ${n} masalah harus diperbaiki dulu. Tidak ada yang ditulis.`,

  fixButton: (n: number) => `Perbaiki angka (${n})`,
  fixTitle: "Perbaiki angka?",
  fixIntro: (n: number) =>
    `${n} sel berisi angka yang tersimpan sebagai teks atau sebagai persen. Sel-sel ini ditulis ulang sebagai angka biasa; sel lain tidak disentuh.`,
  fixConfirm: "Perbaiki",
  cancel: "Batal",
  fixRunning: "Memperbaiki angka…",
  fixDone: (applied: number, skipped: number) =>
    `${applied} sel diperbaiki.${skipped > 0 ? ` ${skipped} sel sudah berubah sejak ditampilkan dan dibiarkan.` : ""}`,
  fixNothing: "Tidak ada angka yang perlu diperbaiki.",

  problemsTitle: (n: number) => `Masalah (${n})`,
  problemsNone: "Tidak ada masalah. Buku kerja siap direkap.",
  problemsMore: (n: number) => `…dan ${n} masalah lainnya.`,
  warning: "peringatan",
  fixable: "dapat diperbaiki",
  goTo: (ref: string) => `Pilih sel ${ref}`,

  errors: {
    cellEditMode:
      "Excel sedang dalam mode edit sel. Tekan Enter atau Esc di sel itu, lalu coba lagi.",
    itemNotFound:
      "Lembar atau sel yang dicari tidak ada (mungkin baru diganti nama atau dihapus). Muat ulang lalu coba lagi.",
    accessDenied:
      "Lembar diproteksi, jadi Excel menolak perubahan. Buka proteksinya (Tinjau → Buka Proteksi Lembar), lalu coba lagi.",
    payloadTooLarge:
      "Buku kerja ini terlalu besar untuk satu permintaan Excel di web. Coba di Excel desktop, atau rekap satu periode saja.",
    apiNotSupported:
      "Versi Excel ini belum mendukung fitur yang dibutuhkan. Perbarui Excel atau pakai Excel di web.",
    notInExcel: "Excel tidak tersedia. Buka panel ini dari dalam Excel.",
    busy: "Excel sedang sibuk. Tunggu sebentar lalu coba lagi.",
    unknown: "Terjadi galat tak terduga.",
  } satisfies Record<HostErrorKind, string>,
  errorCode: (code: string) => `Kode galat Excel: ${code}`,
  close: "Tutup",
  ...PROCESS_STRINGS.id,
  ...DISTRIBUTE_STRINGS.id,
  ...RIWAYAT_STRINGS.id,
  ...SELF_TEST_STRINGS.id,
};

export type Strings = typeof id;

const en: Strings = {
  lang: "en",
  title: "Rekap Kinerja",
  tagline: "Quarterly performance data → semester and annual recaps",
  loading: "Reading the workbook…",
  notInExcel: "This pane works inside Excel. Open it from Home → Rekap Kinerja.",
  refresh: "Refresh",
  working: "Working…",
  dismiss: "Dismiss message",

  overviewTitle: "Quarter overview",
  colQuarter: "Sheet",
  colReported: "Reported",
  colProblems: "Problems",
  colToDate: "Achievement to date (mean)",
  sheetMissing: "missing",
  indicators: (n) => `${n} indicators in Perjanjian Kinerja`,
  pkUnreadable: "Perjanjian Kinerja cannot be read yet — see the problems below.",

  setup: "Set up workbook",
  setupRunning: "Setting up the workbook…",
  setupDone: (sheets, prefilled) =>
    `Sheets created: ${sheets.join(", ")}.${prefilled > 0 ? ` ${prefilled} indicators filled into the quarter sheets.` : ""}`,
  setupNothing: "Every sheet is already there — nothing changed.",

  recapTitle: "Recap",
  recap: {
    semester1: "Recap Semester I",
    semester2: "Recap Semester II",
    tahunan: "Recap Tahunan (annual)",
    triwulan: "Capaian Triwulan (to date)",
  },
  recapRunning: (what) => `${what} in progress…`,
  recapDone: (sheets, n) =>
    `Recap of ${sheets.join(", ")} done: ${n} indicators, as live formulas.`,
  recapWarnings: (n) => `${n} warnings — see the list below.`,
  recapBlocked: (n) => `Recap cancelled: fix ${n} problems first. Nothing was written.`,

  fixButton: (n) => `Fix numbers (${n})`,
  fixTitle: "Fix numbers?",
  fixIntro: (n) =>
    `${n} cells hold a number stored as text or as a percentage. They are rewritten as plain numbers; no other cell is touched.`,
  fixConfirm: "Fix",
  cancel: "Cancel",
  fixRunning: "Fixing numbers…",
  fixDone: (applied, skipped) =>
    `${applied} cells fixed.${skipped > 0 ? ` ${skipped} cells changed since they were shown and were left alone.` : ""}`,
  fixNothing: "No number needs fixing.",

  problemsTitle: (n) => `Problems (${n})`,
  problemsNone: "No problems. The workbook is ready for a recap.",
  problemsMore: (n) => `…and ${n} more problems.`,
  warning: "warning",
  fixable: "fixable",
  goTo: (ref) => `Select cell ${ref}`,

  errors: {
    cellEditMode: "Excel is in cell-edit mode. Press Enter or Esc in that cell, then try again.",
    itemNotFound: "The sheet or cell is not there (renamed or deleted?). Refresh and try again.",
    accessDenied:
      "The sheet is protected, so Excel refused the change. Unprotect it (Review → Unprotect Sheet) and try again.",
    payloadTooLarge:
      "This workbook is too large for one request of Excel on the web. Try Excel desktop, or recap one period at a time.",
    apiNotSupported:
      "This version of Excel lacks a feature the add-in needs. Update Excel or use Excel on the web.",
    notInExcel: "Excel is not available. Open this pane from inside Excel.",
    busy: "Excel is busy. Wait a moment and try again.",
    unknown: "An unexpected error occurred.",
  },
  errorCode: (code) => `Excel error code: ${code}`,
  close: "Close",
  ...PROCESS_STRINGS.en,
  ...DISTRIBUTE_STRINGS.en,
  ...RIWAYAT_STRINGS.en,
  ...SELF_TEST_STRINGS.en,
};

export type Language = Lang;
export const STRINGS: Record<Language, Strings> = { id, en };

/** English only for an English Office; Indonesian otherwise, including outside Office. */
export function pickLanguage(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith("en") ? "en" : "id";
}
