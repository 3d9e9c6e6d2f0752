// "Bagikan ke bidang" through a gateway: the master is only read, and the pane says the outcome in
// its language with the same cells and names as the command line.
import { distributionArchiveName, prepareDistribution } from "../../src/app";
import { Cell, WorkbookSnapshot } from "../../src/core/workbook";
import { distributeMessage } from "../../src/i18n/messages";
import { STRINGS } from "../../src/i18n/strings";
import { sampleSheets } from "../helpers/workbooks";
import { unitIndicators } from "../helpers/units";
import { memoryGateway } from "./memoryGateway";

const master = (): WorkbookSnapshot => ({
  sheets: sampleSheets(unitIndicators()).map((s) => ({
    name: s.name,
    rows: s.rows.map((r) => r.map((c): Cell => ({ value: c.value }))),
  })),
});
const env = { now: () => new Date("2023-07-03T02:00:00Z"), user: "Rina" };

test("distributing writes nothing to the master and names the download and the units", async () => {
  const { gateway, writes } = memoryGateway(master());
  const plan = await prepareDistribution(gateway, 2, "", env);
  expect(writes).toEqual([]);
  if (!plan.ok) throw new Error("refused");
  const archive = distributionArchiveName(plan.quarter, plan.year);
  expect(archive).toBe("berkas-unit-tw-ii-2023.zip");
  expect(distributeMessage(plan, archive, STRINGS.en)).toEqual({
    intent: "warning",
    text:
      `berkas-unit-tw-ii-2023.zip created: 2 unit files (Bidang Trantib, Sekretariat). If no download appears ` +
      `(Excel desktop may block downloads from a pane), open this pane in Excel on the web or run "rekap-kinerja distribute" on a computer. ` +
      `1 warnings: Perjanjian Kinerja!L6: warning — Kode "C-01" has no Penanggung Jawab — it goes into no unit's file; fill it in the master`,
  });
  const marker = plan.files[0].sheets.find((s) => s.name === "Berkas Unit")!;
  expect(marker.rows.slice(6, 8).map((r) => r.map((c) => c.value))).toEqual([
    ["Dibuat", "2023-07-03T02:00:00.000Z"],
    ["Oleh", "Rina"],
  ]);
});

test("a refusal names its cells in the pane's language", async () => {
  const book = master();
  book.sheets.find((s) => s.name === "TW II")!.rows[2][4] = { value: "lima" };
  const plan = await prepareDistribution(memoryGateway(book).gateway, 2, "", env);
  expect(distributeMessage(plan, "", STRINGS.en)).toEqual({
    intent: "error",
    text: `No unit files: fix 1 problems first — TW II!E3: Realisasi "lima" is not a number`,
  });
});
