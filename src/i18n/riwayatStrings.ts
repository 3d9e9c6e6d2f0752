// The pane's words for "Ambil data tahun lalu": previous years' workbooks into the Riwayat sheet.
// strings.ts nests them as `riwayat`; riwayatMessage.ts puts an outcome into one message.

const id = {
  title: "Riwayat tahun lalu",
  intro:
    "Pilih buku kerja Rekap Kinerja tahun-tahun sebelumnya. Angka Tahunan-nya disalin ke lembar Riwayat per Kode; tahun yang diambil lagi diganti, tahun lain tetap.",
  button: "Ambil data tahun lalu",
  reading: "Membaca buku kerja tahun lalu…",
  running: "Menulis lembar Riwayat…",
  unreadable: (file: string, reason: string) => `${file} tidak dapat dibaca: ${reason}`,
  year: (tahun: number, file: string, n: number) => `Tahun ${tahun} (${file}): ${n} indikator`,
  done: (years: readonly string[], rows: number) =>
    `Riwayat ditulis, ${rows} baris — ${years.join("; ")}.`,
  dropped: (kodes: readonly string[]) =>
    `Tidak ada di Perjanjian Kinerja tahun ini, tidak diambil: ${kodes.join(", ")}.`,
  pending: (n: number) => `${n} Kode menunggu konfirmasi — lihat di bawah.`,
  refused: (n: number) => `Riwayat tidak ditulis: ${n} masalah harus diperbaiki dulu —`,
  fileRefused: (file: string) => `${file} tidak diambil:`,
  confirmTitle: "Indikator yang namanya berubah",
  confirmIntro:
    "Kode ini bernama lain di buku kerja tahun lalu. Centang yang memang indikator yang sama, lalu ambil lagi.",
  confirmItem: (kode: string, tahun: number, was: string, now: string) =>
    `${kode} (${tahun}): "${was}" → "${now}"`,
  confirmButton: "Ambil yang dicentang",
};

const en: typeof id = {
  title: "Previous years",
  intro:
    "Choose Rekap Kinerja workbooks of earlier years. Their Tahunan figures are copied into the Riwayat sheet by Kode; a year taken again is replaced, other years stay.",
  button: "Take last year's data",
  reading: "Reading last year's workbooks…",
  running: "Writing the Riwayat sheet…",
  unreadable: (file, reason) => `${file} cannot be read: ${reason}`,
  year: (tahun, file, n) => `Tahun ${tahun} (${file}): ${n} indicators`,
  done: (years, rows) => `Riwayat written, ${rows} rows — ${years.join("; ")}.`,
  dropped: (kodes) => `Not in this year's Perjanjian Kinerja, not taken: ${kodes.join(", ")}.`,
  pending: (n) => `${n} Kodes await confirmation — see below.`,
  refused: (n) => `Riwayat not written: fix ${n} problems first —`,
  fileRefused: (file) => `${file} not taken:`,
  confirmTitle: "Indicators whose name changed",
  confirmIntro:
    "These Kodes had another name in last year's workbook. Tick those that are the same indicator, then take them again.",
  confirmItem: (kode, tahun, was, now) => `${kode} (${tahun}): "${was}" → "${now}"`,
  confirmButton: "Take the ticked ones",
};

export const RIWAYAT_STRINGS = { id: { riwayat: id }, en: { riwayat: en } };
