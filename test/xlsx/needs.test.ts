// Reading only what the model needs (core/needs.ts) must never change what the model sees: the
// same indicators, figures and problems as from a full read.
import { readSnapshot } from "../../src/xlsx";
import { writeNewWorkbook } from "../../src/cli/newWorkbook";
import { readModel } from "../../src/core/model";
import { modelNeed } from "../../src/core/needs";
import { SAMPLE_INDICATORS } from "../../src/core/sample";
import { NewSheet } from "../../src/core/newSheet";
import { findSheet, WorkbookSnapshot } from "../../src/core/workbook";
import { rowOfKode, sampleSheets, setCell, sheetNamed, trickySheets } from "../helpers/workbooks";
import { handPackage, sheetXml } from "./fixtures";

const NOTE_COL = 11; // a column of the user's own, right of Unit Pelapor

/** The sample grown to 40 indicators, so most rows lie past the first ten, with notes everywhere. */
function notedSheets(base: () => NewSheet[] = sampleSheets): NewSheet[] {
  const sheets = base();
  const more = Array.from({ length: 3 }, (_, k) =>
    SAMPLE_INDICATORS.map((ind) => ({ ...ind, kode: `${ind.kode}-${k}` }))
  ).flat();
  const grown = sampleSheets([...SAMPLE_INDICATORS, ...more]);
  for (const s of sheets)
    if (/^TW |^Perjanjian/.test(s.name) && s.rows.length < 20)
      s.rows = sheetNamed(grown, s.name).rows;
  for (const name of ["TW I", "TW III"]) {
    const tw = sheetNamed(sheets, name);
    setCell(tw, 1, NOTE_COL, { value: "Catatan Saya" });
    for (let r = 2; r < tw.rows.length; r += 3) setCell(tw, r, NOTE_COL, { value: `catatan ${r}` });
    setCell(tw, tw.rows.length + 2, NOTE_COL, { value: "baris hanya berisi catatan" });
  }
  return sheets;
}

async function both(
  sheets: NewSheet[]
): Promise<{ full: WorkbookSnapshot; needed: WorkbookSnapshot }> {
  const bytes = new Uint8Array(await writeNewWorkbook(sheets));
  return { full: readSnapshot(bytes), needed: readSnapshot(bytes, { need: modelNeed }) };
}

describe("reading only what the model needs", () => {
  test.each([
    ["the sample with notes", () => notedSheets()],
    ["the twisted sample with notes", () => notedSheets(trickySheets)],
    [
      "a workbook with problems (text figures, a note-only row in Perjanjian Kinerja)",
      () => {
        const sheets = notedSheets();
        const tw2 = sheetNamed(sheets, "TW II");
        setCell(tw2, rowOfKode(tw2, "IK-03-2"), 4, { value: "14,5" });
        const pk = sheetNamed(sheets, "Perjanjian Kinerja");
        setCell(pk, pk.rows.length + 1, NOTE_COL, { value: "catatan tanpa kode" });
        return sheets;
      },
    ],
  ])("%s: the same model and problems as a full read", async (_name, build) => {
    const { full, needed } = await both(build());
    const a = readModel(full);
    const b = readModel(needed);
    expect(b.problems).toEqual(a.problems);
    expect(b.model).toEqual(a.model);
    expect(a.model?.indicators.length ?? a.problems.length).toBeGreaterThan(0);
  });

  test("other sheets are listed without rows; quarter rows past the tenth keep only the columns read", async () => {
    const { full, needed } = await both(notedSheets());
    expect(needed.sheets.map((s) => s.name)).toEqual(full.sheets.map((s) => s.name));
    expect(findSheet(needed, "SOP")?.rows).toEqual([]);
    expect(findSheet(needed, "Perjanjian Kinerja")).toEqual(findSheet(full, "Perjanjian Kinerja"));
    expect(findSheet(needed, "Pengaturan")).toEqual(findSheet(full, "Pengaturan"));
    const tw1 = findSheet(needed, "TW I")?.rows ?? [];
    expect(tw1.slice(0, 10)).toEqual(findSheet(full, "TW I")?.rows.slice(0, 10));
    const kept = new Set(
      tw1.slice(10).flatMap((row) => (row ?? []).flatMap((c, col) => (c ? [col] : [])))
    );
    expect([...kept].sort()).toEqual([0, 4, 5, 6]); // Kode, Realisasi, Pembilang, Penyebut
  });
});

describe("the header decides the columns, whatever order the rows come in", () => {
  const cell = (ref: string, v: string | number) =>
    typeof v === "number"
      ? `<c r="${ref}"><v>${v}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
  const header = row(2, cell("A2", "Catatan") + cell("B2", "Kode") + cell("C2", "Realisasi"));
  const data = row(12, cell("A12", "catatan") + cell("B12", "IK-01") + cell("C12", 7));

  test("rows past the tenth keep the Kode and Realisasi columns", () => {
    const bytes = handPackage([{ name: "TW I", xml: sheetXml(header + data) }]);
    const rows = readSnapshot(bytes, { need: modelNeed }).sheets[0].rows;
    expect(rows[11]).toEqual([undefined, { value: "IK-01" }, { value: 7 }]);
    expect(rows[1]?.[0]).toEqual({ value: "Catatan" });
  });

  test("a header row stored after later rows makes the reader start over and keep everything", () => {
    const bytes = handPackage([{ name: "TW I", xml: sheetXml(data + header) }]);
    expect(readSnapshot(bytes, { need: modelNeed })).toEqual(readSnapshot(bytes));
  });

  test("a shared formula whose master lies in a column not read still gives its followers their text", () => {
    const master = `<c r="A12"><f t="shared" ref="A12:C12" si="0">D12*2</f><v>2</v></c>`;
    const follower = `<c r="C12"><f t="shared" si="0"/><v>6</v></c>`;
    const bytes = handPackage([
      { name: "TW I", xml: sheetXml(header + row(12, master + cell("B12", "IK-01") + follower)) },
    ]);
    const rows = readSnapshot(bytes, { need: modelNeed }).sheets[0].rows;
    expect(rows[11]?.[0]).toBeUndefined();
    expect(rows[11]?.[2]).toEqual({ value: 6, formula: "F12*2" });
  });
});
