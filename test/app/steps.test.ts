import { memoryGateway } from "./memoryGateway";
import { bookOf, sheetOf } from "../helpers/book";
import { recordStep } from "../../src/app/steps";
import { approve, returnForCorrection } from "../../src/app/review";
import { recap } from "../../src/app/recap";
import { openReportWorkbook, prepareReport, toBase64 } from "../../src/app/report";
import { processOverview } from "../../src/app/process";
import { readBook } from "../../src/core/reading";
import { TRACKER_COLUMNS } from "../../src/core/tracker";
import { Env } from "../../src/app/log";
import { AUTO_NOTE } from "../../src/core/ownership";

// 1 July 2023 is serial 45108; WIB is UTC+7, so 01:30 UTC is 08:30 on the user's clock.
const DAY = 45108;
// Monday 3 July 2023: a working day, so a step's working minutes are its minutes on the clock.
const MONDAY = 45110;
const at = (iso: string) => new Date(iso);
/** A clock that reads each given instant in turn (the last one repeats), on WIB. */
function clock(...instants: string[]): Env {
  let i = 0;
  return {
    now: () => at(instants[Math.min(i++, instants.length - 1)]),
    user: "Budi",
    utcOffset: () => 420,
  };
}

const pk = [
  { kode: "A", targetTahunan: 120, targets: [30, 30, 30, 30] },
  { kode: "B", targetTahunan: 10, targets: [5, 5, 0, 0] },
];
const quarters = {
  1: [
    { kode: "A", realisasi: 30 },
    { kode: "B", realisasi: 5 },
  ],
  2: [
    { kode: "A", realisasi: 28 },
    { kode: "B", realisasi: 4 },
  ],
};
const settings = sheetOf("Pengaturan", [
  ["Kunci", "Nilai"],
  ["Tahun", "2023"],
]);
const trackerSheet = (...rows: Parameters<typeof sheetOf>[1]) =>
  sheetOf("Tahapan SOP", [TRACKER_COLUMNS.map((c) => c.header), ...rows]);
/** A Semester I sheet as the recap leaves it for two indicators: title and marker, header, two rows. */
const semester1 = sheetOf("Semester I", [
  ["Rekap Kinerja Semester I Tahun 2023", AUTO_NOTE],
  ["No", "Kode"],
  [1, "A"],
  [2, "B"],
]);

describe("recording an SOP step", () => {
  test("appends the step with its period, executor, local times, working minutes and verdict, and logs it", async () => {
    const { gateway, writes } = memoryGateway(bookOf(pk, quarters, [settings, trackerSheet()]));
    const outcome = await recordStep(
      gateway,
      { step: 2, periode: "tw2", name: "Budi", startedAt: at("2023-07-03T01:30:00Z") },
      clock("2023-07-03T02:02:00Z")
    );
    expect(outcome).toMatchObject({ ok: true, entry: { langkah: 2, durasi: 32, sesuai: "Tidak" } });
    const [write] = writes;
    expect(write.create).toBeUndefined();
    expect(write.append).toHaveLength(1);
    const [row] = write.append?.[0].values ?? [];
    expect(row.slice(0, 6)).toEqual([
      1,
      2,
      "Merekap laporan kinerja triwulan",
      "TW II 2023",
      "Staf",
      "Budi",
    ]);
    expect(row[6]).toBeCloseTo(MONDAY + 8.5 / 24, 10); // Mulai 08:30 WIB
    expect(row[7]).toBeCloseTo(MONDAY + 9 / 24 + 2 / 1440, 10); // Selesai 09:02 WIB
    expect(row.slice(8)).toEqual([32, "30 Menit", "Tidak", "", ""]);
    expect(write.append?.[0].row).toBe(1);
    expect(write.log).toEqual([
      expect.objectContaining({
        user: "Budi",
        action: "catat langkah SOP",
        sheet: "Tahapan SOP",
        detail: "langkah 2 TW II 2023: 32 menit kerja (waktu baku 30 Menit)",
      }),
    ]);
  });

  test("without a Tahapan SOP sheet it is created in the same write", async () => {
    const { gateway, writes } = memoryGateway(bookOf(pk, quarters, [settings]));
    await recordStep(
      gateway,
      { step: 1, periode: "tw1", name: "Ani", startedAt: at("2023-04-03T01:00:00Z") },
      clock("2023-04-03T01:10:00Z")
    );
    expect(writes[0].create?.map((s) => s.name)).toEqual(["Tahapan SOP"]);
    expect(writes[0].append?.[0].values[0].slice(8, 11)).toEqual([10, "15 Menit", "Ya"]);
  });
});

/** Staff submitted Semester I for review (SOP step 6), as a decision needs first. */
const submitted = [
  1,
  6,
  "Menyusun laporan",
  "Semester I 2023",
  "Staf",
  "Dedi",
  MONDAY,
  MONDAY + 0.1,
  1,
  "2 Hari",
  "Ya",
  "Diajukan",
  "",
];

describe("the Kasubag's decision", () => {
  test("deciding on a period nobody submitted is refused at the tracker, nothing written", async () => {
    const book = bookOf(pk, quarters, [settings, trackerSheet(), semester1]);
    const { gateway, writes } = memoryGateway(book);
    const outcome = await approve(gateway, "semester1", "Citra", clock("2023-07-10T03:00:00Z"));
    expect(outcome).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          sheet: "Tahapan SOP",
          cell: "A1",
          message:
            "laporan Semester I 2023 belum diajukan (status Draf) — ajukan dulu, lalu putuskan",
        }),
      ],
    });
    expect(writes).toEqual([]);
  });

  test("approving is refused on a workbook with problems, with the problems and nothing written", async () => {
    const book = bookOf(pk, { ...quarters, 2: [{ kode: "A", realisasi: "lima" }] }, [
      settings,
      trackerSheet(submitted),
      semester1,
    ]);
    const { gateway, writes } = memoryGateway(book);
    const outcome = await approve(gateway, "semester1", "Citra", clock("2023-07-10T03:00:00Z"));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect(outcome.problems).toEqual([expect.objectContaining({ sheet: "TW II", cell: "E3" })]);
    expect(writes).toEqual([]);
  });

  test("approving a period that was never recapped is refused", async () => {
    const { gateway, writes } = memoryGateway(
      bookOf(pk, quarters, [settings, trackerSheet(submitted)])
    );
    const outcome = await approve(gateway, "semester1", "Citra", clock("2023-07-10T03:00:00Z"));
    expect(outcome).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: "lembar Semester I belum ada — jalankan Rekap Semester I dulu",
        }),
      ],
    });
    expect(writes).toEqual([]);
  });

  test("approving a current recap appends step 7 with Keputusan Ya and its fingerprint, and logs it", async () => {
    const book = bookOf(pk, quarters, [settings, trackerSheet(submitted), semester1]);
    const { gateway, writes } = memoryGateway(book);
    const outcome = await approve(gateway, "semester1", "Citra", clock("2023-07-10T03:00:00Z"));
    expect(outcome).toMatchObject({
      ok: true,
      entry: { langkah: 7, periode: "Semester I 2023", keputusan: "Ya", nama: "Citra" },
    });
    const row = writes[0].append?.[0].values[0] ?? [];
    const fingerprint = expect.stringMatching(/^Sidik jari SHA-256: [0-9a-f]{64}$/);
    expect([row[1], row[3], row[5], row[11], row[12]]).toEqual([
      7,
      "Semester I 2023",
      "Citra",
      "Ya",
      fingerprint,
    ]);
    expect(writes[0].log?.[0]).toMatchObject({
      user: "Citra",
      action: "keputusan Kasubag",
      detail: `Semester I 2023: Ya — ${row[12]}`,
    });
    // What was approved goes to the very hidden Persetujuan sheet, created with it.
    expect(writes[0].create?.map((c) => [c.name, c.visibility])).toContainEqual([
      "Persetujuan",
      "veryHidden",
    ]);
    expect(writes[0].append?.[1].sheet).toBe("Persetujuan");
  });

  test("returning needs a note (refused in Indonesian), and is allowed on a workbook with problems", async () => {
    const book = bookOf(pk, { ...quarters, 2: [{ kode: "A", realisasi: "lima" }] }, [
      settings,
      trackerSheet(submitted),
    ]);
    const { gateway, writes } = memoryGateway(book);
    const refused = await returnForCorrection(
      gateway,
      "semester1",
      "Citra",
      "",
      clock("2023-07-10T03:00:00Z")
    );
    expect(refused).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: "Catatan wajib diisi bila Keputusan Tidak: tulis apa yang harus diperbaiki",
        }),
      ],
    });
    expect(writes).toEqual([]);
    const outcome = await returnForCorrection(
      gateway,
      "semester1",
      "Citra",
      "Realisasi IK A TW II bukan angka",
      clock("2023-07-10T03:00:00Z")
    );
    expect(outcome).toMatchObject({
      ok: true,
      entry: { keputusan: "Tidak", catatan: "Realisasi IK A TW II bukan angka" },
    });
    expect(writes[0].log?.[0].detail).toBe(
      "Semester I 2023: Tidak — Realisasi IK A TW II bukan angka"
    );
  });

  test("the pane's view shows the latest decision per period and the tracker rows newest first, over-time marked", () => {
    const rows = [
      [
        1,
        2,
        "Merekap",
        "TW II 2023",
        "Staf",
        "Budi",
        DAY + 0.35,
        DAY + 0.4,
        72,
        "30 Menit",
        "Tidak",
        "",
        "",
      ],
      [
        2,
        7,
        "Menyusun",
        "Semester I 2023",
        "Kasubag Perencanaan",
        "Citra",
        DAY + 9,
        DAY + 9.125,
        180,
        "120 Hari",
        "Ya",
        "Tidak",
        "lengkapi TW II",
      ],
    ];
    const view = processOverview(readBook(bookOf(pk, quarters, [settings, trackerSheet(...rows)])));
    expect(view.recent.map((r) => [r.langkah, r.overStandard, r.selesai])).toEqual([
      [7, false, "10/07/2023 03:00"],
      [2, true, "01/07/2023 09:36"],
    ]);
    expect(view.decisions.map((d) => [d.periode, d.keputusan, d.catatan])).toEqual([
      ["Semester I 2023", "Tidak", "lengkapi TW II"],
      ["Semester II 2023", null, ""],
      ["Tahunan 2023", null, ""],
    ]);
  });
});

describe("the recap records its own SOP step", () => {
  test("Semester recaps are step 6, Tahunan is step 9, timed from start to end of the action, in the recap's write", async () => {
    const { gateway, writes } = memoryGateway(bookOf(pk, quarters, [settings, trackerSheet()]));
    const outcome = await recap(
      gateway,
      ["semester1", "tahunan"],
      clock("2023-07-03T01:30:00Z", "2023-07-03T01:31:00Z")
    );
    expect(outcome.ok).toBe(true);
    expect(writes).toHaveLength(1);
    const rows = writes[0].append?.[0].values ?? [];
    expect(rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[8], r[10]])).toEqual([
      // Step 6's standard is "2 Hari": one working minute is 1/510 Hari, 0 to two decimals.
      [1, 6, "Semester I 2023", "Staf", "Budi", 0, "Ya"],
      [2, 9, "Tahunan 2023", "Kasubag Perencanaan", "Budi", 1, "Ya"],
    ]);
    expect(rows[0][6]).toBeCloseTo(MONDAY + 8.5 / 24, 10);
    expect(writes[0].rewrite?.map((p) => p.name)).toEqual(["Semester I", "Tahunan"]);
  });

  test("a protected tracker does not stop the recap; the unrecorded step comes back as a warning", async () => {
    const { gateway, writes } = memoryGateway(bookOf(pk, quarters, [settings, trackerSheet()]));
    const locked = {
      ...gateway,
      update: <T>(decide: Parameters<typeof gateway.update<T>>[0]) =>
        gateway.update((read) =>
          decide({
            ...read,
            sheets: read.sheets.map((s) =>
              s.name === "Tahapan SOP" ? { ...s, protected: true } : s
            ),
          })
        ),
    };
    const outcome = await recap(locked, ["tahunan"], clock("2023-07-01T01:30:00Z"));
    expect(outcome.ok && outcome.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/^langkah SOP tidak dicatat: lembar diproteksi/)
    );
    expect(writes[0].append).toBeUndefined();
    expect(writes[0].rewrite?.map((p) => p.name)).toEqual(["Tahunan"]);
  });
});

describe("the report from the pane", () => {
  test("is refused like the recap on a workbook with problems", async () => {
    const { gateway } = memoryGateway(bookOf(pk, { 1: [{ kode: "A", realisasi: "#" }] }));
    expect(await prepareReport(gateway, "tahunan")).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ sheet: "TW I" })],
    });
  });

  test("is the core's report of the period, opened in Excel as base64 of the rendered workbook", async () => {
    const { gateway, opened } = memoryGateway(bookOf(pk, quarters, [settings]));
    const prepared = await prepareReport(gateway, "semester1", clock("2023-07-10T03:00:00Z"));
    if (!prepared.ok) throw new Error("refused");
    expect(prepared.fileName).toBe("laporan-kinerja-semester-i-2023");
    expect(prepared.report.title).toBe("LAPORAN KINERJA SEMESTER I");
    expect(prepared.report.rows.map((r) => r[5])).toEqual([58, 9]);
    const render = jest.fn(async () => new Uint8Array([80, 75, 3, 4]));
    await openReportWorkbook(gateway, prepared, render);
    expect(render).toHaveBeenCalledWith([{ sheet: "Semester I", report: prepared.report }]);
    expect(opened).toEqual(["UEsDBA=="]);
    expect(toBase64(new Uint8Array(70_000).fill(255)).length).toBe(Math.ceil(70_000 / 3) * 4);
  });
});
