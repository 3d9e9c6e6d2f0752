// Issue 10's eleven cases in one workbook (test/helpers/elevenCases.ts), end to end: the command line
// checks, fixes, recaps and exports it; the add-in recaps it on the strict test host; LibreOffice
// recomputes what each wrote, and every figure must equal the one worked out by hand.
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import {
  CHECK_AS_TYPED,
  correctBlockingRows,
  elevenCasesDifferences,
  elevenCasesSheets,
} from "../helpers/elevenCases";
import { describeWithLibreOffice, recalculatedSheets } from "../helpers/libreoffice";
import { tmpDir, writeBook } from "../helpers/workbooks";
import { createFakeExcel } from "../excel/fakeExcel";
import { asWorkbook } from "../excel/hostWorkbook";
import { toFakeSheet } from "../excel/workbooks";
import { readSnapshot } from "../../src/xlsx";
import { createExcelGateway } from "../../src/excel/gateway";
import { ExcelHost } from "../../src/excel/run";
import { applyFixes, previewFixes } from "../../src/app/fix";
import { recap } from "../../src/app/recap";
import { ALL_PERIODS } from "../../src/core/plan";
import { RecapId } from "../../src/core/contract";
import { formatProblem } from "../../src/core/problems";
import { WorkbookSnapshot } from "../../src/core/workbook";

const FIXABLE = " [dapat diperbaiki: rekap-kinerja fix]";
const EVERY_RECAP: RecapId[] = [...ALL_PERIODS, "triwulan"];

/** The problem lines `check` printed, without its closing summary line. */
const problemLines = (out: string, file: string): string[] =>
  out
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith(`${file}:`))
    .sort();

const cellsOf = (book: WorkbookSnapshot): Map<string, unknown> =>
  new Map(
    book.sheets.flatMap((s) =>
      s.rows.flatMap((row, r) => (row ?? []).map((c, col) => [`${s.name}!${r},${col}`, c?.value]))
    )
  );

/** 15 July 2023, noon in Jakarta: TW I and TW II have ended, TW III and TW IV have not. */
const JULY_2023 = new Date("2023-07-15T05:00:00Z");
/** 15 January 2024: the whole of 2023 has ended. */
const JANUARY_2024 = new Date("2024-01-15T05:00:00Z");
const envAt = (now: Date) => ({ now: () => now, user: "uji", utcOffset: () => 420 });

describe("the eleven cases on the command line", () => {
  test("check lists each case at its own cell, and nothing about the unreadable row's quarters", async () => {
    const file = await writeBook(tmpDir(), "eleven.xlsx", elevenCasesSheets());
    const check = await cli("check", file);
    expect(check.code).toBe(1);
    const { errors, fixable, warnings } = CHECK_AS_TYPED;
    expect(problemLines(check.out, file)).toEqual(
      [...errors, ...fixable.map((f) => f + FIXABLE), ...warnings].sort()
    );
    expect(check.out).toContain(`${file}: 3 masalah, 1 dapat diperbaiki`);
    // Z-01's quarter rows are not told their Kode is missing: the cause is its PK row, said once.
    expect(check.out).not.toContain("tidak ada di Perjanjian Kinerja");
  });

  test("checked in July, the zeros typed ahead for TW III and TW IV are warnings", async () => {
    const file = await writeBook(tmpDir(), "july.xlsx", elevenCasesSheets());
    // The command line reads the computer's clock; only Date is stopped, timers run as usual.
    jest.useFakeTimers({
      now: JULY_2023,
      doNotFake: [
        "hrtime",
        "nextTick",
        "performance",
        "queueMicrotask",
        "setImmediate",
        "clearImmediate",
        "setInterval",
        "clearInterval",
        "setTimeout",
        "clearTimeout",
      ],
    });
    let out: string;
    try {
      out = (await cli("check", file)).out;
    } finally {
      jest.useRealTimers();
    }
    const ahead = (tw: string, end: string) =>
      `${tw}!E9: peringatan — ${tw} 2023 belum berakhir (${end} 2023) — nilai ini belum dihitung`;
    expect(out).toContain(ahead("TW III", "30 September"));
    expect(out).toContain(ahead("TW IV", "31 Desember"));
    expect(out).not.toMatch(/TW I!E\d+: peringatan — TW I 2023 belum berakhir/);
    expect(out).not.toMatch(/TW II!E\d+: peringatan — TW II 2023 belum berakhir/);
  });
});

describeWithLibreOffice("the eleven cases recapped and recomputed", () => {
  const dir = tmpDir();

  test("corrected, fixed and recapped by the command line, LibreOffice reaches every hand-worked figure; export keeps 0,648", async () => {
    const file = await writeBook(dir, "cli.xlsx", correctBlockingRows(elevenCasesSheets()));
    const check = await cli("check", file);
    expect(check.code).toBe(1);
    expect(problemLines(check.out, file)).toEqual(
      [...CHECK_AS_TYPED.fixable.map((f) => f + FIXABLE), ...CHECK_AS_TYPED.warnings].sort()
    );

    // fix rewrites 100 Orang as 100 and nothing else.
    const before = cellsOf(readSnapshot(readFileSync(file)));
    const fix = await cli("fix", file);
    expect(fix.code).toBe(0);
    expect(fix.out).toContain("TW I!E8: diubah menjadi angka 100");
    const after = cellsOf(readSnapshot(readFileSync(file)));
    const changed = [...after].filter(([k, v]) => !k.startsWith("Log!") && before.get(k) !== v);
    expect(changed).toEqual([["TW I!7,4", 100]]);

    const all = await cli("recap", file, "--period", "all");
    expect([all.code, all.err]).toEqual([0, ""]);
    expect(all.out).toContain("Semester I, Semester II, Tahunan ditulis");
    for (const w of CHECK_AS_TYPED.warnings) expect(all.out).toContain(w);
    const triwulan = await cli("recap", file, "--period", "triwulan", "--quiet");
    expect([triwulan.code, triwulan.err]).toEqual([0, ""]);

    expect(elevenCasesDifferences(recalculatedSheets(file))).toEqual([]);

    // The report: Target and Realisasi with the digits they have, Capaian with two decimals.
    const pdf = path.join(dir, "cli.pdf");
    const xlsx = path.join(dir, "cli-report.xlsx");
    const r = await cli("export", file, "--pdf", pdf, "--xlsx", xlsx, "--date", "2024-01-15");
    expect([r.code, r.err]).toEqual([0, ""]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const rowOf = (indikator: string): ExcelJS.Row => {
      let found: ExcelJS.Row | undefined;
      book.getWorksheet("Tahunan")?.eachRow((row) => {
        if (row.getCell(3).value === indikator) found = row;
      });
      if (!found) throw new Error(`${indikator} not in the report`);
      return found;
    };
    const figures = (indikator: string) =>
      [5, 6, 7].map((c) => [rowOf(indikator).getCell(c).value, rowOf(indikator).getCell(c).numFmt]);
    // D-01: 0,648 and 0,652 as they are; 0,652 ÷ 0,648 × 100 = 100,617… → 100,62.
    expect(figures("Indeks kepuasan layanan")).toEqual([
      [0.648, "#,##0.000"],
      [0.652, "#,##0.000"],
      [100.62, "#,##0.00"],
    ]);
    // U-01: 420 ÷ 400 × 100 = 105 printed 105,00.
    expect(figures("Jumlah anggota Linmas terlatih")).toEqual([
      [400, "#,##0"],
      [420, "#,##0"],
      [105, "#,##0.00"],
    ]);
    if (existsSync("/usr/bin/pdftotext") || process.env.CI) {
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      const line = (name: string) => text.split("\n").find((l) => l.includes(name)) ?? "";
      expect(line("Indeks kepuasan layanan")).toMatch(/0,648\s+0,652\s+100,62\s/);
      expect(line("Jumlah anggota Linmas terlatih")).toMatch(/400\s+420\s+105,00\s/);
      // P-01 Tahunan: 139 ÷ 62500 × 1000 = 2,224; ÷ 2 × 100 = 111,20.
      expect(line("Rasio rumah tangga terlayani")).toMatch(/\s2\s+2,224\s+111,20\s/);
    }
  });

  test("the add-in recaps the same workbook on the strict host to the same figures", async () => {
    const fake = createFakeExcel(correctBlockingRows(elevenCasesSheets()).map(toFakeSheet));
    // The fake implements only what the adapter touches; Office.js's full types do not fit it.
    const gateway = createExcelGateway(fake.host as unknown as ExcelHost);
    const env = envAt(JANUARY_2024);
    const preview = await previewFixes(gateway);
    expect(preview.fixed.map((p) => formatProblem(p))).toEqual(
      CHECK_AS_TYPED.fixable.map((f) => f + FIXABLE)
    );
    expect(await applyFixes(gateway, preview.edits, env)).toEqual({ applied: 1, skipped: 0 });
    const outcome = await recap(gateway, EVERY_RECAP, env);
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => formatProblem(p)).join("\n"));
    expect(outcome.warnings.map((p) => formatProblem(p)).sort()).toEqual(
      [...CHECK_AS_TYPED.warnings].sort()
    );
    const file = await writeBook(dir, "host.xlsx", asWorkbook(fake));
    expect(elevenCasesDifferences(recalculatedSheets(file))).toEqual([]);
  });

  test("recapped by the add-in in July, the zeros typed ahead wait; once the year has ended the sheet counts them by itself", async () => {
    const fake = createFakeExcel(correctBlockingRows(elevenCasesSheets()).map(toFakeSheet));
    const gateway = createExcelGateway(fake.host as unknown as ExcelHost);
    const env = envAt(JULY_2023);
    const preview = await previewFixes(gateway);
    await applyFixes(gateway, preview.edits, env);
    const outcome = await recap(gateway, EVERY_RECAP, env);
    if (!outcome.ok) throw new Error(outcome.problems.map((p) => formatProblem(p)).join("\n"));
    const warnings = outcome.warnings.map((p) => formatProblem(p));
    expect(warnings).toContain(
      "TW III!E9: peringatan — TW III 2023 belum berakhir (30 September 2023) — nilai ini belum dihitung"
    );
    expect(warnings).toContain(
      "TW IV!E9: peringatan — TW IV 2023 belum berakhir (31 Desember 2023) — nilai ini belum dihitung"
    );
    // What the add-in computed in July for N-01: Semester I 26 + 34 = 60 against 30 + 30 → 100;
    // Tahunan 60 against 120 → 50, the two zeros not counted.
    const tahunan = outcome.results.find((r) => r.period === "tahunan");
    const n01 = tahunan?.rows.find((r) => r.indicator.kode === "N-01");
    expect([n01?.realisasi, n01?.capaian, n01?.status]).toEqual([
      60,
      50,
      "Belum lengkap (TW III, TW IV)",
    ]);
    const formulas = fake.sheets
      .filter((s) => s.name === "Tahunan")
      .flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? ""));
    expect(formulas.some((f) => f.includes("TODAY()>DATE(2023,9,30)"))).toBe(true);
    // LibreOffice's TODAY() is long after 2023: every formula counts TW III and TW IV, and the
    // figures are the year-end ones worked out by hand.
    const file = await writeBook(dir, "host-july.xlsx", asWorkbook(fake));
    expect(elevenCasesDifferences(recalculatedSheets(file))).toEqual([]);
  });
});
