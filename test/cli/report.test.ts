// Reports that say what is missing and print the way an office prints: warnings for Pengaturan keys
// the page would print empty, long letterhead lines wrapped inside the page, a `No` column that
// holds 5-digit numbers, real dates only, and a report workbook with its print setup. Positions are
// read back from the PDF by poppler (pdftotext -bbox), not from our own layout arithmetic.
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { strFromU8, unzipSync } from "fflate";
import { cli } from "../helpers/cli";
import { tmpDir, writeBook } from "../helpers/workbooks";
import { describeWithLibreOffice, SOFFICE } from "../helpers/libreoffice";
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
