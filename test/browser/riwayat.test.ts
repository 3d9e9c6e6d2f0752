// "Ambil data tahun lalu" in the production pane in headless Chromium: last year's .xlsx picked in
// the file input is read in the page by the package reader, Riwayat is written into the fake Excel,
// and a renamed Kode is confirmed with its checkbox.

import path from "path";
import { Page } from "playwright-core";
import { chromiumSession, describeIfChromium, fakeExcelScript, offline, ROOT } from "./harness";
import { toFakeSheet } from "../excel/workbooks";
import { writeNewWorkbook } from "../../src/cli/newWorkbook";
import { lastYear, sheets, THIS_YEAR } from "../helpers/riwayat";

describeIfChromium("Ambil data tahun lalu in Chromium", () => {
  const session = chromiumSession();

  const cell = (page: Page, address: string) =>
    page.evaluate(
      (a) =>
        (
          window as unknown as {
            __fake: { cell: (s: string, a: string) => { value?: unknown } | undefined };
          }
        ).__fake.cell("Riwayat", a)?.value ?? null,
      address
    );

  test("a picked workbook fills Riwayat; the renamed Kode is taken once ticked", async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await offline(page, session.url);
    await page.addInitScript(fakeExcelScript(sheets(2023, THIS_YEAR).map(toFakeSheet)));
    await page.goto(`${session.url}/taskpane.html`);
    await page.getByRole("heading", { name: "Riwayat tahun lalu" }).waitFor();

    const bytes = await writeNewWorkbook(sheets(2022, lastYear({ 1: 25, 2: 30, 3: 35, 4: 28 })));
    await page.getByLabel("Ambil data tahun lalu", { exact: true }).setInputFiles({
      name: "kinerja-2022.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(bytes),
    });
    await page
      .getByText(
        "Riwayat ditulis, 4 baris — Tahun 2022 (kinerja-2022.xlsx): 4 indikator. Tidak ada di Perjanjian Kinerja tahun ini, tidak diambil: IK-09. 1 Kode menunggu konfirmasi — lihat di bawah."
      )
      .waitFor();
    // IK-01 of 2022 as worked by hand in test/helpers/riwayat.ts: 118 of 120 → 98,33.
    expect([await cell(page, "A3"), await cell(page, "D3"), await cell(page, "E3")]).toEqual([
      "IK-01",
      118,
      98.33,
    ]);

    await page
      .getByRole("checkbox", {
        name: 'IK-03 (2022): "Jumlah kebakaran" → "Jumlah kejadian kebakaran"',
      })
      .check();
    await page.getByRole("button", { name: "Ambil yang dicentang" }).click();
    await page.getByText(/^Riwayat ditulis, 5 baris/).waitFor();
    expect(await cell(page, "A5")).toBe("IK-03");
    expect(await page.getByRole("button", { name: "Ambil yang dicentang" }).count()).toBe(0);
    await page.screenshot({
      path: path.join(ROOT, "test/artifacts/taskpane-riwayat.png"),
      fullPage: true,
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
