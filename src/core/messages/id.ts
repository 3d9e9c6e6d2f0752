// The problems in Indonesian: what the command line prints and the pane shows by default.
import { AGREGASI, APPROVAL_SHEET, FREKUENSI, PK_SHEET, SETTINGS_SHEET } from "../contract";
import type { StoredType } from "../workbook";
import type { CellName, MasterCell, ProblemCatalog, ReportPart } from "./catalog";
import { clip, listWords, shortList, showFormula, showNumber } from "./show";

const num = (x: number): string => showNumber(x, "id");

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

export const UNCACHED_MESSAGE =
  "rumus tanpa nilai tersimpan — buka dan simpan berkas ini di Excel atau LibreOffice dulu";

/** An approved value as a change shows it: null is an item that does not exist. */
const shownValue = (v: string | null): string =>
  v === null ? "(tidak ada)" : v === "" ? "(kosong)" : v;

const TYPE_WORD: Record<StoredType, string> = {
  number: "angka",
  boolean: "nilai logika",
  date: "tanggal",
  error: "kode galat",
  sharedString: "rujukan teks bersama",
};

const PART: Record<ReportPart, string> = {
  letterhead: "kop surat",
  title: "judul",
  signature: "tanda tangan",
};

const name = (what: CellName): string =>
  typeof what === "string"
    ? what
    : { headerCell: "judul kolom", scaleLabel: "label Skala" }[what.phrase];

function masterCell(c: MasterCell): string {
  if (c.kind === "value") return `"${c.value}"`;
  const shows =
    c.shows === "nothing"
      ? "tanpa nilai tersimpan"
      : c.shows === "blank"
        ? "tampil kosong"
        : `menampilkan "${c.shows.value}"`;
  return `rumus ${showFormula(c.formula)} (${shows})`;
}

export const id: ProblemCatalog = {
  sheetMissing: ({ name }) =>
    `lembar "${name}" tidak ada — jalankan "Siapkan buku kerja" (atau rekap-kinerja init) untuk membuatnya`,
  sheetLookalike: ({ name, lookalike }) =>
    `lembar "${name}" tidak ada; lembar "${lookalike}" mungkin dimaksud — ganti namanya menjadi "${name}"`,
  headerRowMissing: ({ anchor, rows }) =>
    `baris judul kolom tidak ditemukan: tidak ada sel "${anchor}" di ${rows} baris pertama`,
  columnTwice: ({ header, first, second }) =>
    `kolom "${header}" muncul dua kali (${first} dan ${second}) — hapus atau ganti nama salah satunya`,
  columnMissing: ({ header, row }) => `kolom "${header}" tidak ada di baris judul (baris ${row})`,
  ratioColumnMissing: ({ header, kode }) =>
    `kolom "${header}" tidak ada, padahal indikator ${kode} memakai Agregasi Rasio`,
  foreignSheet: ({ sheet, marker }) =>
    `lembar '${sheet}' bukan buatan Rekap Kinerja (baris 1 tidak memuat "${marker}") — ` +
    `isinya tidak akan ditimpa; ganti nama lembar itu, lalu rekap lagi`,

  kodeBlank: () => "Kode kosong",
  kodeError: ({ error }) => `Kode berisi galat ${error}`,
  kodeLogical: () => "Kode berisi nilai logika, bukan kode",
  kodeSpaces: ({ kode }) => `Kode "${kode}" diawali/diakhiri spasi — hapus spasinya`,
  kodeWildcard: ({ kode }) =>
    `Kode "${kode}" memuat karakter * ? atau ~ — tidak boleh dipakai dalam Kode`,
  kodeTooLong: () => "Kode lebih dari 255 karakter",

  kodeTwice: ({ kode, row }) => `Kode "${kode}" ganda — sudah dipakai di baris ${row}`,
  indikatorBlank: ({ kode }) => `Indikator Kinerja untuk Kode "${kode}" kosong`,
  polaritasUnknown: ({ value }) =>
    `Polaritas "${value}" tidak dikenal — pilih Positif atau Negatif`,
  agregasiUnknown: ({ value }) =>
    `Agregasi "${value}" tidak dikenal — pilih ${AGREGASI.join(", ")}`,
  frekuensiUnknown: ({ value }) =>
    `Frekuensi "${value}" tidak dikenal — pilih ${FREKUENSI.join(", ")} (kosong berarti Triwulanan)`,
  pengaliNotPositive: () =>
    "Pengali harus angka lebih dari 0 — mis. 100 untuk persen, 1000 per 1.000 penduduk (kosong berarti 100)",
  pengaliIgnored: ({ agregasi }) =>
    `Pengali hanya dipakai indikator Agregasi Rasio — diabaikan untuk Agregasi ${agregasi}`,
  renstraTahunBad: ({ shown }) =>
    `Tahun Akhir Renstra "${shown}" bukan tahun — tulis tahun empat angka, mis. 2026`,
  renstraTahunPast: ({ tahun, year }) =>
    `Tahun Akhir Renstra ${tahun} sebelum Tahun ${year} di ${SETTINGS_SHEET} — isi tahun akhir Renstra yang berlaku`,
  renstraTahunAlone: ({ kode }) =>
    `Tahun Akhir Renstra tanpa Target Akhir Renstra untuk Kode "${kode}" — diabaikan; isi targetnya`,
  kodeBlankWithFigures: () => "Kode kosong, padahal baris ini berisi angka",
  kodeNotInPk: ({ kode }) => `Kode "${kode}" tidak ada di ${PK_SHEET}`,
  kodeTwiceInQuarter: ({ kode, row }) => `Kode "${kode}" ganda — sudah diisi di baris ${row}`,
  ratioHalf: ({ kode }) => `indikator Rasio ${kode}: isi Pembilang dan Penyebut bersama-sama`,
  ratioRealisasiOnly: ({ kode }) =>
    `indikator Rasio ${kode} dihitung dari Pembilang ÷ Penyebut — isi keduanya, bukan hanya Realisasi`,

  numberRequired: ({ header }) => `${header} wajib diisi angka`,
  numberFixable: ({ header, reason, formula }, say) =>
    `${header} ${say(reason)}` +
    (formula === undefined
      ? ""
      : ` — sel ini berisi rumus ${showFormula(formula)}, fix menggantinya dengan angka`),
  numberRejected: ({ header, reason }, say) => `${header} ${say(reason)}`,
  numberNoData: ({ header, shown }) =>
    `${header} "${shown}" berarti tidak ada data — triwulan ini dihitung belum dilaporkan`,
  numberRequiredNoData: ({ header, shown }) =>
    `${header} "${shown}" berarti tidak ada data, padahal ${header} wajib diisi angka`,

  negative: ({ value }) => `bernilai negatif (${num(value)}); hitungan tidak boleh negatif`,
  negativeTarget: ({ value }) =>
    `${num(value)}: target negatif: capaian tidak dapat dihitung — nyatakan dengan target positif dan Polaritas yang sesuai`,
  cellError: ({ error }) => `berisi galat ${error}`,
  logical: ({ value }) => `berisi nilai logika ${value ? "TRUE" : "FALSE"}, bukan angka`,
  notFinite: () => "bukan angka yang sah",
  date: () => "berisi tanggal, bukan angka",
  percentStored: ({ meant, stored }) =>
    `berformat persen (${num(meant)}%) tersimpan sebagai ${num(stored)} — dibaca ${num(meant)}`,
  ambiguous: ({ shown }) =>
    `"${shown}" tidak jelas (ribuan atau desimal?) — ketik ulang sebagai angka`,
  severalNumbers: ({ shown }) => `"${shown}" berisi lebih dari satu angka`,
  notANumber: ({ shown }) => `"${shown}" bukan angka`,
  percentSign: ({ shown }) => `"${shown}" memakai tanda % padahal satuan indikator bukan %`,
  storedAsText: ({ shown, value }) => `"${shown}" tersimpan sebagai teks — dibaca ${num(value)}`,
  nihil: ({ shown }) => `"${shown}" berarti nol — dibaca 0`,
  unitTyped: ({ shown, value }) => `"${shown}" berisi satuan — dibaca ${num(value)}`,
  unitMismatch: ({ shown, unit, satuan }) =>
    `"${shown}": satuan ${unit}, padahal satuan indikator ${satuan}`,

  cellUnreadable: ({ what, unreadable, formula }) => {
    const context = formula === undefined ? name(what) : `${name(what)}: ${showFormula(formula)}`;
    if (unreadable.kind === "uncached") return `${UNCACHED_MESSAGE} (${context})`;
    const stored = `"${clip(unreadable.stored, 40)}" bukan ${TYPE_WORD[unreadable.as]} yang sah`;
    return formula === undefined
      ? `nilai tersimpan ${stored} — ketik ulang isinya di Excel atau LibreOffice (${context})`
      : `hasil rumus tersimpan ${stored} — buka dan simpan berkas ini di Excel atau LibreOffice dulu (${context})`;
  },

  targetSum: ({ kode, total, target }) =>
    `${kode}: jumlah Target TW I–IV (${total}) tidak sama dengan Target Tahunan (${target})`,
  percentSummed: ({ kode }) =>
    `${kode}: persentase tidak dijumlahkan — pakai Agregasi Rasio atau Terakhir`,
  tw4Target: ({ kode, tw4, target }) =>
    `${kode}: Target TW IV (${tw4}) berbeda dari Target Tahunan (${target})`,

  overTenfold: ({ header, value, target }) =>
    `${header} ${num(value)} lebih dari 10× target (${num(target)}) — salah ketik pemisah ribuan?`,
  negativeCount: ({ header, value, satuan }) =>
    `${header} ${num(value)} negatif, padahal ${satuan} dihitung (tidak mungkin kurang dari 0) — salah ketik tanda minus?`,
  negativePositif: ({ header, value }) =>
    `${header} ${num(value)} negatif pada indikator Positif — capaian di bawah 0 dihitung 0`,
  percentOver100: ({ header, value }) =>
    `${header} ${num(value)} lebih dari 100 %, padahal Polaritas Positif — jumlah (bukan persen) yang terketik, atau koma desimal bergeser?`,

  notDueQuarter: ({ frekuensi, quarter, due }) =>
    `indikator ${frekuensi}: nilai ${quarter} tidak dihitung — hanya ${listWords(due, "dan")}`,
  quarterNotEnded: ({ quarter, end }) =>
    `${quarter} ${end.year} belum berakhir (${end.day} ${BULAN[end.month - 1]} ${end.year}) — nilai ini belum dihitung`,

  scaleRow: () => 'baris Skala harus berisi batas bawah dan label, mis. "91 Sangat Baik"',
  predikatRow: () =>
    'baris Skala Predikat perlu predikat dan nilainya (angka), mis. "AA 90" atau "WTP; 4"',
  predikatTwice: ({ label }) => `predikat "${label}" sudah ada di Skala Predikat`,
  predikatUnknown: ({ header, shown, known }) =>
    `${header} "${shown}" bukan predikat di Skala Predikat — mis. ${known.join(", ")}`,
  predikatAgregasi: ({ agregasi }) =>
    `indikator Predikat direkap dengan predikat terakhir (Terakhir) — Agregasi ${agregasi} diabaikan`,
  rangeBad: ({ header, shown, reason }) =>
    `${header} "${shown}": ${reason === "order" ? "batas bawah rentang harus lebih kecil dari batas atas" : "batas rentang bukan angka"} — tulis mis. "80 – 90"`,
  settingsMissing: ({ part, keys }) =>
    `${PART[part]} laporan tanpa ${keys.join(", ")} — isi ${keys.length > 1 ? "kunci-kunci" : "kunci"} ini (kolom Kunci/Nilai) agar tercetak`,
  jamKerjaBad: ({ shown }) =>
    `Jam Kerja "${shown}" tidak terbaca — tulis jam mulai dan jam selesai, mis. "07:30–16:00"`,
  hariLiburBad: ({ shown }) =>
    `Hari Libur "${shown}" bukan tanggal — ketik tanggalnya, atau tulis mis. 2026-12-24 atau 24/12/2026`,

  handTyped: ({ cells }) =>
    `${cells.length} sel yang diketik tangan ditimpa: ${shortList(cells, (n) => `dan ${n} sel lain`)}`,
  recapMissing: ({ sheet, title }) => `lembar ${sheet} belum ada — jalankan Rekap ${title} dulu`,
  recapStale: ({ sheet, title, indicators }) =>
    `lembar ${sheet} tidak sesuai Perjanjian Kinerja saat ini (${indicators} indikator) — jalankan Rekap ${title} lagi`,
  recapColumnStale: ({ sheet, title, column }) =>
    `lembar ${sheet} dibuat sebelum kolom ${column} di ${PK_SHEET} berubah — jalankan Rekap ${title} lagi`,

  approvalSheetForeign: ({ sheet, headers }) =>
    `lembar ${sheet} bukan buatan Rekap Kinerja (baris 1 harus ${headers.join(" · ")}) — ganti namanya agar persetujuan dapat dicatat`,
  approvedChanged: ({ kode, besaran, before, after, periode }) =>
    `${kode} ${besaran}: ${shownValue(before)} → ${shownValue(after)} — berubah sejak ${periode} disetujui`,
  chainBroken: ({ sheet }) =>
    `baris ini diubah, atau baris di atasnya dihapus, sesudah ditulis (rantai hash ${sheet} terputus)`,
  approvalRecordMissing: ({ periode, fingerprint }) =>
    `persetujuan ${periode} (sidik jari ${fingerprint.slice(0, 12)}) tidak ada di lembar ${APPROVAL_SHEET} — catatan persetujuan diubah atau dihapus`,
  approvalRecordAltered: ({ periode, fingerprint }) =>
    `rincian persetujuan ${periode} di lembar ${APPROVAL_SHEET} tidak lagi cocok dengan sidik jarinya (${fingerprint.slice(0, 12)}) — diubah sesudah disetujui`,

  periodStateRefuses: ({ periode, state, action }) =>
    action === "submit"
      ? `laporan ${periode} sudah diajukan dan menunggu keputusan Kasubag Perencanaan`
      : state === "Disetujui"
        ? `laporan ${periode} sudah disetujui — ajukan lagi bila ada perubahan`
        : `laporan ${periode} belum diajukan (status ${state}) — ajukan dulu, lalu putuskan`,
  notKasubag: ({ kasubag, name }) =>
    `keputusan ini milik Kasubag Perencanaan (${kasubag}); ${name} dapat memutuskan hanya dengan menyatakan bertindak atas namanya`,

  masterUnfit: () => "master tidak memenuhi susunan lembar — jalankan check pada master dulu",
  unitUnfit: ({ unit }) => `${unit}: susunan lembar tidak sesuai — jalankan check pada berkas unit`,
  rowNotCopied: ({ from, issue }, say) => `baris dari ${from} tidak disalin — ${say(issue)}`,
  kodeNotInMaster: ({ kode, from }) =>
    `Kode "${kode}" dari ${from} tidak ada di ${PK_SHEET} master — tidak disalin`,
  cellNotCopied: ({ from, issue }, say) => `isi dari ${from} tidak disalin — ${say(issue)}`,
  unitCellBad: ({ header, from, value }) =>
    `${header} dari ${from} bermasalah ("${value}") — perbaiki di berkas unit dulu; tidak disalin`,
  masterColumnMissing: ({ header, from }) =>
    `kolom "${header}" tidak ada di master; isi dari ${from} tidak disalin`,
  mergeConflict: ({ master, from, value }) =>
    `master berisi ${masterCell(master)}, ${from} berisi "${value}" — tidak ditimpa; putuskan sendiri`,

  pjColumnMissing: () =>
    "kolom Penanggung Jawab tidak ada — isi Penanggung Jawab tiap indikator agar dapat dibagikan ke bidang",
  pjBlank: ({ kode }) =>
    `Kode "${kode}" tanpa Penanggung Jawab — tidak masuk berkas bidang mana pun; isi di master`,
  noUnitToDistribute: () =>
    "tidak ada indikator dengan Penanggung Jawab — tidak ada berkas bidang yang dibuat",
  unitMarkerBad: ({ unit, sheet }) =>
    `${unit}: lembar ${sheet} rusak atau diubah — berkas unit tidak dikenali; bagikan ulang dari master`,
  unitYearDiffers: ({ unit, year, masterYear }) =>
    `${unit}: berkas unit tahun ${year}, padahal master tahun ${masterYear}`,
  unitQuarterMissing: ({ unit, quarter }) =>
    `${unit}: berkas unit untuk ${quarter}, tetapi lembar ${quarter} tidak ada`,
  unitSheetMissing: ({ unit, sheet }) => `${unit}: lembar ${sheet} dihapus dari berkas unit`,
  unitOtherQuarter: ({ from, quarter }) =>
    `${from} terisi, padahal berkas unit ini hanya untuk ${quarter}`,
  unitCellChanged: ({ from, header, was, now }) =>
    `${header} di ${from} diubah: dibagikan "${was}", kini "${now}" — sel ini hanya untuk dibaca`,
  unitKodeForeign: ({ kode, from, pj }) =>
    `Kode "${kode}" di ${from} bukan indikator ${pj} — berkas unit hanya memuat barisnya sendiri`,
  unitRowAdded: ({ from }) =>
    `baris tambahan di ${from} — berkas unit hanya memuat baris yang dibagikan`,
  unitKodeTwice: ({ kode, from, row }) =>
    `Kode "${kode}" di ${from} sudah ada di baris ${row} — baris tambahan`,
  unitSkipped: ({ unit, pj, count }) =>
    `${unit} (${pj}) tidak digabung: ${count} perubahan di luar isiannya (lihat di atas) — betulkan berkas itu atau bagikan ulang`,

  sopNoBlank: () => "No langkah kosong",
  sopNoInvalid: ({ no }) => `No "${no}" bukan nomor langkah`,
  sopStepTwice: ({ no, row }) => `langkah ${no} sudah ada di baris ${row}`,
  waktuBakuUnknown: ({ value }) =>
    `Waktu Baku "${value}" tidak dikenal — tulis mis. "15 Menit" atau "2 Hari"`,
  sopEmpty: () => "lembar SOP tidak berisi langkah yang terbaca — dipakai SOP bawaan",
  trackerProtected: () => "lembar diproteksi — buka proteksinya agar langkah SOP dapat dicatat",
  namaRequired: () => "Nama pelaksana wajib diisi",
  selesaiBeforeMulai: () => "Selesai lebih awal dari Mulai",
  catatanRequired: () =>
    "Catatan wajib diisi bila Keputusan Tidak: tulis apa yang harus diperbaiki",
  stepUnknown: ({ step, known }) =>
    `langkah ${step} tidak ada di SOP (langkah: ${known.join(", ")})`,
  periodeOtherYear: ({ periode, year }) =>
    `periode ${periode} bukan tahun buku kerja ini (Tahun ${year} di ${SETTINGS_SHEET})`,
  stepNotRecorded: ({ problem }, say) => `langkah SOP tidak dicatat: ${say(problem)}`,

  riwayatNoYear: () =>
    `Tahun di ${SETTINGS_SHEET} kosong atau bukan tahun empat angka — Riwayat disusun per tahun; isi Tahun dulu`,
  riwayatNotPrevious: ({ year, current }) =>
    year === current
      ? `Tahun ${year} adalah tahun buku kerja ini sendiri — bukan riwayat; pilih buku kerja tahun-tahun sebelumnya`
      : `Tahun ${year} sesudah tahun buku kerja ini (${current}) — Riwayat hanya memuat tahun-tahun sebelumnya`,
  riwayatYearTwice: ({ year, other }) =>
    `Tahun ${year} juga tahun ${other} — ambil satu buku kerja per tahun`,
};
