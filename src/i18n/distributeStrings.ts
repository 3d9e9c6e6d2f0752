// The pane's words for "Bagikan ke bidang": one workbook per Penanggung Jawab, downloaded as one .zip.
// strings.ts nests them as `distribute`.

const id = {
  title: "Bagikan ke bidang",
  intro:
    "Satu buku kerja per Penanggung Jawab, berisi baris triwulannya untuk diisi. Isian yang kembali digabung dengan rekap-kinerja merge.",
  quarterLabel: "Triwulan",
  button: "Bagikan ke bidang",
  building: "Menyusun berkas bidang…",
  downloaded: (file: string, units: readonly string[]) =>
    `${file} dibuat: ${units.length} berkas bidang (${units.join(", ")}). Jika unduhan tidak muncul (Excel desktop dapat memblokir unduhan dari panel), buka panel ini di Excel di web atau jalankan "rekap-kinerja distribute" di komputer.`,
  warnings: (n: number) => `${n} peringatan:`,
  refused: (n: number) => `Berkas bidang tidak dibuat: ${n} masalah harus diperbaiki dulu —`,
};

const en: typeof id = {
  title: "Distribute to units",
  intro:
    "One workbook per Penanggung Jawab, holding its rows of the quarter to fill in. The returned files are merged with rekap-kinerja merge.",
  quarterLabel: "Quarter",
  button: "Distribute to units",
  building: "Building the unit files…",
  downloaded: (file, units) =>
    `${file} created: ${units.length} unit files (${units.join(", ")}). If no download appears (Excel desktop may block downloads from a pane), open this pane in Excel on the web or run "rekap-kinerja distribute" on a computer.`,
  warnings: (n) => `${n} warnings:`,
  refused: (n) => `No unit files: fix ${n} problems first —`,
};

export const DISTRIBUTE_STRINGS = { id: { distribute: id }, en: { distribute: en } };
