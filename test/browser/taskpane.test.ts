// The production build of the task pane in real headless Chromium (Debian's; never downloaded), over
// a fake Excel injected before the page loads. Office.js itself is the real library, outside Office.
import fs from "fs";
import path from "path";
import { Download, Page } from "playwright-core";
import { chromiumSession, describeIfChromium, fakeExcelScript, offline, ROOT } from "./harness";
import { FakeSheetInit } from "../excel/fakeExcel";
import { workbook } from "../excel/workbooks";

const ARTIFACTS = path.join(ROOT, "test/artifacts");

/**
 * Office in English: outside Office, Office.js's `context` is a plain object without a display
 * language. Every read of `Office.context` gets one, set before the pane asks for it.
 */
async function englishOffice(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let office: object | undefined;
    Object.defineProperty(window, "Office", {
      configurable: true,
      get: () => office,
      set: (value: object) => {
        office = new Proxy(value, {
          get(target, key) {
            const got = Reflect.get(target, key);
            if (key === "context" && got && typeof got === "object") got.displayLanguage = "en-US";
            return got;
          },
        });
      },
    });
  });
}

describeIfChromium("task pane in Chromium", () => {
  const session = chromiumSession();
  beforeAll(() => fs.mkdirSync(ARTIFACTS, { recursive: true }));

  async function open(
    sheets: FakeSheetInit[],
    before?: (page: Page) => Promise<void>
  ): Promise<Page> {
    // WIB, like the offices this is for: the tracker's times are the user's wall-clock time.
    const page = await session.browser.newPage({
      viewport: { width: 360, height: 760 },
      timezoneId: "Asia/Jakarta",
      acceptDownloads: true,
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await offline(page, session.url);
    await before?.(page);
    await page.addInitScript(fakeExcelScript(sheets));
    await page.goto(`${session.url}/taskpane.html`);
    await page.getByRole("heading", { name: /^(Ringkasan triwulan|Quarter overview)$/ }).waitFor();
    expect(errors).toEqual([]);
    return page;
  }

  test("Rekap Tahunan writes the Tahunan sheet and says so", async () => {
    const page = await open(workbook("sample"));
    await page.getByRole("button", { name: "Rekap Tahunan" }).click();
    await page.getByText(/^Rekap Tahunan selesai: 16 indikator/).waitFor();
    const written = await page.evaluate(() => {
      // The fake is the page's `window.__fake` (harness.ts); read what the pane had written into it.
      const fake = (
        window as unknown as {
          __fake: {
            cell: (s: string, a: string) => { formula?: string; value?: unknown } | undefined;
          };
        }
      ).__fake;
      return { a1: fake.cell("Tahunan", "A1")?.value, j3: fake.cell("Tahunan", "J3")?.formula };
    });
    expect(written.a1).toBe("Rekap Kinerja Tahunan Tahun 2023");
    // The sample has a range and a predicate target, whose branches come first; plain rows end on
    // the ordinary capaian formula over the row's own Target (H) and Realisasi (I).
    expect(written.j3).toContain(
      'IF(OR(NOT(ISNUMBER($H3)),NOT(ISNUMBER($I3))),"",IF($H3=0,IF($F3="Negatif",IF($I3=0,100,0),""),'
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-recap.png"), fullPage: true });
    await page.close();
  });

  test("Capaian Triwulan writes its sheet with live s.d. TW formulas", async () => {
    const page = await open(workbook("sample"));
    await page.getByRole("button", { name: "Capaian Triwulan (s.d. TW)" }).click();
    await page.getByText(/^Rekap Capaian Triwulan selesai: 16 indikator/).waitFor();
    const written = await page.evaluate(() => {
      const fake = (
        window as unknown as {
          __fake: {
            cell: (s: string, a: string) => { formula?: string; value?: unknown } | undefined;
          };
        }
      ).__fake;
      // T: Capaian s.d. TW II (%), from its own Target (R) and Realisasi (S) s.d. TW II.
      return {
        a1: fake.cell("Capaian Triwulan", "A1")?.value,
        t3: fake.cell("Capaian Triwulan", "T3")?.formula,
      };
    });
    expect(written.a1).toBe("Rekap Kinerja Capaian Triwulan Tahun 2023");
    expect(written.t3).toContain("$S3/$R3*100");
    await page.close();
  });

  test("Bantuan: the compatibility self-test passes every check, leaves no sheet, copies its report", async () => {
    type Win = Window & {
      __copied?: string;
      __fake: { sheets: { name: string }[] };
    };
    // Headless Chromium's clipboard needs permissions; a stand-in records what the pane copies.
    const page = await open(workbook("sample"), async (p) => {
      await p.addInitScript(() => {
        Object.defineProperty(navigator, "clipboard", {
          configurable: true,
          value: {
            writeText: async (text: string) => {
              (window as unknown as Win).__copied = text;
            },
          },
        });
      });
    });
    const sheetsBefore = await page.evaluate(() =>
      (window as unknown as Win).__fake.sheets.map((s) => s.name)
    );
    await page.getByRole("button", { name: "Bantuan" }).click();
    await page.getByRole("button", { name: "Periksa kecocokan Excel" }).click();
    await page.getByText(/^Semua 11 pemeriksaan lulus/).waitFor();
    const results = page.getByRole("list", { name: "Hasil pemeriksaan" });
    expect(await results.getByRole("listitem").count()).toBe(11);
    expect(await results.getByText("lulus", { exact: true }).count()).toBe(11);
    await results.getByText("Satu rumus untuk seluruh rentang").waitFor();
    // Outside Office there is no Office.context.diagnostics and no requirement sets: it says so.
    await page
      .getByText(
        "Info Office tidak tersedia (panel dibuka di luar Office) · ExcelApi: tidak diketahui"
      )
      .waitFor();
    expect(
      await page.evaluate(() => (window as unknown as Win).__fake.sheets.map((s) => s.name))
    ).toEqual(sheetsBefore);
    await page.screenshot({ path: path.join(ARTIFACTS, "self-test.png"), fullPage: true });

    await page.getByRole("button", { name: "Salin" }).click();
    await page.getByText("Laporan disalin.").waitFor();
    const copied = (await page.evaluate(() => (window as unknown as Win).__copied)) ?? "";
    expect(copied.split("\n").slice(0, 2)).toEqual([
      "Rekap Kinerja — uji kecocokan Excel",
      "Info Office tidak tersedia (panel dibuka di luar Office) · ExcelApi: tidak diketahui",
    ]);
    expect(copied).toMatch(/\n11 lulus, 0 gagal, 0 dilewati$/);

    // Without a clipboard (some desktop WebViews) the report is shown to copy by hand.
    await page.evaluate(() =>
      Object.defineProperty(navigator, "clipboard", { configurable: true, value: undefined })
    );
    await page.getByRole("button", { name: "Salin" }).click();
    expect(await page.getByRole("textbox", { name: "Teks laporan" }).inputValue()).toBe(copied);
    await page.close();
  });

  test("a bad workbook lists its problems; a click selects the cell; Perbaiki angka asks first", async () => {
    const sheets = workbook("sample");
    const tw3 = sheets.find((s) => s.name === "TW III") as FakeSheetInit;
    tw3.rows[3][4] = { value: "lima" }; // IK-02: not a number
    tw3.rows[4][4] = { value: "41,5" }; // IK-03: a number stored as text
    const page = await open(sheets);

    await page.getByRole("heading", { name: "Masalah (2)" }).waitFor();
    await page.getByRole("button", { name: "Rekap Tahunan" }).click();
    await page.getByText(/^Rekap dibatalkan: 2 masalah/).waitFor();

    await page.getByRole("button", { name: "Pilih sel TW III!E4" }).click();
    await page.waitForFunction(() =>
      (
        window as unknown as { __fake: { stats: { ops: { what: string }[] } } }
      ).__fake.stats.ops.some((o) => o.what === "select TW III!E4")
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-problems.png"), fullPage: true });

    await page.getByRole("button", { name: "Perbaiki angka (1)" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Perbaiki angka?" });
    await dialog.getByText(/TW III!E5: Realisasi "41,5" tersimpan sebagai teks/).waitFor();
    await dialog.getByRole("button", { name: "Perbaiki" }).click();
    await page.getByText("1 sel diperbaiki.").waitFor();
    // Found by role only if the dialog gave the pane back to screen readers when it closed.
    await page.getByRole("heading", { name: "Masalah (1)" }).waitFor();
    await page.close();
  });

  test("in an English Office the problems read in English, with the workbook's cells and words", async () => {
    const sheets = workbook("sample");
    const tw3 = sheets.find((s) => s.name === "TW III") as FakeSheetInit;
    tw3.rows[3][4] = { value: "lima" }; // IK-02: not a number
    tw3.rows[4][4] = { value: "41,5" }; // IK-03: a number stored as text
    const page = await open(sheets, englishOffice);

    const problems = page.getByRole("region", { name: "Problems (2)" });
    await problems.getByText('Realisasi "lima" is not a number').waitFor();
    await problems.getByText('Realisasi "41,5" is stored as text — read as 41.5').waitFor();
    await problems.getByRole("button", { name: "Select cell TW III!E4" }).waitFor();
    await page.getByRole("button", { name: "Recap Tahunan (annual)" }).click();
    await page.getByText(/^Recap cancelled: fix 2 problems first/).waitFor();

    await page.getByRole("button", { name: "Fix numbers (1)" }).click();
    await page
      .getByRole("alertdialog", { name: "Fix numbers?" })
      .getByText('TW III!E5: Realisasi "41,5" is stored as text — read as 41.5 → 41.5')
      .waitFor();
    await page.screenshot({
      path: path.join(ARTIFACTS, "taskpane-problems-en.png"),
      fullPage: true,
    });
    await page.close();
  });

  test("SOP: record a step, approve and return reports through the dialogs, export the report", async () => {
    // The page's clock starts at 08:30 WIB on Monday 3 July 2023 and is moved on by hand: no sleeping.
    const page = await open(workbook("sample"), (p) =>
      p.clock.install({ time: new Date("2023-07-03T01:30:00Z") })
    );
    const trackerRow = (r: number) =>
      page.evaluate((row) => {
        const f = (
          window as unknown as {
            __fake: { cell: (s: string, a: string) => { value: unknown } | undefined };
          }
        ).__fake;
        return "ABCDEFGHIJKLM"
          .split("")
          .map((c) => f.cell("Tahapan SOP", `${c}${row}`)?.value ?? null);
      }, r);

    // No name yet: nothing can be started or decided.
    expect(await page.getByRole("button", { name: "Mulai" }).isDisabled()).toBe(true);
    await page.getByRole("textbox", { name: "Nama Anda" }).fill("Budi Santoso");
    await page.getByRole("combobox", { name: "Langkah" }).selectOption("2");
    await page.getByRole("combobox", { name: "Periode", exact: true }).selectOption("tw2");
    await page.getByRole("button", { name: "Mulai" }).click();
    await page.getByText("Langkah 2 (TW II 2023) berjalan sejak 03/07/2023 08:30.").waitFor();
    expect(await page.evaluate(() => localStorage.getItem("rekap-kinerja.nama"))).toBe(
      "Budi Santoso"
    );

    await page.clock.fastForward("45:00"); // 45 minutes for a step whose standard is 30
    await page.getByRole("button", { name: "Selesai" }).click();
    await page.getByText("Langkah 2 TW II 2023 dicatat: 45 menit, melebihi waktu baku.").waitFor();
    const recent = page.getByRole("list", { name: "Catatan terakhir" });
    await recent.getByText("Langkah 2 · TW II 2023").waitFor();
    await recent.getByText("melebihi waktu baku").waitFor();
    const step2 = await trackerRow(2);
    expect([step2[1], step2[3], step2[5], step2[8], step2[9], step2[10]]).toEqual([
      2,
      "TW II 2023",
      "Budi Santoso",
      45,
      "30 Menit",
      "Tidak",
    ]);
    // 08:30 WIB on 3 July 2023 is 45110 + 8.5/24; the page's clock runs on, so within a minute of it.
    expect(Math.abs((step2[6] as number) - (45110 + 8.5 / 24))).toBeLessThan(1 / 1440);

    // A Draf offers only "Ajukan"; submitting a period never recapped is refused, with the reason.
    const semester2 = page.getByRole("group", { name: "Semester II 2023" });
    expect(await semester2.getByRole("button", { name: "Setujui (Ya)" }).count()).toBe(0);
    await semester2.getByRole("button", { name: "Ajukan" }).click();
    await page
      .getByText(
        /^Keputusan tidak dicatat: 1 masalah — Semester II!A1: lembar Semester II belum ada/
      )
      .waitFor();

    // Recap Semester I (it records its own step 6), submit it, then approve it.
    await page.getByRole("button", { name: "Rekap Semester I", exact: true }).click();
    // The pane's workbook has no Tahunan yet: the semester recap writes it too (it borrows its lookups).
    await page.getByText(/^Rekap Semester I, Tahunan selesai/).waitFor();
    const semester1 = page.getByRole("group", { name: "Semester I 2023" });
    await semester1.getByRole("button", { name: "Ajukan" }).click();
    await page.getByText("Laporan Semester I 2023 diajukan ke Kasubag Perencanaan.").waitFor();
    await semester1.getByText("Diajukan", { exact: true }).waitFor();
    await semester1.getByRole("button", { name: "Setujui (Ya)" }).click();
    const approveDialog = page.getByRole("alertdialog", {
      name: "Setujui laporan Semester I 2023?",
    });
    await approveDialog.getByRole("button", { name: "Setujui" }).click();
    await page.getByText("Keputusan Ya untuk Semester I 2023 dicatat di Tahapan SOP.").waitFor();
    await semester1.getByText("Disetujui", { exact: true }).waitFor();
    await semester1.getByText(/^oleh Budi Santoso, 03\/07\/2023 09:15$/).waitFor();
    await semester1.getByText(/^Sidik jari [0-9a-f]{12}$/).waitFor();

    // A quarter cell changed after the Ya: the period says so, with the change at its cell.
    const changed = await page.evaluate(() => {
      const f = (
        window as unknown as {
          __fake: {
            cell: (s: string, a: string) => { value: unknown } | undefined;
          };
        }
      ).__fake;
      let r = 2;
      while (f.cell("TW I", `A${r}`)?.value !== "IK-02") r++;
      const cell = f.cell("TW I", `E${r}`) as { value: unknown };
      const before = cell.value;
      cell.value = (before as number) + 5;
      return { address: `E${r}`, before: before as number };
    });
    // The harness's host has no change events (ExcelApi 1.8): the pane offers a refresh instead.
    await page.getByRole("button", { name: "Muat ulang" }).click();
    await semester1.getByText("berubah sejak disetujui").first().waitFor();
    await semester1
      .getByText(
        `TW I!${changed.address}: IK-02 Realisasi TW I: ${changed.before} → ${changed.before + 5} — berubah sejak Semester I 2023 disetujui`
      )
      .waitFor();

    // Returning Tahunan needs a note; the dialog says so before anything is written.
    const tahunan = page.getByRole("group", { name: "Tahunan 2023" });
    await tahunan.getByRole("button", { name: "Ajukan" }).click();
    await page.getByText("Laporan Tahunan 2023 diajukan ke Kasubag Perencanaan.").waitFor();
    await tahunan.getByRole("button", { name: "Kembalikan (Tidak)" }).click();
    const returnDialog = page.getByRole("alertdialog", {
      name: "Kembalikan laporan Tahunan 2023?",
    });
    await returnDialog.getByRole("button", { name: "Kembalikan" }).click();
    await returnDialog.getByText("Catatan wajib diisi.").waitFor();
    await returnDialog.getByRole("textbox").fill("Realisasi TW IV IK-05 belum dilaporkan");
    await returnDialog.getByRole("button", { name: "Kembalikan" }).click();
    await tahunan.getByText("Dikembalikan", { exact: true }).waitFor();
    await tahunan.getByText("Realisasi TW IV IK-05 belum dilaporkan").waitFor();
    await page
      .getByRole("group", { name: "Semester II 2023" })
      .getByText("Draf", { exact: true })
      .waitFor();

    const rows = await Promise.all([3, 4, 5, 6, 7].map(trackerRow));
    expect(rows.map((r) => [r[1], r[3], r[5], r[11], r[12]])).toEqual([
      [6, "Semester I 2023", "Budi Santoso", null, null],
      [6, "Semester I 2023", "Budi Santoso", "Diajukan", null],
      [7, "Semester I 2023", "Budi Santoso", "Ya", expect.stringMatching(/^Sidik jari SHA-256: /)],
      [6, "Tahunan 2023", "Budi Santoso", "Diajukan", null],
      [7, "Tahunan 2023", "Budi Santoso", "Tidak", "Realisasi TW IV IK-05 belum dilaporkan"],
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-sop.png"), fullPage: true });

    // The report: the PDF is offered as a download; without ExcelApi 1.8 the workbook is too.
    const bytesOf = async (download: Download) => fs.readFileSync(await download.path());
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Unduh PDF" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe("laporan-kinerja-tahunan-2023.pdf");
    expect((await bytesOf(pdf)).subarray(0, 5).toString()).toBe("%PDF-");
    await page
      .getByText(/^laporan-kinerja-tahunan-2023\.pdf dibuat\. Jika unduhan tidak muncul/)
      .waitFor();
    const [xlsx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Buat laporan (buku kerja)" }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe("laporan-kinerja-tahunan-2023.xlsx");
    expect((await bytesOf(xlsx)).subarray(0, 2).toString()).toBe("PK");
    await page.getByText(/^Excel ini tidak dapat membuka buku kerja baru/).waitFor();
    await page.close();
  });
});
