// The protection the writer notes in the zip's central directory (part-notes.ts): believed while
// the part is the one it describes, and ignored as soon as the part changed.
import { unzipSync, zipSync } from "fflate";
import { SheetPatch } from "../../src/core/workbook";
import { patchPackage, XlsxPackage } from "../../src/xlsx";
import { protectionNote } from "../../src/xlsx/part-notes";
import { readZipDirectory, writeZip } from "../../src/xlsx/zip";
import { handPackage, sheetXml } from "./fixtures";

const generated = (name: string, protect: boolean): SheetPatch => ({
  name,
  rows: [[{ value: "Rekap" }], [{ value: 1 }]],
  columns: [],
  frozenRows: 0,
  protect,
});

const input = () =>
  handPackage([{ name: "TW I", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) }]);

function recapped(): Uint8Array {
  const patch = { sheets: [generated("Semester I", true), generated("Tahunan", false)], edits: [] };
  return patchPackage(input(), patch);
}

/** The package with the deflated bytes of `part` garbled and its directory left as it was. */
function garbled(bytes: Uint8Array, part: string): Uint8Array {
  const entry = readZipDirectory(bytes).find((e) => e.name === part)!;
  const out = bytes.slice();
  out.fill(0xff, entry.dataStart, entry.dataStart + entry.compressedSize);
  return out;
}

test("the recap's own sheets say whether they are protected without being inflated", () => {
  const bytes = recapped();
  const paths = readZipDirectory(bytes).map((e) => e.name);
  const [semester, tahunan] = paths.filter((p) => /worksheets\/sheet[23]\.xml$/.test(p));
  // Inflating either part would now fail: the answers can only come from the notes.
  const xlsx = XlsxPackage.open(garbled(garbled(bytes, semester), tahunan));
  expect([xlsx.isProtected("Semester I"), xlsx.isProtected("Tahunan")]).toEqual([true, false]);
});

test("the notes agree with the sheets' XML, and a patch carries those of the sheets it keeps", () => {
  const once = recapped();
  const twice = patchPackage(once, { sheets: [generated("Semester II", true)], edits: [] });
  const slow = XlsxPackage.open(zipSync(unzipSync(twice))); // fflate writes no notes
  const fast = XlsxPackage.open(twice);
  for (const name of ["TW I", "Semester I", "Tahunan", "Semester II"])
    expect([name, fast.isProtected(name)]).toEqual([name, slow.isProtected(name)]);
  expect(readZipDirectory(twice).filter((e) => e.note).length).toBe(3);
});

test("a part changed since its note was written is read, not believed", () => {
  const bytes = input();
  const entries = readZipDirectory(bytes).map((e) => ({
    name: e.name,
    method: e.method,
    crc: e.crc,
    size: e.size,
    data: [bytes.subarray(e.dataStart, e.dataStart + e.compressedSize)],
    // A note claiming protection, written for other bytes than the part now holds.
    note: e.name.includes("worksheets/") ? protectionNote(e.crc ^ 1, true) : undefined,
  }));
  expect(XlsxPackage.open(writeZip(entries)).isProtected("TW I")).toBe(false);
});
