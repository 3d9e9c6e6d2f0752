// `distribute` makes one unit file per Penanggung Jawab; `merge` takes exactly those files back, and
// a master merged from filled unit files recaps as one filled by hand with the same figures.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { sampleSheets, tmpDir, writeBook } from "../helpers/workbooks";
import { fillUnitFile, unitIndicators } from "../helpers/units";
import { readSnapshot } from "../../src/xlsx";
import { GENERATED_SHEETS } from "../../src/core/contract";
import { WorkbookSnapshot } from "../../src/core/workbook";

const read = (file: string) => readSnapshot(readFileSync(file));
const sheet = (book: WorkbookSnapshot, name: string) => {
  const s = book.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
/** Column A below the two title and header rows. */
const kodes = (book: WorkbookSnapshot, name: string) =>
  sheet(book, name)
    .rows.slice(2)
    .map((r) => r?.[0]?.value ?? null);
/** A recap row as { header: value }. */
function recapRow(book: WorkbookSnapshot, name: string, kode: string) {
  const rows = sheet(book, name).rows.map((r) => (r ?? []).map((c) => c?.value ?? null));
  const row = rows.find((r) => r[1] === kode);
  if (!row) throw new Error(`${kode} not in ${name}`);
  return Object.fromEntries((rows[1] as string[]).map((h, i) => [h, row[i]]));
}
/** Every recap sheet's cells, values and formulas. */
const recapCells = (book: WorkbookSnapshot) =>
  GENERATED_SHEETS.filter((n) => book.sheets.some((s) => s.name === n)).map((n) => ({
    n,
    rows: sheet(book, n).rows.map((r) => (r ?? []).map((c) => [c?.value ?? null, c?.formula])),
  }));

const TRANTIB = "bidang-trantib-tw-ii-2023.xlsx";
const SEKRETARIAT = "sekretariat-tw-ii-2023.xlsx";

describe("distribute and merge back", () => {
  const dir = tmpDir();
  const distributed = async (name: string) => {
    const master = await writeBook(dir, `${name}.xlsx`, sampleSheets(unitIndicators()));
    const out = path.join(dir, name);
    mkdirSync(out);
    const r = await cli("distribute", master, "--quarter", "2", "--dir", out, "--oleh", "Rina");
    return { master, out, r };
  };

  test("one file per Penanggung Jawab holds exactly its rows; an indicator without one is named", async () => {
    const { out, r } = await distributed("m1");
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `Perjanjian Kinerja!L6: peringatan — Kode "C-01" tanpa Penanggung Jawab — tidak masuk berkas bidang mana pun; isi di master`
    );
    expect(r.out).toContain(`${path.join(out, TRANTIB)}: Bidang Trantib — 2 indikator TW II`);
    expect(r.out).toContain(`${path.join(out, SEKRETARIAT)}: Sekretariat — 1 indikator TW II`);

    const trantib = read(path.join(out, TRANTIB));
    expect(trantib.sheets.map((s) => s.name)).toEqual([
      "Pengaturan",
      "Perjanjian Kinerja",
      "TW II",
      "Berkas Unit",
    ]);
    expect(kodes(trantib, "TW II")).toEqual(["A-01", "A-02"]);
    expect(kodes(trantib, "Perjanjian Kinerja")).toEqual(["A-01", "A-02"]);
    // Kode, Indikator, Satuan, Target TW II from the master; nothing reported yet
    const row3 = sheet(trantib, "TW II").rows[2];
    expect(Array.from({ length: 5 }, (_, c) => row3[c]?.value ?? null)).toEqual([
      "A-01",
      "Jumlah razia gabungan",
      "Kali",
      10,
      null,
    ]);
    expect(kodes(read(path.join(out, SEKRETARIAT)), "TW II")).toEqual(["B-01"]);
    const marker = sheet(trantib, "Berkas Unit").rows.map((row) => row.map((c) => c?.value));
    expect(marker.slice(1, 6)).toEqual([
      ["Jenis", "berkas unit Rekap Kinerja — jangan diubah"],
      ["Master", "m1.xlsx"],
      ["Penanggung Jawab", "Bidang Trantib"],
      ["Triwulan", "TW II"],
      ["Tahun", 2023],
    ]);
    // Perjanjian Kinerja read-only; in TW II only what the unit reports can be typed
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, TRANTIB));
    const locked = (ws: string, ref: string) =>
      book.getWorksheet(ws)!.getCell(ref).protection?.locked !== false;
    // ExcelJS reads <sheetProtection> but its types do not declare it.
    const isProtected = (ws: string) =>
      (book.getWorksheet(ws) as unknown as { sheetProtection?: { sheet?: boolean } })
        .sheetProtection?.sheet;
    expect([isProtected("Perjanjian Kinerja"), isProtected("TW II")]).toEqual([true, true]);
    expect(["A3", "D3", "H3", "E3", "G4", "K4", "E5"].map((ref) => locked("TW II", ref))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      true,
    ]);
    expect(book.getWorksheet("Berkas Unit")!.state).toBe("veryHidden");
  });

  test("filled unit files merged give the recap of a master filled by hand", async () => {
    const { master, out } = await distributed("m2");
    await fillUnitFile(path.join(out, TRANTIB), "TW II", {
      "A-01": { realisasi: 13 },
      "A-02": { realisasi: 75, pembilang: 15, penyebut: 20 },
    });
    await fillUnitFile(path.join(out, SEKRETARIAT), "TW II", {
      "B-01": { realisasi: 2, kendala: "anggaran digeser" },
    });
    const merged = await cli("merge", master, path.join(out, TRANTIB), path.join(out, SEKRETARIAT));
    expect(merged.code).toBe(0);
    expect(merged.out).toContain(`TW II!E3 ← ${TRANTIB} (TW II!E3): 13`);
    expect(merged.out).toContain(`TW II!I5 ← ${SEKRETARIAT} (TW II!I3): anggaran digeser`);

    const byHand = await writeBook(
      dir,
      "tangan.xlsx",
      sampleSheets(unitIndicators({ "A-01": 13, "A-02": [15, 20], "B-01": 2 }))
    );
    for (const file of [master, byHand])
      expect((await cli("recap", file, "--period", "semester1", "--quiet")).code).toBe(0);
    const [a, b] = [read(master), read(byHand)];
    expect(recapCells(a)).toEqual(recapCells(b));
    // Worked by hand: A-01 Jumlah (8 + 13) ÷ (10 + 10) = 105 %; A-02 Rasio (9 + 15) ÷ (10 + 20) =
    // 80 % against 90 → 88,89; B-01 (6 + 2) ÷ (5 + 5) = 80 %; C-01 reported nothing in TW II.
    const figures = (kode: string) => {
      const row = recapRow(a, "Semester I", kode);
      return [row.Target, row.Realisasi, row["Capaian (%)"], row.Status];
    };
    expect(figures("A-01")).toEqual([20, 21, 105, "Lengkap"]);
    expect(figures("A-02")).toEqual([90, 80, 88.89, "Lengkap"]);
    expect(figures("B-01")).toEqual([10, 8, 80, "Lengkap"]);
    expect(figures("C-01")).toEqual([2, 1, 50, "Belum lengkap (TW II)"]);
  });

  test("a unit file with an edited Perjanjian Kinerja cell or a foreign Kode is reported, not merged", async () => {
    const { master, out } = await distributed("m3");
    await fillUnitFile(path.join(out, TRANTIB), "TW II", { "A-01": { realisasi: 13 } }, (book) => {
      book.getWorksheet("Perjanjian Kinerja")!.getCell("E3").value = 36;
    });
    await fillUnitFile(path.join(out, SEKRETARIAT), "TW II", {
      "B-01": { realisasi: 2 },
      "A-02": { pembilang: 99, penyebut: 100 },
    });
    const before = read(master);
    const r = await cli("merge", master, path.join(out, TRANTIB), path.join(out, SEKRETARIAT));
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `Perjanjian Kinerja!A1: Target Tahunan di ${TRANTIB} (Perjanjian Kinerja!E3) diubah: dibagikan "40", kini "36" — sel ini hanya untuk dibaca`
    );
    expect(r.out).toContain(
      `TW II!A1: ${TRANTIB} (Bidang Trantib) tidak digabung: 1 perubahan di luar isiannya (lihat di atas)`
    );
    expect(r.out).toContain(
      `TW II!A1: Kode "A-02" di ${SEKRETARIAT} (TW II!A4) bukan indikator Sekretariat — berkas unit hanya memuat barisnya sendiri`
    );
    expect(r.out).toContain(`${SEKRETARIAT} (Sekretariat) tidak digabung`);
    expect(r.out).toContain("0 sel disalin dari 2 berkas unit");
    const after = read(master);
    expect(sheet(after, "TW II").rows).toEqual(sheet(before, "TW II").rows);
  });

  test("refuses to replace a file already in the folder, and writes none", async () => {
    const master = await writeBook(dir, "m4.xlsx", sampleSheets(unitIndicators()));
    const out = path.join(dir, "m4");
    mkdirSync(out);
    const there = path.join(out, SEKRETARIAT);
    writeFileSync(there, "milik orang lain");
    const r = await cli("distribute", master, "--quarter", "II", "--dir", out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${there} sudah ada — distribute tidak menimpa berkas; pindahkan atau pilih folder lain; tidak ada yang ditulis`
    );
    expect(readFileSync(there, "utf8")).toBe("milik orang lain");
    expect(existsSync(path.join(out, TRANTIB))).toBe(false);
    expect((await cli("distribute", master, "--quarter", "5", "--dir", out)).code).toBe(2);
    expect((await cli("distribute", master, "--quarter", "1", "--dir", `${out}-x`)).code).toBe(2);
  });
});
