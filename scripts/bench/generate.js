// Generates a large workbook of N indicators (Perjanjian Kinerja + four quarter sheets) with
// ExcelJS's streaming writer, cycling through every Agregasi and both polarities.
const ExcelJS = require("exceljs");

const AGREGASI = ["Jumlah", "Rata-rata", "Terakhir", "Rasio"];
const PK_HEADER = [
  "Kode",
  "Sasaran Strategis",
  "Indikator Kinerja",
  "Satuan",
  "Target Tahunan",
  "Target TW I",
  "Target TW II",
  "Target TW III",
  "Target TW IV",
  "Polaritas",
  "Agregasi",
  "Penanggung Jawab",
];
const TW_HEADER = [
  "Kode",
  "Indikator Kinerja",
  "Satuan",
  "Target",
  "Realisasi",
  "Pembilang",
  "Penyebut",
  "Capaian (%)",
  "Kendala/Keterangan",
  "Bukti Dukung",
  "Unit Pelapor",
];

function indicator(i) {
  const agregasi = AGREGASI[i % 4];
  const kode = `IK-${String(i + 1).padStart(6, "0")}`;
  const quarterTargets =
    agregasi === "Jumlah"
      ? [30, 30, 30, 30]
      : agregasi === "Rata-rata"
        ? [15, 15, 15, 15]
        : [25, 50, 75, 100];
  const targetTahunan = agregasi === "Jumlah" ? 120 : agregasi === "Rata-rata" ? 15 : 100;
  return {
    kode,
    agregasi,
    quarterTargets,
    targetTahunan,
    polaritas: i % 7 === 3 ? "Negatif" : "Positif",
    satuan: agregasi === "Rasio" || agregasi === "Terakhir" ? "%" : "Kasus",
  };
}

async function generate(file, n) {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const pk = book.addWorksheet("Perjanjian Kinerja");
  pk.addRow(["Perjanjian Kinerja"]).commit();
  pk.addRow(PK_HEADER).commit();
  for (let i = 0; i < n; i++) {
    const ind = indicator(i);
    pk.addRow([
      ind.kode,
      `Sasaran ${i % 40}`,
      `Indikator kinerja nomor ${i + 1}`,
      ind.satuan,
      ind.targetTahunan,
      ...ind.quarterTargets,
      ind.polaritas,
      ind.agregasi,
      `Bidang ${i % 9}`,
    ]).commit();
  }
  pk.commit();
  for (let q = 1; q <= 4; q++) {
    const ws = book.addWorksheet(["TW I", "TW II", "TW III", "TW IV"][q - 1]);
    ws.addRow([`Triwulan ${q}`]).commit();
    ws.addRow(TW_HEADER).commit();
    for (let i = 0; i < n; i++) {
      const ind = indicator(i);
      // every 13th indicator leaves TW III unreported
      const reported = !(q === 3 && i % 13 === 5);
      const p = 10 + ((i * 7 + q * 3) % 40);
      const d = p + ((i + q) % 9);
      const real = reported
        ? ind.agregasi === "Rasio"
          ? null
          : 5 + ((i * 11 + q * 5) % 40)
        : null;
      const ratio = reported && ind.agregasi === "Rasio" ? [p, d] : [null, null];
      ws.addRow([
        ind.kode,
        `Indikator kinerja nomor ${i + 1}`,
        ind.satuan,
        ind.quarterTargets[q - 1],
        real,
        ...ratio,
        null,
        "",
        "",
        "Unit",
      ]).commit();
    }
    ws.commit();
  }
  await book.commit();
}

module.exports = { generate };
