// The pane's words for "Bantuan" and its Excel compatibility self-test, Indonesian first, English
// available; strings.ts nests them as `selfTest`.
import type { SelfTestCheckId, SelfTestResult } from "../app/ports";

type Status = SelfTestResult["status"];

const id = {
  helpTitle: "Bantuan",
  intro:
    "Periksa apakah Excel ini menjalankan semua yang dipakai add-in. Sebuah lembar uji tersembunyi dibuat sebentar lalu dihapus; isi buku kerja Anda tidak diubah.",
  run: "Periksa kecocokan Excel",
  running: "Memeriksa kecocokan Excel…",
  resultsTitle: "Hasil pemeriksaan",
  checks: {
    sheet: "Lembar uji sementara, sangat tersembunyi",
    broadcastFormula: "Satu rumus untuk seluruh rentang",
    broadcastR1C1: "Rumus R1C1 dan format angka untuk seluruh rentang",
    textKode: 'Kode berformat Teks tetap "01"',
    conditionalFormat: "Format bersyarat (warna Kategori)",
    dataValidation: "Validasi data (daftar pilihan)",
    chart: "Grafik dari rentang data",
    windowedRead: "Membaca rentang per bagian baris",
    dateSystem: "Sistem tanggal buku kerja (1900/1904) terbaca",
    protection: "Proteksi lembar dipasang dan dilepas",
    cleanup: "Lembar uji dihapus",
  } satisfies Record<SelfTestCheckId, string>,
  status: { pass: "lulus", fail: "gagal", skipped: "dilewati" } satisfies Record<Status, string>,
  mismatch: (what: string, expected: string, actual: string) =>
    `${what}: terbaca ${actual}, seharusnya ${expected}`,
  error: (code: string, message: string) => `${code || "Galat"}: ${message}`,
  allPassed: (n: number) =>
    `Semua ${n} pemeriksaan lulus: Excel ini menjalankan semua yang dipakai add-in.`,
  someFailed: (failed: number, total: number) =>
    `${failed} dari ${total} pemeriksaan gagal. Salin laporannya dan kirimkan ke pengelola add-in.`,
  totals: (passed: number, failed: number, skipped: number) =>
    `${passed} lulus, ${failed} gagal, ${skipped} dilewati`,
  diagnostics: (host: string, platform: string, version: string) =>
    `Host: ${host} · Platform: ${platform} · Versi: ${version}`,
  noDiagnostics: "Info Office tidak tersedia (panel dibuka di luar Office)",
  excelApi: (version: string | null) => `ExcelApi: ${version ?? "tidak diketahui"}`,
  browser: (userAgent: string) => `Peramban: ${userAgent}`,
  sheetName: (name: string) => `Lembar uji: ${name}`,
  leftBehind: (name: string) =>
    `Lembar uji ${name} tidak dapat dihapus oleh add-in. Hapus sendiri lembar itu (klik kanan tab lembar → Hapus).`,
  reportTitle: "Rekap Kinerja — uji kecocokan Excel",
  copy: "Salin",
  copied: "Laporan disalin.",
  copyUnavailable:
    "Tidak dapat menyalin otomatis di sini. Pilih teks laporan di bawah lalu salin (Ctrl+C atau ⌘C).",
  reportLabel: "Teks laporan",
};

const en: typeof id = {
  helpTitle: "Help",
  intro:
    "Check whether this Excel runs everything the add-in uses. A hidden test sheet is added for a moment and deleted; your workbook's content is not changed.",
  run: "Check Excel compatibility",
  running: "Checking Excel compatibility…",
  resultsTitle: "Check results",
  checks: {
    sheet: "Temporary test sheet, very hidden",
    broadcastFormula: "One formula for a whole range",
    broadcastR1C1: "R1C1 formula and number format for a whole range",
    textKode: 'A Text-formatted Kode stays "01"',
    conditionalFormat: "Conditional format (Kategori colours)",
    dataValidation: "Data validation (dropdown list)",
    chart: "Chart from a data range",
    windowedRead: "Reading a range in row windows",
    dateSystem: "The workbook's date system (1900/1904) is read",
    protection: "Sheet protection on and off",
    cleanup: "Test sheet deleted",
  },
  status: { pass: "passed", fail: "failed", skipped: "skipped" },
  mismatch: (what, expected, actual) => `${what}: read back ${actual}, expected ${expected}`,
  error: (code, message) => `${code || "Error"}: ${message}`,
  allPassed: (n) => `All ${n} checks passed: this Excel runs everything the add-in uses.`,
  someFailed: (failed, total) =>
    `${failed} of ${total} checks failed. Copy the report and send it to whoever maintains the add-in.`,
  totals: (passed, failed, skipped) => `${passed} passed, ${failed} failed, ${skipped} skipped`,
  diagnostics: (host, platform, version) =>
    `Host: ${host} · Platform: ${platform} · Version: ${version}`,
  noDiagnostics: "Office information not available (pane opened outside Office)",
  excelApi: (version) => `ExcelApi: ${version ?? "unknown"}`,
  browser: (userAgent) => `Browser: ${userAgent}`,
  sheetName: (name) => `Test sheet: ${name}`,
  leftBehind: (name) =>
    `The add-in could not delete the test sheet ${name}. Delete it yourself (right-click its tab → Delete).`,
  reportTitle: "Rekap Kinerja — Excel compatibility check",
  copy: "Copy",
  copied: "Report copied.",
  copyUnavailable:
    "Copying is not available here. Select the report text below and copy it (Ctrl+C or ⌘C).",
  reportLabel: "Report text",
};

export const SELF_TEST_STRINGS = { id: { selfTest: id }, en: { selfTest: en } };
