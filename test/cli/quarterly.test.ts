// Capaian Triwulan on the command line: `recap --period triwulan` writes it and records no SOP step,
// `export --period triwulan` prints the current quarter s.d., and LibreOffice recomputes every cell
// the command line wrote, giving the hand-worked s.d. TW figures.
import { existsSync, readFileSync } from "fs";
import path from "path";
import { cli } from "../helpers/cli";
import { describeWithLibreOffice, recalculatedSheets } from "../helpers/libreoffice";
import { sampleSheets, tmpDir, trickySheets, writeBook } from "../helpers/workbooks";
import { readSnapshot } from "../../src/xlsx";
import { planRecap } from "../../src/core/plan";
import { QUARTERLY_SHEET } from "../../src/core/contract";
import { TemplateIndicator } from "../../src/core/newSheet";

/** Every visible cell of the sheet where LibreOffice and the recap's written values disagree. */
function mismatches(
  csv: string[][],
  written: readonly (readonly { value: unknown }[])[]
): string[] {
  const out: string[] = [];
  const header = written[1].map((c) => String(c.value));
  const visible = header.indexOf("Kategori s.d. TW IV") + 1;
  written.slice(2).forEach((row, r) => {
    for (let c = 0; c < visible; c++) {
      const want = row[c].value;
      const got = csv[r + 2]?.[c] ?? "";
      const same =
        typeof want === "number"
          ? got !== "" && Math.abs(Number(got) - want) <= 1e-9 * Math.max(1, Math.abs(want))
          : got === String(want ?? "");
      if (!same) out.push(`${row[1].value} ${header[c]}: LibreOffice "${got}", recap ${want}`);
    }
  });
  return out;
}

// Year 2023 has ended, so no quarter waits on TODAY(); each figure is worked out by hand below.
const HAND_WORKED: TemplateIndicator[] = [
  {
    kode: "J",
    indikator: "Jumlah",
    satuan: "Kasus",
    polaritas: "Positif",
    agregasi: "Jumlah",
    targetTahunan: 100,
    quarterTargets: [25, 25, 25, 25],
    realisasi: { 1: 20, 2: 23, 3: null, 4: null },
  },
  {
    kode: "R",
    indikator: "Rata-rata",
    satuan: "Indeks",
    polaritas: "Positif",
    agregasi: "Rata-rata",
    targetTahunan: 80,
    quarterTargets: [70, 80, 85, 90],
    realisasi: { 1: 60, 2: 84, 3: null, 4: null },
  },
  {
    kode: "T",
    indikator: "Terakhir",
    satuan: "%",
    polaritas: "Positif",
    agregasi: "Terakhir",
    targetTahunan: 100,
    quarterTargets: [25, 50, 75, 100],
    realisasi: { 1: 20, 2: 45, 3: null, 4: null },
  },
  {
    kode: "X",
    indikator: "Rasio",
    satuan: "%",
    polaritas: "Positif",
    agregasi: "Rasio",
    targetTahunan: 90,
    quarterTargets: [90, 90, 90, 90],
    realisasi: { 1: [45, 50], 2: [40, 50], 3: null, 4: null },
  },
];

const sheetNames = (file: string): string[] =>
  readSnapshot(readFileSync(file)).sheets.map((s) => s.name);
const rowsOf = (file: string, sheet: string): unknown[][] =>
  Array.from(
    readSnapshot(readFileSync(file)).sheets.find((s) => s.name === sheet)?.rows ?? [],
    (r) => Array.from(r ?? [], (c) => c?.value ?? "")
  );

describe("Capaian Triwulan on the command line", () => {
  const dir = tmpDir();

  test("recap --period triwulan writes that sheet only, shows s.d. TW II, and records no SOP step", async () => {
    const file = await writeBook(dir, "cli-tw.xlsx", sampleSheets(HAND_WORKED));
    const before = sheetNames(file);
    const trackerBefore = rowsOf(file, "Tahapan SOP");
    const r = await cli("recap", file, "--period", "triwulan", "--oleh", "Siti");
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${file}: ${QUARTERLY_SHEET} ditulis`);
    expect(r.out).toContain(`${QUARTERLY_SHEET} (s.d. TW II):`);
    // The summary row of J: target 50, realisasi 43, capaian 86 (43 ÷ 50), Tinggi.
    expect(r.out).toMatch(/^J\s+Jumlah\s+50\s+43\s+86\s+Tinggi\s+Lengkap$/m);
    expect(sheetNames(file)).toEqual([...before, QUARTERLY_SHEET]);
    expect(rowsOf(file, "Tahapan SOP")).toEqual(trackerBefore);
    const log = rowsOf(file, "Log");
    expect(log[log.length - 1].slice(1, 4)).toEqual(["Siti", "rekap", QUARTERLY_SHEET]);
    // `all` stays the SOP's three periods.
    expect((await cli("recap", file, "--quiet")).out).toContain(
      "Semester I, Semester II, Tahunan ditulis"
    );
  });

  test("export --period triwulan prints the figures s.d. the current quarter", async () => {
    const file = await writeBook(dir, "export-tw.xlsx", sampleSheets(HAND_WORKED));
    const xlsx = path.join(dir, "export-tw-out.xlsx");
    const r = await cli("export", file, "--period", "triwulan", "--xlsx", xlsx);
    expect(r.code).toBe(0);
    expect(sheetNames(xlsx)).toEqual([QUARTERLY_SHEET]);
    const cells = rowsOf(xlsx, QUARTERLY_SHEET);
    expect(cells.flat()).toContain("LAPORAN KINERJA S.D. TW II");
    const j = cells.find((row) => row.includes("Jumlah") && row.includes(50));
    expect(j).toEqual(expect.arrayContaining([50, 43, 86, "Tinggi"]));
    // Without --pdf or --xlsx: the PDF beside the workbook, named after the sheet.
    expect((await cli("export", file, "--period", "triwulan")).code).toBe(0);
    expect(existsSync(path.join(dir, "export-tw-laporan-kinerja-capaian-triwulan-2023.pdf"))).toBe(
      true
    );
  });

  test("the Kasubag decides on periods only", async () => {
    const file = await writeBook(dir, "decide-tw.xlsx", sampleSheets(HAND_WORKED));
    const r = await cli("decide", file, "--period", "triwulan", "--ya", "--oleh", "Siti");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--period tidak dikenal: triwulan (semester1, semester2, tahunan)");
  });
});

describeWithLibreOffice("LibreOffice recomputes Capaian Triwulan", () => {
  const dir = tmpDir();

  test.each([
    ["the sample", sampleSheets],
    ["the twisted sample", trickySheets],
  ])("%s: every visible cell, as the recap wrote it", async (_name, sheets) => {
    const file = await writeBook(dir, `tw-${sheets.name}.xlsx`, sheets());
    const out = path.join(dir, `tw-recap-${sheets.name}.xlsx`);
    const recap = await cli("recap", file, "--period", "triwulan", "--out", out, "--quiet");
    expect(recap.code).toBe(0);
    expect(recap.out).toContain(`${QUARTERLY_SHEET} ditulis`);
    const written = readSnapshot(readFileSync(out)).sheets.find((s) => s.name === QUARTERLY_SHEET);
    // The values written are the core's; LibreOffice must compute each of them from the formulas.
    const plan = planRecap(readSnapshot(readFileSync(file)), ["triwulan"]);
    if (!plan.ok || !written) throw new Error("no recap");
    const patch = plan.patch.sheets[0];
    expect(patch.rows.length).toBeGreaterThan(10);
    const csv = recalculatedSheets(out).get(QUARTERLY_SHEET) as string[][];
    expect(mismatches(csv, patch.rows)).toEqual([]);
  });

  test("one case per Agregasi, s.d. TW II against Tahunan", async () => {
    const file = await writeBook(dir, "tw-hand.xlsx", sampleSheets(HAND_WORKED));
    expect((await cli("recap", file, "--period", "triwulan", "--quiet")).code).toBe(0);
    expect((await cli("recap", file, "--period", "tahunan", "--quiet")).code).toBe(0);
    const csv = recalculatedSheets(file);
    const at = (sheet: string, kode: string, header: string): string => {
      const rows = csv.get(sheet) ?? [];
      return rows.find((r) => r[1] === kode)?.[rows[1].indexOf(header)] ?? "missing";
    };
    const toDate = (kode: string) =>
      ["Target", "Realisasi", "Capaian"].map((w) =>
        at(QUARTERLY_SHEET, kode, `${w} s.d. TW II${w === "Capaian" ? " (%)" : ""}`)
      );
    expect(toDate("J")).toEqual(["50", "43", "86"]); // 25 + 25; 20 + 23; 43 ÷ 50
    expect(at("Tahunan", "J", "Capaian (%)")).toBe("43"); // 43 ÷ 100
    expect(toDate("R")).toEqual(["75", "72", "96"]); // mean 70, 80; mean 60, 84; 72 ÷ 75
    expect(toDate("T")).toEqual(["50", "45", "90"]); // Target TW II; TW II; 45 ÷ 50
    expect(toDate("X")).toEqual(["90", "85", "94.44"]); // TW II; 85 ÷ 100 × 100; 85 ÷ 90
    expect(at(QUARTERLY_SHEET, "J", "Kategori s.d. TW II")).toBe("Tinggi");
    expect(at(QUARTERLY_SHEET, "J", "Capaian TW II (%)")).toBe("92"); // 23 ÷ 25
    expect(at(QUARTERLY_SHEET, "X", "Realisasi TW II")).toBe("80"); // 40 ÷ 50 × 100
    // TW III not reported: blank on its own, and s.d. TW III is TW I–II against 75.
    expect(at(QUARTERLY_SHEET, "J", "Capaian TW III (%)")).toBe("");
    expect(at(QUARTERLY_SHEET, "J", "Capaian s.d. TW III (%)")).toBe("57.33"); // 43 ÷ 75
  });
});
