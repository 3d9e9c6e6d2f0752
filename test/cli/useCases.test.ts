// The command line runs the pane's use cases through a file gateway: `step` and `decide` record in
// `Tahapan SOP` and the Log exactly what the pane would, under the same rules, and `status` reads
// back what the pane shows. A refusal leaves the file byte for byte as it was.
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import path from "path";
import lockfile from "proper-lockfile";
import { cli } from "../helpers/cli";
import { sampleSheets, tmpDir, writeBook } from "../helpers/workbooks";
import { describeWithLibreOffice, recalculatedSheets } from "../helpers/libreoffice";
import { readSnapshot } from "../../src/xlsx";
import { SheetSnapshot } from "../../src/core/workbook";

const dir = tmpDir();
let n = 0;
async function sample(): Promise<string> {
  const file = path.join(dir, `contoh-${++n}.xlsx`);
  expect((await cli("init", file, "--sample")).code).toBe(0);
  return file;
}

const sheet = (file: string, name: string): SheetSnapshot => {
  const found = readSnapshot(readFileSync(file)).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const values = (s: SheetSnapshot, row: number) => (s.rows[row] ?? []).map((c) => c?.value ?? null);

// Monday 3 July 2023 is Excel serial 45110 (days since 1899-12-30); 08:30 is 8.5/24 of a day. A
// working day, so the step's working minutes are its minutes on the clock.
const DAY = 45110;
const STEP_2 = [
  "step",
  "--langkah",
  "2",
  "--periode",
  "TW II 2023",
  "--mulai",
  "2023-07-03T08:30+07:00",
  "--selesai",
  "2023-07-03T09:02+07:00",
  "--oleh",
  "Budi",
];
const step2 = (file: string) => cli(STEP_2[0], file, ...STEP_2.slice(1));

describe("step", () => {
  test("appends the step to Tahapan SOP with its wall-clock times and duration, and a Log row", async () => {
    const file = await sample();
    const logBefore = sheet(file, "Log").rows.length;

    const r = await step2(file);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toBe(
      `${file}: Langkah 2 TW II 2023 dicatat: 32 menit, melebihi waktu baku. (Tahapan SOP baris 2)`
    );

    const row = values(sheet(file, "Tahapan SOP"), 1);
    expect(row.slice(0, 6)).toEqual([
      1,
      2,
      "Merekap laporan kinerja triwulan",
      "TW II 2023",
      "Staf",
      "Budi",
    ]);
    expect(row[6]).toBeCloseTo(DAY + 8.5 / 24, 8); // Mulai 08:30 at +07:00
    expect(row[7]).toBeCloseTo(DAY + (9 + 2 / 60) / 24, 8); // Selesai 09:02
    expect(row.slice(8)).toEqual([32, "30 Menit", "Tidak"]); // 32 minutes > 30: over the standard

    const log = sheet(file, "Log");
    expect(log.rows).toHaveLength(logBefore + 1);
    const entry = values(log, logBefore);
    expect(entry.slice(0, 5)).toEqual([
      "2023-07-03T02:02:00.000Z",
      "Budi",
      "catat langkah SOP",
      "Tahapan SOP",
      "langkah 2 TW II 2023: 32 menit kerja (waktu baku 30 Menit)",
    ]);
    expect(entry[5]).toMatch(/^[0-9a-f]{64}$/); // SHA-256, chained to the row above

    // Read by an independent reader: the Log is still very hidden, the second step goes below the first.
    expect((await cli(STEP_2[0], file, ...STEP_2.slice(1, -1), "Siti")).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(book.getWorksheet("Log")?.state).toBe("veryHidden");
    const tracker = book.getWorksheet("Tahapan SOP")!;
    expect([tracker.getCell("A3").value, tracker.getCell("F3").value]).toEqual([2, "Siti"]);
    // Mulai and Selesai show as a date and time: built-in format 22, which ExcelJS names this way.
    for (const ref of ["G2", "H2"]) expect(tracker.getCell(ref).numFmt).toBe('m/d/yy "h":mm');
  });

  test("a step the SOP does not have, or another year, is refused and the file stays byte-identical", async () => {
    const file = await sample();
    const before = readFileSync(file);

    const unknown = await cli("step", file, ...STEP_2.slice(1).map((a) => (a === "2" ? "5" : a)));
    expect(unknown.code).toBe(1);
    expect(unknown.out).toBe(
      "SOP!A1: langkah 5 tidak ada di SOP (langkah: 1, 2, 3, 4, 6, 7, 8, 9)"
    );
    expect(unknown.err).toBe(
      `${file}: Tidak dicatat: 1 masalah — lihat di atas; tidak ada yang ditulis`
    );

    const other = STEP_2.slice(1).map((a) => (a === "TW II 2023" ? "TW II 2022" : a));
    const year = await cli("step", file, ...other);
    expect(year.code).toBe(1);
    expect(year.out).toBe(
      "Pengaturan!A1: periode TW II 2022 bukan tahun buku kerja ini (Tahun 2023 di Pengaturan)"
    );
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  });

  test("options it cannot use are usage errors (exit 2): nothing is read or written", async () => {
    const file = await sample();
    const before = readFileSync(file);
    const without = (name: string) => {
      const i = STEP_2.indexOf(`--${name}`);
      return [...STEP_2.slice(1, i), ...STEP_2.slice(i + 2)];
    };
    const oleh = await cli("step", file, ...without("oleh"));
    expect([oleh.code, oleh.err.split("\n")[0]]).toEqual([2, "opsi --oleh wajib diisi"]);
    const periode = await cli(
      "step",
      file,
      ...STEP_2.slice(1).map((a) => (a === "TW II 2023" ? "Kuartal 2" : a))
    );
    expect(periode.code).toBe(2);
    expect(periode.err).toContain(
      `--periode tidak dikenal: "Kuartal 2" (TW I, TW II, TW III, TW IV,`
    );
    const feb30 = STEP_2.slice(1).map((a) =>
      a.startsWith("2023-07-03T08") ? "2023-02-30T08:30" : a
    );
    expect((await cli("step", file, ...feb30)).code).toBe(2);
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  });

  test("a protected Tahapan SOP is refused as the pane refuses it", async () => {
    const file = await sample();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    await book.getWorksheet("Tahapan SOP")!.protect("", {});
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    const before = readFileSync(file);

    const r = await step2(file);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      "Tahapan SOP!A1: lembar diproteksi — buka proteksinya agar langkah SOP dapat dicatat"
    );
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  });

  test("a workbook without Tahapan SOP and Log gets both, holding the step and its Log entry", async () => {
    const sheets = sampleSheets().filter((s) => s.name !== "Tahapan SOP" && s.name !== "Log");
    const file = await writeBook(dir, "tanpa-log.xlsx", sheets);

    expect((await step2(file)).code).toBe(0);
    const tracker = sheet(file, "Tahapan SOP");
    expect(values(tracker, 0).slice(0, 3)).toEqual(["No", "Langkah SOP", "Kegiatan"]);
    expect(values(tracker, 1).slice(0, 6)).toEqual([
      1,
      2,
      "Merekap laporan kinerja triwulan",
      "TW II 2023",
      "Staf",
      "Budi",
    ]);
    const log = sheet(file, "Log");
    expect(values(log, 0)).toEqual(["Waktu", "Pengguna", "Aksi", "Lembar", "Rincian", "Hash"]);
    expect(values(log, 1).slice(1, 3)).toEqual(["Budi", "catat langkah SOP"]);
  });

  test("a workbook another run holds is left alone: exit 1, nothing written", async () => {
    const file = await sample();
    const before = readFileSync(file);
    const release = await lockfile.lock(file, { realpath: false });
    try {
      const r = await step2(file);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`berkas sedang dipakai proses lain: ${file}`);
    } finally {
      await release();
    }
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
  }, 30_000);
});

type StatusJson = {
  ok: boolean;
  periods: {
    period: string;
    recap: string;
    approvable: boolean;
    keputusan: string | null;
    nama: string;
    catatan: string;
  }[];
  recent: { langkah: number; periode: string; nama: string; keputusan: string }[];
};
async function statusJson(file: string): Promise<StatusJson> {
  const r = await cli("status", file, "--json");
  expect(r.err).toBe("");
  return JSON.parse(r.out) as StatusJson;
}
const period = (s: StatusJson, id: string) => s.periods.find((p) => p.period === id);

describe("decide", () => {
  test("a Ya before the recap is refused with the file unchanged; after `recap` it is recorded and `status` shows it", async () => {
    const file = await sample();
    const before = readFileSync(file);
    const ya = ["--period", "semester1", "--ya", "--oleh", "Kasubag Rina"];

    const refused = await cli("decide", file, ...ya);
    expect(refused.code).toBe(1);
    expect(refused.out).toBe(
      [
        "Tahapan SOP!A1: laporan Semester I 2023 belum diajukan (status Draf) — ajukan dulu, lalu putuskan",
        "Semester I!A1: lembar Semester I belum ada — jalankan Rekap Semester I dulu",
      ].join("\n")
    );
    expect(refused.err).toBe(
      `${file}: Keputusan tidak dicatat: 2 masalah — lihat di atas; tidak ada yang ditulis`
    );
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    expect(period(await statusJson(file), "semester1")).toMatchObject({
      recap: "missing",
      approvable: false,
      keputusan: null,
    });

    const recap = await cli(
      "recap",
      file,
      "--period",
      "semester1",
      "--oleh",
      "Staf Dedi",
      "--quiet"
    );
    expect(recap.code).toBe(0);
    // The recap records its own step (6, as the pane's does) in row 2; the decision follows it.
    expect(values(sheet(file, "Tahapan SOP"), 1).slice(0, 6)).toEqual([
      1,
      6,
      "Merekap 2 (dua) laporan triwulan untuk menyusun laporan semester",
      "Semester I 2023",
      "Staf",
      "Staf Dedi",
    ]);
    // Staff submit it (SOP step 6, row 3); only then may the Kasubag decide (row 4).
    const submitted = await cli("submit", file, "--period", "semester1", "--oleh", "Staf Dedi");
    expect(submitted).toMatchObject({ code: 0, err: "" });
    expect(submitted.out).toMatch(
      /: Laporan Semester I 2023 diajukan ke Kasubag Perencanaan\. \(baris 3\)$/
    );
    expect((await cli("submit", file, "--period", "semester1", "--oleh", "Staf Dedi")).out).toBe(
      "Tahapan SOP!A3: laporan Semester I 2023 sudah diajukan dan menunggu keputusan Kasubag Perencanaan"
    );
    const done = await cli("decide", file, ...ya);
    expect(done).toMatchObject({ code: 0, err: "" });
    expect(done.out).toMatch(
      /: Keputusan Ya untuk Semester I 2023 dicatat di Tahapan SOP\. \(baris 4\)$/
    );

    const status = await statusJson(file);
    expect(status.ok).toBe(true);
    expect(period(status, "semester1")).toMatchObject({
      recap: "current",
      approvable: true,
      state: "Disetujui",
      allowed: ["submit", "giveBack"],
      keputusan: "Ya",
      nama: "Kasubag Rina",
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      changedSinceApproval: 0,
    });
    // The semester recap wrote Tahunan too (its lookups); Semester II has none yet.
    expect(period(status, "tahunan")).toMatchObject({ recap: "current", keputusan: null });
    expect(period(status, "semester2")).toMatchObject({ recap: "missing", keputusan: null });
    expect(status.recent[0]).toMatchObject({
      langkah: 7,
      periode: "Semester I 2023",
      nama: "Kasubag Rina",
      keputusan: "Ya",
    });

    const text = await cli("status", file);
    expect(text.code).toBe(0);
    expect(text.out).toContain(
      "Semester I 2023   rekap terkini · Disetujui (Ya) oleh Kasubag Rina, "
    );
    expect(text.out).toContain("Semester II 2023  rekap belum ada · Draf (belum diputuskan)");
    expect(text.out).toContain("Langkah 7 · Semester I 2023 — Kasubag Rina, ");
  });

  test("a Ya on a recap the Perjanjian Kinerja has outgrown is refused", async () => {
    const file = await sample();
    expect((await cli("recap", file, "--quiet")).code).toBe(0);
    // One more indicator in Perjanjian Kinerja (and reported in every quarter, so nothing else is off).
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const pk = book.getWorksheet("Perjanjian Kinerja")!;
    const last = pk.getRow(pk.actualRowCount);
    const added = pk.getRow(pk.actualRowCount + 1);
    last.eachCell((cell, col) => (added.getCell(col).value = cell.value));
    added.getCell(1).value = "IK-99";
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    const before = readFileSync(file);

    const r = await cli("decide", file, "--period", "tahunan", "--ya", "--oleh", "Rina");
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "Tahunan!A1: lembar Tahunan tidak sesuai Perjanjian Kinerja saat ini (17 indikator) — jalankan Rekap Tahunan lagi"
    );
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);
    expect(period(await statusJson(file), "tahunan")).toMatchObject({ recap: "stale" });
  });

  test("a Tidak needs --catatan (exit 2, nothing written); with it, it is recorded with the note", async () => {
    const file = await sample();
    const before = readFileSync(file);
    const tidak = ["--period", "semester2", "--tidak", "--oleh", "Rina"];

    const bare = await cli("decide", file, ...tidak);
    expect(bare.code).toBe(2);
    expect(bare.err).toBe("--tidak butuh --catatan TEKS: tulis apa yang harus diperbaiki");
    expect(
      (await cli("decide", file, "--period", "semester2", "--ya", "--tidak", "--oleh", "R")).code
    ).toBe(2);
    expect(Buffer.compare(readFileSync(file), before)).toBe(0);

    // Returned after it was submitted (rows 2 and 3 are the recap's and the submission's steps).
    expect((await cli("recap", file, "--period", "semester2", "--quiet")).code).toBe(0);
    expect((await cli("submit", file, "--period", "semester2", "--oleh", "Dedi")).code).toBe(0);
    const note = "Realisasi IK-03 TW IV belum diisi";
    const r = await cli("decide", file, ...tidak, "--catatan", note);
    expect(r.code).toBe(0);
    expect(period(await statusJson(file), "semester2")).toMatchObject({
      state: "Dikembalikan",
      allowed: ["submit"],
      keputusan: "Tidak",
      nama: "Rina",
      catatan: note,
    });
    expect(values(sheet(file, "Tahapan SOP"), 3).slice(11)).toEqual(["Tidak", note]);
  });
});

describeWithLibreOffice("an independent reader", () => {
  test("LibreOffice opens the workbook after step and decide, with the rows in place", async () => {
    const file = await sample();
    expect((await step2(file)).code).toBe(0);
    const note = "perbaiki TW II";
    const tidak = ["--period", "semester1", "--tidak", "--catatan", note, "--oleh", "Rina"];
    expect((await cli("recap", file, "--period", "semester1", "--quiet")).code).toBe(0);
    expect((await cli("submit", file, "--period", "semester1", "--oleh", "Dedi")).code).toBe(0);
    expect((await cli("decide", file, ...tidak)).code).toBe(0);
    const tracker = recalculatedSheets(file).get("Tahapan SOP");
    expect(tracker?.[1]?.slice(3, 6)).toEqual(["TW II 2023", "Staf", "Budi"]);
    expect(tracker?.[3]?.slice(11, 13)).toEqual(["Diajukan", ""]);
    expect(tracker?.[4]?.slice(11, 13)).toEqual(["Tidak", note]);
  }, 120_000);
});
