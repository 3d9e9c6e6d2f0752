// `riwayat`: last year's workbook into this year's Riwayat sheet (docs/CONTRACT.md §"Riwayat"). Every
// figure is worked out by hand beside its assertion, from the quarters each workbook holds.
import { copyFileSync, readFileSync } from "fs";
import path from "path";
import { cli } from "../helpers/cli";
import { tmpDir, writeBook } from "../helpers/workbooks";
import { IK01_2021, lastYear, ROWS_2022, sheets, THIS_YEAR } from "../helpers/riwayat";
import { readSnapshot } from "../../src/xlsx";
import { AUTO_NOTE } from "../../src/core/ownership";

/** Riwayat's rows below its header, as values. */
function riwayat(file: string): unknown[][] {
  const book = readSnapshot(readFileSync(file));
  const sheet = book.sheets.find((s) => s.name === "Riwayat");
  if (!sheet) throw new Error("no Riwayat");
  expect(sheet.rows[0]?.some((c) => c?.value === AUTO_NOTE)).toBe(true);
  expect(sheet.rows[1]?.map((c) => c?.value)).toEqual([
    "Kode",
    "Tahun",
    "Target",
    "Realisasi",
    "Capaian (%)",
    "Kategori",
  ]);
  return sheet.rows.slice(2).map((r) => Array.from({ length: 6 }, (_, c) => r?.[c]?.value ?? null));
}

function lastLog(file: string): unknown[] {
  const log = readSnapshot(readFileSync(file)).sheets.find((s) => s.name === "Log")!.rows;
  return log[log.length - 1].map((c) => c?.value);
}

describe("riwayat", () => {
  const dir = tmpDir();
  const at = (name: string) => path.join(dir, name);
  let current: string;
  let previous: string;

  beforeAll(async () => {
    current = await writeBook(dir, "kinerja-2023.xlsx", sheets(2023, THIS_YEAR));
    previous = await writeBook(
      dir,
      "kinerja-2022.xlsx",
      sheets(2022, lastYear({ 1: 25, 2: 30, 3: 35, 4: 28 }))
    );
  });

  test("takes last year's Tahunan figures by Kode; a renamed indicator waits for --terima", async () => {
    const r = await cli("riwayat", current, previous, "--oleh", "Sari");
    expect(r.code).toBe(1);
    expect(r.out).toContain("Tahun 2022 (kinerja-2022.xlsx): 4 indikator diambil");
    expect(r.out).toContain("tidak ada di Perjanjian Kinerja tahun ini, tidak diambil: IK-09");
    expect(r.out).toContain(
      'menunggu konfirmasi: IK-03 Tahun 2022 (kinerja-2022.xlsx) bernama "Jumlah kebakaran", kini "Jumlah kejadian kebakaran" — ambil dengan --terima IK-03'
    );
    // Under this year's Kode as typed (ik-02), sorted by Kode; IK-03 is not there.
    expect(riwayat(current)).toEqual([
      ROWS_2022.ik01,
      ROWS_2022.ik02,
      ROWS_2022.ik04,
      ROWS_2022.ik05,
    ]);
    expect(lastLog(current).slice(1, 5)).toEqual([
      "Sari",
      "riwayat",
      "Riwayat",
      "Tahun 2022 dari kinerja-2022.xlsx: 4 indikator; 1 menunggu konfirmasi",
    ]);

    const accepted = await cli("riwayat", current, previous, "--terima", "ik-03");
    expect(accepted.code).toBe(0);
    expect(accepted.out).toContain(
      "Tahun 2022 (kinerja-2022.xlsx): 5 indikator diambil, termasuk IK-03 (diterima)"
    );
    expect(riwayat(current)).toEqual([
      ROWS_2022.ik01,
      ROWS_2022.ik02,
      ROWS_2022.ik03,
      ROWS_2022.ik04,
      ROWS_2022.ik05,
    ]);
  });

  test("another year is added beside it; taking a year again replaces its rows", async () => {
    const older = await writeBook(
      dir,
      "kinerja-2021.xlsx",
      sheets(2021, lastYear({ 1: 20, 2: 20, 3: 20, 4: 20 }))
    );
    expect((await cli("riwayat", current, older, "--terima", "IK-03")).code).toBe(0);
    const both = riwayat(current);
    expect(both).toHaveLength(10);
    expect(both.slice(0, 2)).toEqual([IK01_2021, ROWS_2022.ik01]);

    // 2022 again, now without confirming IK-03: its 2022 row goes, 2021's stays; nothing doubles.
    expect((await cli("riwayat", current, previous)).code).toBe(1);
    const again = riwayat(current);
    expect(again).toHaveLength(9);
    expect(again.filter((r) => r[0] === "IK-01")).toEqual([IK01_2021, ROWS_2022.ik01]);
    expect(again.filter((r) => r[0] === "IK-03").map((r) => r[1])).toEqual([2021]);
  });

  test("this year's own workbook is refused as history, and nothing is written", async () => {
    const copy = at("salinan-2023.xlsx");
    copyFileSync(current, copy);
    const before = readFileSync(current);
    const r = await cli("riwayat", current, copy);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "salinan-2023.xlsx › Pengaturan!B2: Tahun 2023 adalah tahun buku kerja ini sendiri — bukan riwayat; pilih buku kerja tahun-tahun sebelumnya"
    );
    expect(Buffer.compare(readFileSync(current), before)).toBe(0);
    // The very file named twice is a usage error before anything is read.
    expect((await cli("riwayat", current, current)).code).toBe(2);
  });

  test("a previous workbook with problems is refused with them, naming the file", async () => {
    const bad = lastYear({ 1: "lima" as never, 2: 30, 3: 35, 4: 28 });
    const file = await writeBook(dir, "rusak-2020.xlsx", sheets(2020, bad));
    const before = readFileSync(current);
    const r = await cli("riwayat", current, file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('rusak-2020.xlsx › TW I!E3: Realisasi "lima" bukan angka');
    expect(r.out).toContain("rusak-2020.xlsx: tidak diambil");
    expect(Buffer.compare(readFileSync(current), before)).toBe(0);
  });

  test("a user's own sheet named Riwayat is never overwritten", async () => {
    const own = sheets(2023, THIS_YEAR);
    own.push({
      name: "riwayat",
      rows: [[{ value: "Catatan saya" }], [{ value: "Kode" }, { value: "Tahun" }]],
      columns: [{ width: 20 }],
      frozenRows: 0,
      protect: false,
      validations: [],
      visibility: "visible",
    });
    const file = await writeBook(dir, "milik-2023.xlsx", own);
    const before = readFileSync(file);
    const r = await cli("riwayat", file, previous);
    expect(r.code).toBe(1);
    expect(r.out).toContain("riwayat!A1: lembar 'riwayat' bukan buatan Rekap Kinerja");
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  });
});
