// Reports that say what is missing and print the way an office prints: warnings for Pengaturan keys
// the page would print empty, long letterhead lines wrapped inside the page, a `No` column that
// holds 5-digit numbers, real dates only, and a report workbook with its print setup. Positions are
// read back from the PDF by poppler (pdftotext -bbox), not from our own layout arithmetic.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { cli } from "../helpers/cli";
import { tmpDir, writeBook } from "../helpers/workbooks";
import { describeWithLibreOffice, SOFFICE } from "../helpers/libreoffice";
import { TemplateIndicator } from "../../src/core/newSheet";
import { newWorkbook } from "../../src/core/template";
import { SAMPLE_INDICATORS, SAMPLE_SETTINGS } from "../../src/core/sample";
import { REPORT_COLUMNS, Report } from "../../src/core/report";
import { reportPdf } from "../../src/report/pdf";
import { reportXlsx } from "../../src/report/xlsx";

const hasPoppler = existsSync("/usr/bin/pdftotext");
const withPoppler = hasPoppler || process.env.CI ? test : test.skip;

type Word = { text: string; xMin: number; xMax: number; yMin: number; page: number };

/** Every word poppler finds in the PDF, with its box in points and its page. */
function words(pdf: string): { pageWidth: number; words: Word[] } {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(html)?.[1]);
  const out: Word[] = [];
  html
    .split("<page ")
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(
        /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="[\d.-]+">([^<]*)<\/word>/g
      ))
        out.push({
          text: m[4].replace(/&amp;/g, "&"),
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          xMax: Number(m[3]),
          page: i + 1,
        });
    });
  return { pageWidth, words: out };
}

const LONG_NAME =
  "Satuan Polisi Pamong Praja dan Perlindungan Masyarakat serta Pemadam Kebakaran dan Penyelamatan Kabupaten Bengkalis";

function report(rows: Report["rows"], letterhead = ["PEMERINTAH KABUPATEN X"]): Report {
  return {
    letterhead,
    title: "LAPORAN KINERJA TAHUNAN",
    subtitle: "Dinas X Tahun 2023",
    columns: [...REPORT_COLUMNS],
    rows,
    summary: ["Jumlah indikator: 1."],
    signature: {
      placeDate: "Kota, 1 Januari 2024",
      position: "Kepala",
      name: "NAMA",
      nip: "NIP. 1",
    },
  };
}

const row = (no: number): Report["rows"][number] => [
  String(no),
  "Sasaran",
  no % 2 === 0 ? "Indikator genap" : "Indikator ganjil", // never the number: it must come from No
  "%",
  100,
  95,
  95,
  "Tinggi",
  "",
];

describe("the report", () => {
  const dir = tmpDir();

  test("export warns, naming the keys, when Pengaturan lacks what the letterhead or signature prints", async () => {
    const settings = { ...SAMPLE_SETTINGS, Alamat: "", "NIP Penandatangan": "", Kota: " " };
    const file = await writeBook(
      dir,
      "no-address.xlsx",
      newWorkbook({ year: 2023, settings, indicators: SAMPLE_INDICATORS })
    );
    const r = await cli("export", file, "--pdf", path.join(dir, "no-address.pdf"));
    expect(r.code).toBe(0);
    expect(r.out).toContain("Pengaturan!A1: peringatan — kop surat laporan tanpa Alamat");
    expect(r.out).toContain(
      "Pengaturan!A1: peringatan — tanda tangan laporan tanpa Kota, NIP Penandatangan"
    );
    const full = await writeBook(
      dir,
      "complete.xlsx",
      newWorkbook({ year: 2023, settings: SAMPLE_SETTINGS, indicators: SAMPLE_INDICATORS })
    );
    const ok = await cli("export", full, "--pdf", path.join(dir, "complete.pdf"));
    expect(ok.out).not.toContain("peringatan");
  });

  withPoppler(
    "a 115-character Nama Instansi wraps inside the page: every word printed, none past an edge",
    async () => {
      expect(LONG_NAME.length).toBe(115);
      const file = await writeBook(
        dir,
        "long-name.xlsx",
        newWorkbook({
          year: 2023,
          settings: { ...SAMPLE_SETTINGS, "Nama Instansi": LONG_NAME },
          indicators: SAMPLE_INDICATORS,
        })
      );
      const pdf = path.join(dir, "long-name.pdf");
      expect((await cli("export", file, "--pdf", pdf)).code).toBe(0);
      const { pageWidth, words: all } = words(pdf);
      const heading = LONG_NAME.toUpperCase().split(" ");
      const page1 = all.filter((w) => w.page === 1).map((w) => w.text);
      expect(page1).toEqual(expect.arrayContaining(heading));
      for (const w of all)
        expect([w.text, w.xMin >= 0 && w.xMax <= pageWidth]).toEqual([w.text, true]);
      // wrapped: the name's first and last words on different lines
      const at = (text: string) => all.find((w) => w.page === 1 && w.text === text)?.yMin ?? 0;
      expect(at("BENGKALIS")).toBeGreaterThan(at("SATUAN"));
    }
  );

  withPoppler("the No column holds a 5-digit row number on one line", () => {
    const pdf = path.join(dir, "five-digits.pdf");
    writeFileSync(pdf, reportPdf([report([row(12345), row(99999)])]));
    const texts = words(pdf).words.map((w) => w.text);
    expect(texts).toEqual(expect.arrayContaining(["12345", "99999"]));
  });

  test("--date must be a real day: 2023-02-30 is refused (exit 2), 2024-02-29 accepted", async () => {
    const file = await writeBook(
      dir,
      "dated.xlsx",
      newWorkbook({ year: 2023, settings: SAMPLE_SETTINGS, indicators: SAMPLE_INDICATORS })
    );
    const pdf = path.join(dir, "dated.pdf");
    for (const bad of ["2023-02-30", "2023-13-01", "2023-04-31", "2023-2-3", "kemarin"]) {
      const r = await cli("export", file, "--pdf", pdf, "--date", bad);
      expect([bad, r.code]).toEqual([bad, 2]);
      expect(r.err).toMatch(/^--date /);
    }
    expect(existsSync(pdf)).toBe(false);
    const xlsx = path.join(dir, "dated.xlsx-report.xlsx");
    expect((await cli("export", file, "--xlsx", xlsx, "--date", "2024-02-29")).code).toBe(0);
    const sheet = strFromU8(unzipSync(readFileSync(xlsx))["xl/sharedStrings.xml"]);
    expect(sheet).toContain("Bagansiapiapi, 29 Februari 2024");
  });

  test("the report workbook carries its print setup: A4 landscape, one page wide, print area, header row repeated", async () => {
    const bytes = await reportXlsx([{ sheet: "Tahunan", report: report([row(1), row(2)]) }]);
    const parts = unzipSync(bytes);
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    const pageSetup = /<pageSetup [^>]*>/.exec(sheet)?.[0] ?? "";
    expect(pageSetup).toMatch(/paperSize="9"/);
    expect(pageSetup).toMatch(/orientation="landscape"/);
    expect(pageSetup).toMatch(/fitToWidth="1"/);
    expect(pageSetup).toMatch(/fitToHeight="0"/);
    expect(sheet).toMatch(/<pageSetUpPr [^>]*fitToPage="1"/);
    const workbook = strFromU8(parts["xl/workbook.xml"]);
    // letterhead 1, blank, title, subtitle, blank: the header is row 6; the last row is the NIP
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">[^<]*Tahunan[^<]*!\$6:\$6<\/definedName>/
    );
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Area" localSheetId="0">[^<]*Tahunan[^<]*!\$A\$1:\$I\$18<\/definedName>/
    );
  });
});

/**
 * Figures as offices type them, with what the report prints for Target, Realisasi and Capaian worked
 * out by hand (docs/CONTRACT.md §4, "Reports").
 */
const FIGURES: {
  indicator: TemplateIndicator;
  printed: [string, string, string];
  numFmt: string[];
}[] = [
  {
    // Terakhir: 0,652 ÷ 0,648 × 100 = 100,617…
    indicator: {
      kode: "IK-A",
      indikator: "IndikatorA",
      satuan: "Indeks",
      polaritas: "Positif",
      agregasi: "Terakhir",
      targetTahunan: 0.648,
      quarterTargets: [0.6, 0.62, 0.64, 0.648],
      realisasi: { 1: 0.61, 2: 0.63, 3: 0.64, 4: 0.652 },
    },
    printed: ["0,648", "0,652", "100,62"],
    numFmt: ["#,##0.000", "#,##0.000", "#,##0.00"],
  },
  {
    // Jumlah: 250,25 + 300 + 310,125 + 374,273 = 1.234,648; ÷ 1.234,5 × 100 = 100,0119…
    indicator: {
      kode: "IK-B",
      indikator: "IndikatorB",
      satuan: "Kegiatan",
      polaritas: "Positif",
      agregasi: "Jumlah",
      targetTahunan: 1234.5,
      quarterTargets: [300, 300, 300, 334.5],
      realisasi: { 1: 250.25, 2: 300, 3: 310.125, 4: 374.273 },
    },
    printed: ["1.234,5", "1.234,648", "100,01"],
    numFmt: ["#,##0.0", "#,##0.000", "#,##0.00"],
  },
  {
    // Jumlah: 3 + 3 + 3 + 3,6 = 12,6; ÷ 12 × 100 = 105
    indicator: {
      kode: "IK-C",
      indikator: "IndikatorC",
      satuan: "Kegiatan",
      polaritas: "Positif",
      agregasi: "Jumlah",
      targetTahunan: 12,
      quarterTargets: [3, 3, 3, 3],
      realisasi: { 1: 3, 2: 3, 3: 3, 4: 3.6 },
    },
    printed: ["12", "12,6", "105,00"],
    numFmt: ["#,##0", "#,##0.0", "#,##0.00"],
  },
  {
    // Rasio: 4 ÷ 12 × 100 = 33,333… (a division that does not end: 4 decimals); ÷ 40 × 100 = 83,33
    indicator: {
      kode: "IK-D",
      indikator: "IndikatorD",
      satuan: "%",
      polaritas: "Positif",
      agregasi: "Rasio",
      targetTahunan: 40,
      quarterTargets: [40, 40, 40, 40],
      realisasi: { 1: [1, 3], 2: [1, 3], 3: [1, 3], 4: [1, 3] },
    },
    printed: ["40", "33,3333", "83,33"],
    numFmt: ["#,##0", "#,##0.0000", "#,##0.00"],
  },
  {
    // Terakhir: 42,97 ÷ 100 × 100
    indicator: {
      kode: "IK-E",
      indikator: "IndikatorE",
      satuan: "%",
      polaritas: "Positif",
      agregasi: "Terakhir",
      targetTahunan: 100,
      quarterTargets: [25, 50, 75, 100],
      realisasi: { 1: 10, 2: 20, 3: 30, 4: 42.97 },
    },
    printed: ["100", "42,97", "42,97"],
    numFmt: ["#,##0", "#,##0.00", "#,##0.00"],
  },
];

/** The report's figures exported by the CLI as a PDF and as a workbook. */
async function exportFigures(dir: string): Promise<{ pdf: string; xlsx: string }> {
  const file = await writeBook(
    dir,
    "figures.xlsx",
    newWorkbook({
      year: 2023,
      settings: SAMPLE_SETTINGS,
      indicators: FIGURES.map((f) => f.indicator),
    })
  );
  const pdf = path.join(dir, "figures.pdf");
  const xlsx = path.join(dir, "figures-report.xlsx");
  const r = await cli("export", file, "--pdf", pdf, "--xlsx", xlsx, "--date", "2024-01-15");
  expect([r.code, r.err]).toEqual([0, ""]);
  return { pdf, xlsx };
}

/** Target, Realisasi and Capaian as the PDF prints them, on the line of each indicator's name. */
function pdfFigures(pdf: string): string[][] {
  const all = words(pdf).words;
  return FIGURES.map(({ indicator }) => {
    const name = all.find((w) => w.text === indicator.indikator);
    if (!name) throw new Error(`${indicator.indikator} not in the PDF`);
    return all
      .filter((w) => w.page === name.page && Math.abs(w.yMin - name.yMin) < 1 && w.xMin > name.xMax)
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .filter((t) => /^-?[\d.,]+$/.test(t));
  });
}

describe("the report's figures", () => {
  const dir = tmpDir();

  withPoppler(
    "the PDF prints Target and Realisasi with the digits they have, Capaian with two decimals",
    async () => {
      const { pdf } = await exportFigures(dir);
      expect(pdfFigures(pdf)).toEqual(FIGURES.map((f) => f.printed));
    }
  );

  test("the report workbook keeps numbers, each with a format showing the digits the PDF prints", async () => {
    const { xlsx } = await exportFigures(dir);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const ws = book.getWorksheet("Tahunan")!;
    const byName = new Map<unknown, ExcelJS.Row>();
    ws.eachRow((r) => byName.set(r.getCell(3).value, r));
    const cells = (f: (typeof FIGURES)[number]) =>
      [5, 6, 7].map((c) => byName.get(f.indicator.indikator)!.getCell(c));
    for (const f of FIGURES) {
      expect([f.indicator.kode, cells(f).map((c) => typeof c.value)]).toEqual([
        f.indicator.kode,
        ["number", "number", "number"],
      ]);
      expect([f.indicator.kode, cells(f).map((c) => c.numFmt)]).toEqual([
        f.indicator.kode,
        f.numFmt,
      ]);
    }
    // the value itself, not the printed rounding: 0,652 and 1 ÷ 3 × 100 stay what they are
    expect(cells(FIGURES[0])[1].value).toBe(0.652);
    expect(cells(FIGURES[3])[1].value).toBeCloseTo(100 / 3, 12);
  });
});

describeWithLibreOffice("the report workbook shown in an Indonesian locale", () => {
  test("LibreOffice set to id-ID shows the figures the PDF prints", async () => {
    const dir = tmpDir();
    const { xlsx } = await exportFigures(dir);
    const profile = mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
    mkdirSync(path.join(profile, "user"));
    writeFileSync(
      path.join(profile, "user", "registrymodifications.xcu"),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>id-ID</value></prop></item>
</oor:items>`
    );
    const out = mkdtempSync(path.join(os.tmpdir(), "lo-out-"));
    // ';'-separated, cells "as shown": the text the number format draws in the locale
    execFileSync(
      SOFFICE as string,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):59,34,UTF8,1,,1057,false,true,true,false,false,-1",
        "--outdir",
        out,
        xlsx,
      ],
      { stdio: "pipe", timeout: 120_000 }
    );
    const csv = readFileSync(path.join(out, readdirSync(out)[0]), "utf8").split("\n");
    for (const { indicator, printed } of FIGURES) {
      const line = csv.find((l) => l.includes(indicator.indikator)) ?? "";
      expect([indicator.kode, line.split(";").slice(4, 7)]).toEqual([indicator.kode, printed]);
    }
  }, 120_000);
});

describeWithLibreOffice("the report workbook printed by LibreOffice", () => {
  test("every column fits one page width and the header row repeats on the next page", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rekap-print-"));
    const rows = Array.from({ length: 90 }, (_, i) => row(i + 1));
    const xlsx = path.join(dir, "cetak.xlsx");
    writeFileSync(xlsx, await reportXlsx([{ sheet: "Tahunan", report: report(rows) }]));
    execFileSync(
      SOFFICE as string,
      [
        `-env:UserInstallation=file://${mkdtempSync(path.join(os.tmpdir(), "lo-profile-"))}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        xlsx,
      ],
      { stdio: "pipe", timeout: 120_000 }
    );
    const pdf = path.join(dir, "cetak.pdf");
    expect(readdirSync(dir)).toContain("cetak.pdf");
    const { words: all } = words(pdf);
    const pages = Math.max(...all.map((w) => w.page));
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const texts = all.filter((w) => w.page === page).map((w) => w.text);
      // the last column's header on every page: one page wide, header repeated
      expect([page, texts.includes("Keterangan"), texts.includes("Satuan")]).toEqual([
        page,
        true,
        true,
      ]);
    }
    // down to the last row
    expect(all.filter((w) => w.text === "90")).toHaveLength(1);
  }, 120_000);
});
