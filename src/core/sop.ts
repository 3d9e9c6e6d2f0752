// The SOP "Pengumpulan Data Kinerja" as data (shared/sop): the seed of the `SOP` sheet and the
// standard times the step tracker compares against. The SOP numbers its steps 1–4 and 6–9 (there is
// no step 5) and the executor marks of steps 2–6 are not legible, so those executors are defaults
// that an office edits in its own `SOP` sheet.

export type Pelaksana = "Sekretaris" | "Kepala Bidang" | "Kasubag Perencanaan" | "Staf";
export const PELAKSANA: readonly Pelaksana[] = ["Sekretaris", "Kepala Bidang", "Kasubag Perencanaan", "Staf"];

export type SopStep = {
  no: number;
  kegiatan: string;
  pelaksana: Pelaksana;
  persyaratan: string;
  waktuBaku: string;
  output: string;
  keputusan: string;
};

export const SOP_COLUMNS = ["No", "Kegiatan", "Pelaksana", "Persyaratan/Kelengkapan", "Waktu Baku", "Output", "Keputusan"] as const;

export const SOP_STEPS: readonly SopStep[] = [
  { no: 1, kegiatan: "Mengumpulkan data laporan kinerja triwulan kepada subbag/seksi, OPD dan instansi terkait", pelaksana: "Sekretaris", persyaratan: "Perjanjian Kinerja, Rencana Aksi", waktuBaku: "15 Menit", output: "Disposisi", keputusan: "" },
  { no: 2, kegiatan: "Merekap laporan kinerja triwulan", pelaksana: "Staf", persyaratan: "Disposisi, Perjanjian Kinerja, Rencana Aksi", waktuBaku: "30 Menit", output: "Lembar Disposisi", keputusan: "" },
  { no: 3, kegiatan: "Mengolah data laporan kinerja triwulan", pelaksana: "Staf", persyaratan: "Disposisi, Perjanjian Kinerja, Rencana Aksi, Laporan", waktuBaku: "2 Menit", output: "Draft Laporan Kinerja", keputusan: "" },
  { no: 4, kegiatan: "Menyusun laporan kinerja triwulan", pelaksana: "Kepala Bidang", persyaratan: "Perjanjian Kinerja, Rencana Aksi, Draft Laporan Kinerja", waktuBaku: "30 Menit", output: "Draft Laporan Kinerja", keputusan: "" },
  { no: 6, kegiatan: "Merekap 2 (dua) laporan triwulan untuk menyusun laporan semester", pelaksana: "Staf", persyaratan: "Catatan Pembagian Tugas", waktuBaku: "2 Hari", output: "Disposisi", keputusan: "" },
  { no: 7, kegiatan: "Menyusun laporan semester dan laporan tahunan", pelaksana: "Kasubag Perencanaan", persyaratan: "Data Laporan Kinerja Triwulan", waktuBaku: "120 Hari", output: "Lembar Disposisi", keputusan: "Ya: lanjut ke langkah 8; Tidak: kembali ke langkah 4" },
  { no: 8, kegiatan: "Mensosialisasikan laporan semesteran", pelaksana: "Kasubag Perencanaan", persyaratan: "Hasil Koreksi Laporan Kinerja Triwulan", waktuBaku: "60 Menit", output: "Draft Laporan Kinerja", keputusan: "" },
  { no: 9, kegiatan: "Menyusun 2 (dua) laporan semesteran menjadi laporan kinerja tahunan", pelaksana: "Kasubag Perencanaan", persyaratan: "Laporan Kinerja Triwulan", waktuBaku: "15 Menit", output: "Draft Laporan Kinerja", keputusan: "" },
];

const UNIT_MINUTES: readonly { pattern: RegExp; minutes: number }[] = [
  { pattern: /^(menit|mnt|min(ute)?s?)$/, minutes: 1 },
  { pattern: /^(jam|hours?)$/, minutes: 60 },
  // A working day of the civil service (Senin–Jumat, 07.30–16.00 less rest): 8 hours.
  { pattern: /^(hari(kerja)?|days?)$/, minutes: 8 * 60 },
  { pattern: /^(minggu|pekan|weeks?)$/, minutes: 5 * 8 * 60 },
];

/** Parses a standard time such as `15 Menit`, `2 Hari`, `1,5 Jam` into working minutes. */
export function parseWaktuBaku(text: string): number | undefined {
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*([A-Za-z ]+?)\s*$/.exec(text);
  if (!m) return undefined;
  const unit = UNIT_MINUTES.find((u) => u.pattern.test(m[2].toLowerCase().replace(/\s+/g, "")));
  return unit ? Number(m[1].replace(",", ".")) * unit.minutes : undefined;
}
