import { strToU8, zipSync } from "fflate";
import { patchPackage, readSnapshot, XlsxError } from "../../src/xlsx";
import { handPackage, sheetXml } from "./fixtures";

/** The message of the XlsxError `fn` throws (failing the test for any other outcome). */
function xlsxError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(XlsxError);
    const message = (err as Error).message;
    expect(message).not.toMatch(/\n/);
    return message;
  }
  throw new Error("no error thrown");
}

/** Rewrites the declared uncompressed size of every central-directory entry (offset 24 of each header). */
function declareSizes(zip: Uint8Array, size: (name: string) => number | undefined): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const name = Buffer.from(out.subarray(i + 46, i + 46 + nameLength)).toString("utf8");
    const s = size(name);
    if (s !== undefined) view.setUint32(i + 24, s, true);
  }
  return out;
}

const good = handPackage([{ name: "A", xml: sheetXml(`<row r="1"><c r="A1"><v>1</v></c></row>`) }]);

describe("inputs that are not a readable .xlsx", () => {
  test("empty file", () => {
    expect(xlsxError(() => readSnapshot(new Uint8Array(0)))).toBe("berkas kosong");
  });

  test("a CSV", () => {
    expect(xlsxError(() => readSnapshot(strToU8("Kode;Realisasi\nIK-01;14,5\n")))).toBe(
      "berkas bukan .xlsx (zip) yang sah"
    );
  });

  test("an old .xls (OLE compound file) and a password-protected .xlsx", () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(xlsxError(() => readSnapshot(ole))).toBe(
      "berkas .xls lama tidak didukung — simpan sebagai .xlsx"
    );
    ole.set(Buffer.from("EncryptedPackage", "utf16le"), 512);
    expect(xlsxError(() => readSnapshot(ole))).toMatch(/kata sandi/);
  });

  test("a truncated package", () => {
    expect(xlsxError(() => readSnapshot(good.slice(0, Math.floor(good.length / 2))))).toMatch(
      /rusak atau terpotong/
    );
    expect(xlsxError(() => readSnapshot(good.slice(0, 10)))).toMatch(/rusak atau terpotong/);
  });

  test("damaged compressed data", () => {
    const rows = Array.from(
      { length: 200 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r * 7919}</v></c></row>`
    ).join("");
    const zip = handPackage([{ name: "A", xml: sheetXml(rows) }]);
    const at = Buffer.from(zip).indexOf("xl/worksheets/sheet1.xml") + 40; // inside that entry's data
    const broken = zip.slice();
    for (let i = at; i < at + 60; i++) broken[i] ^= 0x5a;
    expect(xlsxError(() => readSnapshot(broken))).toMatch(/rusak/);
  });

  test("a zip that is not a workbook", () => {
    expect(xlsxError(() => readSnapshot(zipSync({ "readme.txt": strToU8("halo") })))).toMatch(
      /bukan buku kerja Excel/
    );
    const ods = zipSync({
      mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
      "content.xml": strToU8("<x/>"),
    });
    expect(xlsxError(() => readSnapshot(ods))).toMatch(/\.ods/);
  });

  test("a sheet part that is not XML", () => {
    const bytes = handPackage([{ name: "A", xml: "<worksheet><sheetData><row></sheetData>" }]);
    expect(xlsxError(() => readSnapshot(bytes))).toMatch(
      /xl\/worksheets\/sheet1\.xml.*XML tidak sah/
    );
  });

  test("writing refuses the same inputs", () => {
    expect(xlsxError(() => patchPackage(new Uint8Array(0), { sheets: [], edits: [] }))).toBe(
      "berkas kosong"
    );
    expect(xlsxError(() => patchPackage(strToU8("a,b\n"), { sheets: [], edits: [] }))).toBe(
      "berkas bukan .xlsx (zip) yang sah"
    );
  });
});

describe("zip bombs", () => {
  test("a declared uncompressed size over 1 GB is refused before inflating", () => {
    const bomb = declareSizes(good, (name) =>
      name.endsWith("sheet1.xml") ? 0xfffffff0 : undefined
    );
    expect(xlsxError(() => readSnapshot(bomb))).toBe(
      "isi zip terlalu besar setelah diekstrak (> 1 GB) — ditolak"
    );
    expect(xlsxError(() => patchPackage(bomb, { sheets: [], edits: [] }))).toMatch(/terlalu besar/);
  });

  test("the total counts, not only single entries", () => {
    const bomb = declareSizes(good, () => 0x10000000); // 256 MB each, 5 entries
    expect(xlsxError(() => readSnapshot(bomb))).toMatch(/terlalu besar/);
  });

  test("the limit applies to what inflates, whatever the header says", () => {
    // 3 MB of sheet XML, declared as 200 bytes: the inflated part is cut at the declared size and
    // the reader reports a damaged part instead of inflating without bound.
    const rows = Array.from(
      { length: 60000 },
      (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`
    ).join("");
    const liar = declareSizes(handPackage([{ name: "A", xml: sheetXml(rows) }]), (name) =>
      name.endsWith("sheet1.xml") ? 200 : undefined
    );
    expect(xlsxError(() => readSnapshot(liar))).toMatch(/rusak/);
    expect(xlsxError(() => readSnapshot(good, { maxUnzippedBytes: 1000 }))).toMatch(
      /terlalu besar.*ditolak/
    );
  });
});
