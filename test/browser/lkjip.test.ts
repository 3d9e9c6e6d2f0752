// "Draf LKjIP (Word)" in the production build, in real headless Chromium over the fake Excel: the
// docx renderer is its own chunk, loaded on the click, and makes the document in the browser.
import fs from "fs";
import { strFromU8, unzipSync } from "fflate";
import { Browser, chromium } from "playwright-core";
import { ensureBuild, fakeExcelScript, offline, serveDist } from "./harness";
import { workbook } from "../excel/workbooks";

const CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) => fs.existsSync(p));
const describeIfChromium = CHROMIUM ? describe : describe.skip;

describeIfChromium("Draf LKjIP (Word) in Chromium", () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    ensureBuild();
    server = await serveDist();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test("the button downloads the draft, built in the browser from the workbook's Tahunan", async () => {
    const page = await browser.newPage({ timezoneId: "Asia/Jakarta", acceptDownloads: true });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const chunks: string[] = [];
    page.on("request", (r) => chunks.push(new URL(r.url()).pathname));
    await offline(page, server.url);
    await page.addInitScript(fakeExcelScript(workbook("sample")));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("heading", { name: "Ringkasan triwulan" }).waitFor();
    expect(chunks.some((c) => c.includes("report-docx"))).toBe(false);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Draf LKjIP (Word)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("draf-lkjip-2023.docx");
    expect(chunks.some((c) => c.includes("report-docx"))).toBe(true);
    const files = unzipSync(fs.readFileSync(await download.path()));
    const xml = strFromU8(files["word/document.xml"]);
    expect(xml).toContain("BAB III AKUNTABILITAS KINERJA");
    expect(xml).toContain("Tabel 3.1 Pengukuran Kinerja Sasaran Strategis 1 Tahun 2023");
    await page.getByText(/^draf-lkjip-2023\.docx dibuat: Bab III A LKjIP/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
