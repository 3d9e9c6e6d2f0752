// Approved means frozen (issue 11): a Ya records what it approved in `Persetujuan` with a SHA-256
// fingerprint; a later change to a quarter cell is named by `check` and stops `export`; the Log and
// Persetujuan are hash-chained, so a removed or edited row is named too. Figures worked by hand from
// the sample: IK-02 (Jumlah, Target Tahunan 120) reports 26 + 34 + 29 + 37 = 126, capaian 105 %.
import ExcelJS from "exceljs";
import { createHash } from "crypto";
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import { cli } from "../helpers/cli";
import { tmpDir } from "../helpers/workbooks";
import { readSnapshot } from "../../src/xlsx";
import { SheetSnapshot } from "../../src/core/workbook";

const dir = tmpDir();
let n = 0;

/** The sample, recapped and approved (Tahunan) by Kasubag Rina. */
async function approvedSample(): Promise<string> {
  const file = path.join(dir, `setuju-${++n}.xlsx`);
  expect((await cli("init", file, "--sample")).code).toBe(0);
  expect((await cli("recap", file, "--quiet")).code).toBe(0);
  const submitted = await cli("submit", file, "--period", "tahunan", "--oleh", "Staf Dedi");
  expect(submitted).toMatchObject({ code: 0, err: "" });
  const ya = await cli("decide", file, "--period", "tahunan", "--ya", "--oleh", "Kasubag Rina");
  expect(ya).toMatchObject({ code: 0, err: "" });
  return file;
}

const sheetOf = (file: string, name: string): SheetSnapshot => {
  const found = readSnapshot(readFileSync(file)).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
/** Every row and cell as text, gaps (rows and cells the file leaves out) as "". */
const text = (s: SheetSnapshot): string[][] =>
  Array.from(s.rows, (r) =>
    Array.from(r ?? [], (c) => (c?.value === null || c?.value === undefined ? "" : String(c.value)))
  );
const colLetter = (c: number) => String.fromCharCode(65 + c);

/** The A1 address of `header`'s cell in the row of `kode` on a sheet whose header row holds "Kode". */
function cellOf(
  s: SheetSnapshot,
  kode: string,
  header: string
): { row: number; col: number; a1: string } {
  const rows = text(s);
  const h = rows.findIndex((r) => r.includes("Kode"));
  const col = rows[h].indexOf(header);
  const row = rows.findIndex((r, i) => i > h && r[rows[h].indexOf("Kode")] === kode);
  return { row, col, a1: `${colLetter(col)}${row + 1}` };
}

async function edit(file: string, change: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  change(book);
  writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
}

describe("an approval that means something", () => {
  test("the Ya records every figure and input of the period, fingerprinted as the contract says", async () => {
    const file = await approvedSample();
    const rows = text(sheetOf(file, "Persetujuan"));
    expect(rows[0]).toEqual([
      "Periode",
      "Waktu",
      "Disetujui Oleh",
      "Sidik Jari",
      "Jenis",
      "Kode",
      "Besaran",
      "Lembar",
      "Sel",
      "Nilai",
      "Hash",
    ]);
    const data = rows.slice(1).filter((r) => r.some((c) => c !== ""));
    const ik02 = (besaran: string) => data.find((r) => r[5] === "IK-02" && r[6] === besaran);
    expect(ik02("Realisasi")?.slice(4)).toEqual(
      expect.arrayContaining(["Angka", "IK-02", "Realisasi", "Tahunan", "126"])
    );
    expect(ik02("Capaian (%)")?.[9]).toBe("105");
    expect(ik02("Target Tahunan")?.slice(7, 10)).toEqual([
      "Perjanjian Kinerja",
      expect.stringMatching(/^E\d+$/),
      "120",
    ]);
    expect(ik02("Realisasi TW III")?.[9]).toBe("29");
    // The fingerprint, recomputed here from the rows by the contract's canonical text.
    const lines = data.map((r) => [r[4], r[5], r[6], r[9]].join("\t")).sort();
    const canonical = ["Rekap Kinerja persetujuan 1", "Periode\tTahunan 2023", ...lines]
      .map((l) => `${l}\n`)
      .join("");
    const fingerprint = createHash("sha256").update(canonical, "utf8").digest("hex");
    expect(new Set(data.map((r) => r[3]))).toEqual(new Set([fingerprint]));
    expect(new Set(data.map((r) => r[2]))).toEqual(new Set(["Kasubag Rina"]));
    // Each row's hash chains to the previous one's.
    let previous = "";
    for (const r of data) {
      const link = createHash("sha256")
        .update(`${previous}\n${r.slice(0, 10).join("\t")}`, "utf8")
        .digest("hex");
      expect(r[10]).toBe(link);
      previous = r[10];
    }
    // The tracker's Ya and the Log both carry the fingerprint.
    const tracker = text(sheetOf(file, "Tahapan SOP"));
    expect(tracker[tracker.length - 1].join(" ")).toContain(`Sidik jari SHA-256: ${fingerprint}`);
    expect(text(sheetOf(file, "Log")).some((r) => r.join(" ").includes(fingerprint))).toBe(true);

    const check = await cli("check", file);
    expect(check.code).toBe(0);
    const xlsx = path.join(dir, `laporan-${n}.xlsx`);
    const exported = await cli("export", file, "--period", "tahunan", "--xlsx", xlsx);
    expect(exported.code).toBe(0);
    const sheetRows = text(readSnapshot(readFileSync(xlsx)).sheets[0]);
    const report = sheetRows.flat();
    expect(report).toContain(`Sidik jari: ${fingerprint.slice(0, 12)}`);
    expect(report.some((c) => /^Disetujui oleh Kasubag Rina pada \d{1,2} \S+ \d{4}/.test(c))).toBe(
      true
    );
    // The appendix counts the tracker's rows: the recap's steps 6, 6 and 9 (by "pengguna"), the
    // submission (6, Staf Dedi) and the Ya (7, Kasubag Rina), each done at once and so on time.
    const appendix = sheetRows.slice(
      sheetRows.findIndex((r) => r[0] === "LAMPIRAN: KETEPATAN WAKTU PELAKSANAAN SOP")
    );
    const counts = (label: string) => appendix.find((r) => r[0] === label)?.slice(1, 4);
    expect(counts("Langkah 6")).toEqual(["3", "3", "0"]);
    expect(counts("Langkah 7")).toEqual(["1", "1", "0"]);
    expect(counts("Langkah 9")).toEqual(["1", "1", "0"]);
    expect(counts("pengguna")).toEqual(["3", "3", "0"]);
    expect(counts("Staf Dedi")).toEqual(["1", "1", "0"]);
    expect(counts("Kasubag Rina")).toEqual(["1", "1", "0"]);
  });

  test("a quarter cell changed after the Ya is named by check and stops export unless asked", async () => {
    const file = await approvedSample();
    const at = cellOf(sheetOf(file, "TW III"), "IK-02", "Realisasi");
    await edit(file, (book) => (book.getWorksheet("TW III")!.getCell(at.a1).value = 34));
    const recap = cellOf(sheetOf(file, "Tahunan"), "IK-02", "Realisasi");
    const capaian = cellOf(sheetOf(file, "Tahunan"), "IK-02", "Capaian (%)");

    const check = await cli("check", file);
    expect(check.code).toBe(1);
    const since = "berubah sejak Tahunan 2023 disetujui";
    expect(check.out).toContain(`TW III!${at.a1}: IK-02 Realisasi TW III: 29 → 34 — ${since}`);
    // 26 + 34 + 34 + 37 = 131; 131 / 120 × 100 = 109.1666…, which the recap rounds to 109.17.
    expect(check.out).toContain(`Tahunan!${recap.a1}: IK-02 Realisasi: 126 → 131 — ${since}`);
    expect(check.out).toContain(
      `Tahunan!${capaian.a1}: IK-02 Capaian (%): 105 → 109.17 — ${since}`
    );
    // Nothing else changed.
    expect(check.out.split("\n").filter((l) => l.includes(since))).toHaveLength(3);

    const pdf = path.join(dir, `tolak-${n}.pdf`);
    const refused = await cli("export", file, "--period", "tahunan", "--pdf", pdf);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("--abaikan-persetujuan");
    expect(refused.out).toContain(`TW III!${at.a1}: IK-02 Realisasi TW III: 29 → 34`);
    const xlsx = path.join(dir, `paksa-${n}.xlsx`);
    const forced = await cli(
      "export",
      file,
      "--period",
      "tahunan",
      "--xlsx",
      xlsx,
      "--abaikan-persetujuan"
    );
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`peringatan — IK-02 Realisasi TW III: 29 → 34`);
    const report = text(readSnapshot(readFileSync(xlsx)).sheets[0]).flat();
    expect(report.some((c) => c.startsWith("Disetujui oleh") || c.startsWith("Sidik jari"))).toBe(
      false
    );
  });

  test("a Log row removed, or a Persetujuan row edited, breaks the chain and is named", async () => {
    const file = await approvedSample();
    const logRows = text(sheetOf(file, "Log")).filter((r) => r.some((c) => c !== ""));
    expect(logRows.length).toBeGreaterThanOrEqual(4); // header, init, recap, decide
    await edit(file, (book) => {
      book.getWorksheet("Log")!.spliceRows(3, 1); // the second entry
      book.getWorksheet("Persetujuan")!.getCell("J5").value = "999";
    });
    const check = await cli("check", file);
    expect(check.code).toBe(1);
    // The row that followed the removed one now sits in row 3.
    expect(check.out).toContain(
      "Log!F3: baris ini diubah, atau baris di atasnya dihapus, sesudah ditulis (rantai hash Log terputus)"
    );
    expect(check.out).toContain("Persetujuan!K5: baris ini diubah");
    expect(check.out).toMatch(
      /Persetujuan!A2: rincian persetujuan Tahunan 2023 di lembar Persetujuan tidak lagi cocok dengan sidik jarinya \([0-9a-f]{12}\)/
    );
  });

  test("a Persetujuan sheet removed by hand leaves the Ya without its record, and says so", async () => {
    const file = await approvedSample();
    await edit(file, (book) => book.removeWorksheet(book.getWorksheet("Persetujuan")!.id));
    const check = await cli("check", file);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(
      /^Tahapan SOP!A6: persetujuan Tahunan 2023 \(sidik jari [0-9a-f]{12}\) tidak ada di lembar Persetujuan — catatan persetujuan diubah atau dihapus$/m
    );
  });
});
