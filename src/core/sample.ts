// The embedded sample: a Satpol PP office's Perjanjian Kinerja for one year, with the quarters'
// realisation. It covers every roll-up, both polarities, a zero target, one unreported quarter (IK-09
// in TW III), a yearly indicator (IK-13), a ratio per 10,000 people (IK-14), a predicate target
// (IK-15, an audit opinion) and a target range (IK-16), so the demo shows each rule of
// docs/CONTRACT.md §4 at work.
import { Agregasi, Frekuensi, Polaritas, Quarter } from "./contract";

export type SampleIndicator = {
  kode: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  /** A number, a range (`3 – 5`), or a predicate (`WTP`) when the Satuan is Predikat. */
  targetTahunan: number | string;
  quarterTargets: [SampleTarget, SampleTarget, SampleTarget, SampleTarget];
  polaritas: Polaritas;
  agregasi: Agregasi;
  /** Only where it is not Triwulanan (a workbook without the column has every indicator Triwulanan). */
  frekuensi?: Frekuensi;
  /** Only for a Rasio that is not a percentage. */
  pengali?: number;
  penanggungJawab: string;
  /** Per quarter: Realisasi (a predicate for Predikat), or [Pembilang, Penyebut] for Rasio; null = not reported. */
  realisasi: Record<Quarter, number | string | [number, number] | null>;
  unit: string;
};

type SampleTarget = number | string | null;

const TRANTIBUM = "Meningkatnya ketenteraman dan ketertiban umum";
const PERDA = "Meningkatnya penegakan Perda dan Perkada";
const LINMAS = "Meningkatnya perlindungan masyarakat";
const DAMKAR = "Meningkatnya kesiapsiagaan penanggulangan kebakaran";
const AKUNTABILITAS = "Meningkatnya akuntabilitas kinerja dan keuangan";

export const SAMPLE_SETTINGS: Record<string, string> = {
  Tahun: "2023",
  Pemerintah: "Pemerintah Kabupaten Rokan Hilir",
  "Nama Instansi": "Dinas Satuan Polisi Pamong Praja Daerah dan Perlindungan Masyarakat",
  Alamat: "Jl. Kecamatan Batu 6, Telp./Fax. (0767)",
  Kota: "Bagansiapiapi",
  Penandatangan: "H. SYAFNURIZAL, SE",
  "Jabatan Penandatangan": "Kepala Satuan",
  "NIP Penandatangan": "19690512 199603 1 003",
};

export const SAMPLE_INDICATORS: readonly SampleIndicator[] = [
  {
    kode: "IK-01",
    sasaran: PERDA,
    indikator: "Persentase penegakan Perda dan Perkada",
    satuan: "%",
    targetTahunan: 100,
    quarterTargets: [85, 90, 95, 100],
    polaritas: "Positif",
    agregasi: "Rasio",
    penanggungJawab: "Bidang Penegakan Perundang-undangan Daerah",
    realisasi: { 1: [17, 20], 2: [21, 24], 3: [19, 21], 4: [22, 23] },
    unit: "Bidang PPUD",
  },
  {
    kode: "IK-02",
    sasaran: PERDA,
    indikator: "Jumlah pelanggaran Perda yang ditindak (yustisi dan non-yustisi)",
    satuan: "Kasus",
    targetTahunan: 120,
    quarterTargets: [30, 30, 30, 30],
    polaritas: "Positif",
    agregasi: "Jumlah",
    penanggungJawab: "Bidang Penegakan Perundang-undangan Daerah",
    realisasi: { 1: 26, 2: 34, 3: 29, 4: 37 },
    unit: "Bidang PPUD",
  },
  {
    kode: "IK-03",
    sasaran: TRANTIBUM,
    indikator: "Jumlah gangguan trantibum yang ditangani",
    satuan: "Kasus",
    targetTahunan: 160,
    quarterTargets: [40, 40, 40, 40],
    polaritas: "Positif",
    agregasi: "Jumlah",
    penanggungJawab: "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
    realisasi: { 1: 38, 2: 45, 3: 41, 4: 44 },
    unit: "Bidang Tibum Tranmas",
  },
  {
    kode: "IK-04",
    sasaran: TRANTIBUM,
    indikator: "Jumlah patroli wilayah rawan gangguan trantibum",
    satuan: "Kali",
    targetTahunan: 192,
    quarterTargets: [48, 48, 48, 48],
    polaritas: "Positif",
    agregasi: "Jumlah",
    penanggungJawab: "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
    realisasi: { 1: 48, 2: 50, 3: 44, 4: 49 },
    unit: "Bidang Tibum Tranmas",
  },
  {
    kode: "IK-05",
    sasaran: TRANTIBUM,
    indikator: "Persentase pengaduan masyarakat yang ditindaklanjuti",
    satuan: "%",
    targetTahunan: 95,
    quarterTargets: [95, 95, 95, 95],
    polaritas: "Positif",
    agregasi: "Rasio",
    penanggungJawab: "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
    realisasi: { 1: [40, 42], 2: [51, 55], 3: [47, 50], 4: [0, 0] },
    unit: "Bidang Tibum Tranmas",
  },
  {
    kode: "IK-06",
    sasaran: TRANTIBUM,
    indikator: "Jumlah unjuk rasa yang berakhir ricuh",
    satuan: "Kejadian",
    targetTahunan: 0,
    quarterTargets: [0, 0, 0, 0],
    polaritas: "Negatif",
    agregasi: "Jumlah",
    penanggungJawab: "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
    realisasi: { 1: 0, 2: 0, 3: 1, 4: 0 },
    unit: "Bidang Tibum Tranmas",
  },
  {
    kode: "IK-07",
    sasaran: LINMAS,
    indikator: "Persentase anggota Linmas yang terlatih",
    satuan: "%",
    targetTahunan: 60,
    quarterTargets: [15, 30, 45, 60],
    polaritas: "Positif",
    agregasi: "Terakhir",
    penanggungJawab: "Bidang Perlindungan Masyarakat",
    realisasi: { 1: 12, 2: 31, 3: 44, 4: 58.5 },
    unit: "Bidang Linmas",
  },
  {
    kode: "IK-08",
    sasaran: LINMAS,
    indikator: "Jumlah pos Linmas yang aktif",
    satuan: "Pos",
    targetTahunan: 150,
    quarterTargets: [120, 130, 140, 150],
    polaritas: "Positif",
    agregasi: "Terakhir",
    penanggungJawab: "Bidang Perlindungan Masyarakat",
    realisasi: { 1: 118, 2: 131, 3: 139, 4: 146 },
    unit: "Bidang Linmas",
  },
  {
    kode: "IK-09",
    sasaran: PERDA,
    indikator: "Jumlah sosialisasi Perda dan Perkada kepada masyarakat",
    satuan: "Kali",
    targetTahunan: 12,
    quarterTargets: [3, 3, 3, 3],
    polaritas: "Positif",
    agregasi: "Jumlah",
    penanggungJawab: "Bidang Penegakan Perundang-undangan Daerah",
    realisasi: { 1: 3, 2: 4, 3: null, 4: 3 },
    unit: "Bidang PPUD",
  },
  {
    kode: "IK-10",
    sasaran: DAMKAR,
    indikator: "Rata-rata waktu tanggap (response time) kebakaran",
    satuan: "Menit",
    targetTahunan: 15,
    quarterTargets: [15, 15, 15, 15],
    polaritas: "Negatif",
    agregasi: "Rata-rata",
    penanggungJawab: "Bidang Pemadam Kebakaran",
    realisasi: { 1: 14.5, 2: 16, 3: 13.8, 4: 15.2 },
    unit: "Bidang Damkar",
  },
  {
    kode: "IK-11",
    sasaran: DAMKAR,
    indikator: "Jumlah kejadian kebakaran permukiman",
    satuan: "Kejadian",
    targetTahunan: 24,
    quarterTargets: [6, 6, 6, 6],
    polaritas: "Negatif",
    agregasi: "Jumlah",
    penanggungJawab: "Bidang Pemadam Kebakaran",
    realisasi: { 1: 9, 2: 5, 3: 7, 4: 4 },
    unit: "Bidang Damkar",
  },
  {
    kode: "IK-12",
    sasaran: TRANTIBUM,
    indikator: "Indeks kepuasan masyarakat terhadap layanan Satpol PP",
    satuan: "Indeks",
    targetTahunan: 80,
    quarterTargets: [80, 80, 80, 80],
    polaritas: "Positif",
    agregasi: "Rata-rata",
    penanggungJawab: "Sekretariat",
    realisasi: { 1: 78.2, 2: 81.5, 3: 79.9, 4: 83.1 },
    unit: "Sekretariat",
  },
  {
    kode: "IK-13",
    sasaran: TRANTIBUM,
    indikator: "Indeks ketenteraman dan ketertiban umum (survei tahunan)",
    satuan: "Indeks",
    targetTahunan: 75,
    quarterTargets: [null, null, null, 75],
    polaritas: "Positif",
    agregasi: "Terakhir",
    frekuensi: "Tahunan",
    penanggungJawab: "Sekretariat",
    realisasi: { 1: null, 2: null, 3: null, 4: 77.4 },
    unit: "Sekretariat",
  },
  {
    kode: "IK-14",
    sasaran: LINMAS,
    indikator: "Rasio anggota Linmas per 10.000 penduduk",
    satuan: "per 10.000 penduduk",
    targetTahunan: 25,
    quarterTargets: [25, 25, 25, 25],
    polaritas: "Positif",
    agregasi: "Rasio",
    pengali: 10000,
    penanggungJawab: "Bidang Perlindungan Masyarakat",
    realisasi: { 1: [1420, 612000], 2: [1450, 613500], 3: [1480, 615000], 4: [1530, 616200] },
    unit: "Bidang Linmas",
  },
  {
    kode: "IK-15",
    sasaran: AKUNTABILITAS,
    indikator: "Opini BPK atas laporan keuangan dinas",
    satuan: "Predikat",
    targetTahunan: "WTP",
    quarterTargets: [null, null, null, "WTP"],
    polaritas: "Positif",
    agregasi: "Terakhir",
    frekuensi: "Tahunan",
    penanggungJawab: "Sekretariat",
    realisasi: { 1: null, 2: null, 3: null, 4: "WDP" },
    unit: "Sekretariat",
  },
  {
    kode: "IK-16",
    sasaran: TRANTIBUM,
    indikator: "Rata-rata waktu penyelesaian pengaduan masyarakat",
    satuan: "Hari",
    targetTahunan: "3 – 5",
    quarterTargets: ["3 – 5", "3 – 5", "3 – 5", "3 – 5"],
    polaritas: "Negatif",
    agregasi: "Rata-rata",
    penanggungJawab: "Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
    realisasi: { 1: 4, 2: 7, 3: 5.5, 4: 6 },
    unit: "Bidang Tibum Tranmas",
  },
];
