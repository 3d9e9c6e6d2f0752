// `rekap-kinerja lkjip`: the LKjIP draft as a Word document, read back by an independent engine —
// LibreOffice Writer converts it to text (each table cell on its own line) and to PDF — and searched
// for every figure of the hand-worked example (test/helpers/lkjipBook.ts) in its table and sentence.
// The first page is left in test/artifacts/lkjip-page1.png for a look.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { cli } from "../helpers/cli";
import { lkjipSheets, PERDA_HISTORY, PERDA_RENSTRA, LINMAS_RENSTRA } from "../helpers/lkjipBook";
import { describeWithWriter, writerConvert } from "../helpers/writer";
import { rowOfKode, setCell, sheetNamed, tmpDir, writeBook } from "../helpers/workbooks";

const ARTIFACTS = path.join(__dirname, "..", "artifacts");

/**
 * The table under `caption` in the text export: its first `headerLines` lines (a merged header cell
 * continued below exports as an empty line), then rows of `columns` cells up to the blank line after
 * the table; no data cell of the draft is empty.
 */
function tableAfter(
  lines: readonly string[],
  caption: string,
  columns: number,
  headerLines = columns
): { header: string[]; rows: string[][] } {
  const start = lines.findIndex((l) => l.startsWith(caption));
  if (start < 0) throw new Error(`no table "${caption}" in:\n${lines.join("\n")}`);
  const body = start + 1 + headerLines;
  const cells = lines.slice(body, lines.indexOf("", body));
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
  return { header: lines.slice(start + 1, body), rows };
}

describeWithWriter("lkjip: the draft of LKjIP chapter III A as .docx", () => {
  let dir: string;
  let file: string;
  let docx: string;
  let lines: string[];
  let fingerprint: string;

  beforeAll(async () => {
    dir = tmpDir();
    file = await writeBook(dir, "dinas-2023.xlsx", lkjipSheets());
    for (const argv of [
      ["recap", file, "--oleh", "Staf Perencanaan"],
      ["submit", file, "--period", "tahunan", "--oleh", "Staf Perencanaan"],
      ["decide", file, "--period", "tahunan", "--ya", "--oleh", "Kasubag Perencanaan"],
    ])
      expect((await cli(...argv)).code).toBe(0);
    const status = JSON.parse((await cli("status", file, "--json")).out);
    fingerprint = status.periods.find(
      (p: { period: string }) => p.period === "tahunan"
    ).fingerprint;
    docx = path.join(dir, "draf.docx");
    const run = await cli("lkjip", file, "--docx", docx);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toBe(`${docx}: draf LKjIP Bab III A (Word)`);
    const txt = writerConvert(docx, "txt:Text", dir);
    lines = readFileSync(txt, "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/);
  });

  test("the measurement tables hold the hand-worked figures, row by row", () => {
    const sasaran1 = tableAfter(
      lines,
      "Tabel 3.1 Pengukuran Kinerja Sasaran Strategis 1 Tahun 2023",
      7
    );
    expect(sasaran1.header).toEqual([
      "No",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Kategori",
    ]);
    expect(sasaran1.rows).toEqual([
      ["1", "Jumlah penegakan Perda", "Kasus", "120", "124", "103,33", "Sangat Tinggi"],
      ["2", "Jumlah pelanggaran Perda berulang", "Kasus", "40", "30", "125,00", "Sangat Tinggi"],
    ]);
    expect(
      tableAfter(lines, "Tabel 3.4 Pengukuran Kinerja Sasaran Strategis 2 Tahun 2023", 7).rows
    ).toEqual([
      ["1", "Opini BPK atas laporan keuangan", "Predikat", "WTP", "WTP", "100,00", "Sangat Tinggi"],
      ["2", "Jumlah anggota Linmas terlatih", "Orang", "200", "170", "85,00", "Tinggi"],
      ["3", "Persentase pos Linmas siaga", "%", "90", "85,5", "95,00", "Sangat Tinggi"],
    ]);
  });

  test("the comparison with 2021 and 2022 from Riwayat, and the change in points", () => {
    // Two header rows: each year above its Realisasi and Capaian; No … and the change span both.
    const history = tableAfter(lines, "Tabel 3.2 Perbandingan Capaian Sasaran Strategis 1", 10, 17);
    expect(history.header).toEqual([
      ...["No", "Indikator Kinerja", "Satuan", "2021", "2022", "2023"],
      "Perubahan Capaian 2022–2023 (poin)",
      ...["", "", ""],
      ...["Realisasi", "Capaian (%)", "Realisasi", "Capaian (%)", "Realisasi", "Capaian (%)"],
      "",
    ]);
    expect(history.rows).toEqual(PERDA_HISTORY);
  });

  test("the Renstra end target: 82,67 and 50,00; a predicate reached; a blank target said so", () => {
    expect(tableAfter(lines, "Tabel 3.3 Capaian Sasaran Strategis 1 terhadap", 7).rows).toEqual(
      PERDA_RENSTRA
    );
    expect(tableAfter(lines, "Tabel 3.6 Capaian Sasaran Strategis 2 terhadap", 7).rows).toEqual(
      LINMAS_RENSTRA
    );
  });

  test("the sentences carry the same figures, in Indonesian notation", () => {
    for (const sentence of [
      "Capaian indikator Jumlah penegakan Perda tahun 2023 sebesar 103,33 % (Sangat Tinggi), naik 8,33 poin dibanding 2022.",
      "Capaian indikator Jumlah pelanggaran Perda berulang tahun 2023 sebesar 125,00 % (Sangat Tinggi), turun 5,00 poin dibanding 2022.",
      "Capaian indikator Persentase pos Linmas siaga tahun 2023 sebesar 95,00 % (Sangat Tinggi), sama dengan 2022.",
      "Capaian indikator Jumlah anggota Linmas terlatih tahun 2023 sebesar 85,00 % (Tinggi).",
      "Realisasi indikator Jumlah penegakan Perda tahun 2023 sebesar 124 Kasus; capaian terhadap target akhir Renstra tahun 2026 (150 Kasus) sebesar 82,67 %.",
      "Realisasi indikator Persentase pos Linmas siaga tahun 2023 sebesar 85,5 %; capaian terhadap target akhir Renstra tahun 2026 (95 %) sebesar 90,00 %.",
    ])
      expect(lines).toContain(sentence);
  });

  test("the approved Tahunan: who approved it and the fingerprint's first 12 characters", () => {
    expect(lines.find((l) => l.startsWith("Disetujui oleh "))).toMatch(
      /^Disetujui oleh Kasubag Perencanaan pada \d{1,2} \w+ \d{4} pukul \d\d\.\d\d WIB\.$/
    );
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(lines).toContain(`Sidik jari: ${fingerprint.slice(0, 12)}.`);
  });

  test("the placeholders are highlighted paragraphs of their own style, four per Sasaran", () => {
    expect(lines.filter((l) => /^\[Diisi: .+\]$/.test(l))).toHaveLength(8);
    const xml = strFromU8(unzipSync(readFileSync(docx))["word/document.xml"]);
    expect(xml.match(/<w:pStyle w:val="LkjipPlaceholder"\/>/g)).toHaveLength(8);
    const styles = strFromU8(unzipSync(readFileSync(docx))["word/styles.xml"]);
    expect(styles).toMatch(/w:styleId="LkjipPlaceholder"[\s\S]*?<w:highlight w:val="yellow"\/>/);
  });

  test("Word's own heading styles, A4 portrait, bordered tables, the letterhead first", () => {
    const xml = strFromU8(unzipSync(readFileSync(docx))["word/document.xml"]);
    for (const style of ["Heading1", "Heading2", "Heading3"])
      expect(xml).toContain(`<w:pStyle w:val="${style}"/>`);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(xml).toMatch(/<w:tblBorders>[\s\S]*?<w:insideV w:val="single"/);
    expect(lines.slice(0, 4)).toEqual([
      "PEMERINTAH KABUPATEN ROKAN HILIR",
      "DINAS SATUAN POLISI PAMONG PRAJA DAERAH DAN PERLINDUNGAN MASYARAKAT",
      "Jl. Kecamatan Batu 6, Telp./Fax. (0767)",
      "DRAF LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2023",
    ]);
  });

  test("LibreOffice lays it out on A4 portrait pages; the first page is kept as a PNG", () => {
    const pdf = writerConvert(docx, "pdf", dir);
    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    mkdirSync(ARTIFACTS, { recursive: true });
    const base = path.join(ARTIFACTS, "lkjip-page1");
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, base]);
    expect(existsSync(`${base}.png`)).toBe(true);
  });
});

describe("lkjip: where it writes, and when it refuses", () => {
  test("without --docx the draft goes beside the workbook, named after it and the year", async () => {
    const dir = tmpDir();
    const file = await writeBook(dir, "dinas-2023.xlsx", lkjipSheets());
    const run = await cli("lkjip", file);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["dinas-2023-draf-lkjip-2023.docx", "dinas-2023.xlsx"]);
  });

  test("an approved Tahunan changed since is drafted without its approval, the change a warning", async () => {
    const dir = tmpDir();
    const file = await writeBook(dir, "dinas-2023.xlsx", lkjipSheets());
    for (const argv of [
      ["recap", file],
      ["submit", file, "--period", "tahunan", "--oleh", "Staf"],
      ["decide", file, "--period", "tahunan", "--ya", "--oleh", "Kasubag"],
    ])
      expect((await cli(...argv)).code).toBe(0);
    // IK-01's TW IV Realisasi (row 3, column E) 30 → 36: 130 of 120 → 108,33.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    book.getWorksheet("TW IV")!.getCell("E3").value = 36;
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    const docx = path.join(dir, "draf.docx");
    const run = await cli("lkjip", file, "--docx", docx);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^TW IV!E3: peringatan — .*30 → 36/m);
    const xml = strFromU8(unzipSync(readFileSync(docx))["word/document.xml"]);
    expect(xml).toContain("108,33");
    expect(xml).toContain("draf ini tidak memuat tanda persetujuan");
    expect(xml).not.toContain("Disetujui oleh");
    expect(xml).not.toContain("Sidik jari");
  });

  test("a workbook the recap would refuse gets no draft: the cell is named, exit 1", async () => {
    const dir = tmpDir();
    const sheets = lkjipSheets();
    const tw3 = sheetNamed(sheets, "TW III");
    setCell(tw3, rowOfKode(tw3, "IK-01"), 4, { value: "lima" });
    const file = await writeBook(dir, "rusak.xlsx", sheets);
    const run = await cli("lkjip", file, "--docx", path.join(dir, "draf.docx"));
    expect(run.code).toBe(1);
    expect(run.out).toContain('TW III!E3: Realisasi "lima" bukan angka');
    expect(run.err).toContain("draf LKjIP tidak dibuat");
    expect(readdirSync(dir)).toEqual(["rusak.xlsx"]);
  });
});
