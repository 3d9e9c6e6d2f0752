// "Draf LKjIP (Word)" in the production build, in real headless Chromium over the fake Excel: the
// docx renderer is its own chunk, loaded on the click, and makes the document in the browser.
import fs from "fs";
import { strFromU8, unzipSync } from "fflate";

import { chromiumSession, describeIfChromium, fakeExcelScript, offline } from "./harness";
import { workbook } from "../excel/workbooks";

describeIfChromium("Draf LKjIP (Word) in Chromium", () => {
  const session = chromiumSession();

  test("the button downloads the draft, built in the browser from the workbook's Tahunan", async () => {
    const page = await session.browser.newPage({
      timezoneId: "Asia/Jakarta",
      acceptDownloads: true,
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const chunks: string[] = [];
    page.on("request", (r) => chunks.push(new URL(r.url()).pathname));
    await offline(page, session.url);
    await page.addInitScript(fakeExcelScript(workbook("sample")));
    await page.goto(`${session.url}/taskpane.html`);
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
