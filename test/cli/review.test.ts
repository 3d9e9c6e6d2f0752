// The SOP's review on the command line: Draf → Diajukan → Dikembalikan → Diajukan → Disetujui, each
// refused out of turn; Pengaturan's Kasubag Perencanaan decides, anyone else only by saying so, which
// the Log records; the Persetujuan sheet a Ya creates is very hidden, as the pane creates it.
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { cli } from "../helpers/cli";
import { tmpDir } from "../helpers/workbooks";
import { readSnapshot, XlsxPackage } from "../../src/xlsx";

const dir = tmpDir();
let n = 0;

async function recapped(kasubag?: string): Promise<string> {
  const file = path.join(dir, `tinjau-${++n}.xlsx`);
  expect((await cli("init", file, "--sample")).code).toBe(0);
  if (kasubag !== undefined) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const settings = book.getWorksheet("Pengaturan")!;
    settings.eachRow((row) => {
      if (row.getCell(1).value === "Kasubag Perencanaan") row.getCell(2).value = kasubag;
    });
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
  }
  expect((await cli("recap", file, "--period", "semester1", "--quiet")).code).toBe(0);
  return file;
}

const state = async (file: string) => {
  const r = await cli("status", file, "--json");
  const json = JSON.parse(r.out) as { periods: { period: string; state: string }[] };
  return json.periods.find((p) => p.period === "semester1")?.state;
};
const logRows = (file: string) =>
  (readSnapshot(readFileSync(file)).sheets.find((s) => s.name === "Log")?.rows ?? []).map((r) =>
    (r ?? []).map((c) => String(c?.value ?? ""))
  );

test("submit, return, submit again, approve: each state allows only its moves", async () => {
  const file = await recapped();
  const s1 = ["--period", "semester1"];
  expect(await state(file)).toBe("Draf");
  const early = await cli("decide", file, ...s1, "--tidak", "--catatan", "x", "--oleh", "Rina");
  expect(early.code).toBe(1);
  expect(early.out).toBe(
    "Tahapan SOP!A1: laporan Semester I 2023 belum diajukan (status Draf) — ajukan dulu, lalu putuskan"
  );

  expect((await cli("submit", file, ...s1, "--oleh", "Dedi")).code).toBe(0);
  expect(await state(file)).toBe("Diajukan");
  const note = "Realisasi IK-04 TW II belum sesuai bukti";
  expect(
    (await cli("decide", file, ...s1, "--tidak", "--catatan", note, "--oleh", "Rina")).code
  ).toBe(0);
  expect(await state(file)).toBe("Dikembalikan");
  // Returned: the Kasubag cannot approve it until it is submitted again.
  const ya = ["--ya", "--oleh", "Rina"];
  expect((await cli("decide", file, ...s1, ...ya)).out).toMatch(
    /belum diajukan \(status Dikembalikan\)/
  );
  expect((await cli("submit", file, ...s1, "--oleh", "Dedi")).code).toBe(0);
  expect((await cli("decide", file, ...s1, ...ya)).code).toBe(0);
  expect(await state(file)).toBe("Disetujui");
  expect((await cli("decide", file, ...s1, ...ya)).out).toMatch(/sudah disetujui — ajukan lagi/);

  // Created by the command line, Persetujuan is very hidden, as the pane makes it.
  const pkg = XlsxPackage.open(readFileSync(file));
  expect(pkg.worksheets().find((w) => w.name === "Persetujuan")?.visibility).toBe("VeryHidden");
});

test("a decision by someone other than Pengaturan's Kasubag Perencanaan needs --atas-nama-kasubag, and is logged so", async () => {
  const file = await recapped("Rina Marlina");
  const s1 = ["--period", "semester1"];
  expect((await cli("submit", file, ...s1, "--oleh", "Dedi")).code).toBe(0);
  const before = readFileSync(file);
  const other = await cli("decide", file, ...s1, "--ya", "--oleh", "Budi");
  expect(other.code).toBe(1);
  expect(other.out).toMatch(
    /^Pengaturan!B\d+: keputusan ini milik Kasubag Perencanaan \(Rina Marlina\); Budi dapat memutuskan hanya dengan menyatakan bertindak atas namanya$/
  );
  expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  expect(
    (await cli("decide", file, ...s1, "--ya", "--oleh", "Budi", "--atas-nama-kasubag")).code
  ).toBe(0);
  const last =
    logRows(file)
      .filter((r) => r.some((c) => c !== ""))
      .pop() ?? [];
  expect(last.slice(1, 3)).toEqual([
    "Budi",
    "keputusan Kasubag (atas nama Kasubag Perencanaan Rina Marlina)",
  ]);
});

test("the Kasubag Perencanaan named in Pengaturan decides without confirming, spelled loosely", async () => {
  const file = await recapped("Rina Marlina");
  expect((await cli("submit", file, "--period", "semester1", "--oleh", "Dedi")).code).toBe(0);
  const r = await cli("decide", file, "--period", "semester1", "--ya", "--oleh", "rina  marlina");
  expect(r.code).toBe(0);
  const last =
    logRows(file)
      .filter((row) => row.some((c) => c !== ""))
      .pop() ?? [];
  expect(last[2]).toBe("keputusan Kasubag");
});
