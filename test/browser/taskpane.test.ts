// The production build of the task pane in real headless Chromium (Debian's; never downloaded), over
// a fake Excel injected before the page loads. Office.js itself is the real library, outside Office.
import fs from "fs";
import path from "path";
import { Browser, chromium, Page } from "playwright-core";
import { ensureBuild, fakeExcelScript, offline, ROOT, serveDist } from "./harness";
import { FakeSheetInit } from "../excel/fakeExcel";
import { workbook } from "../excel/workbooks";

const CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => fs.existsSync(p));
const ARTIFACTS = path.join(ROOT, "test/artifacts");
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

// Without Debian's chromium there is nothing to run; say so instead of failing on a missing binary.
const describeIfChromium = CHROMIUM ? describe : describe.skip;

describeIfChromium("task pane in Chromium", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    ensureBuild();
    server = await serveDist();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(sheets: FakeSheetInit[]): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 360, height: 760 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await offline(page, server.url);
    await page.addInitScript(fakeExcelScript(sheets));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("heading", { name: "Ringkasan triwulan" }).waitFor();
    expect(errors).toEqual([]);
    return page;
  }

  test("Rekap Tahunan writes the Tahunan sheet and says so", async () => {
    const page = await open(workbook("sample"));
    await page.getByRole("button", { name: "Rekap Tahunan" }).click();
    await page.getByText(/^Rekap Tahunan selesai: 12 indikator/).waitFor();
    const written = await page.evaluate(() => {
      // The fake is the page's `window.__fake` (harness.ts); read what the pane had written into it.
      const fake = (window as unknown as { __fake: { cell: (s: string, a: string) => { formula?: string; value?: unknown } | undefined } }).__fake;
      return { a1: fake.cell("Tahunan", "A1")?.value, j3: fake.cell("Tahunan", "J3")?.formula };
    });
    expect(written.a1).toBe("Rekap Kinerja Tahunan Tahun 2023");
    expect(written.j3).toMatch(/^IF\(OR\(\$H3="",\$I3=""\)/);
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-recap.png"), fullPage: true });
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
      (window as unknown as { __fake: { stats: { ops: { what: string }[] } } }).__fake.stats.ops.some((o) => o.what === "select TW III!E4"),
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
});
