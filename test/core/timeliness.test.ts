// The timeliness summary reads the tracker as recorded: each row's Sesuai is its verdict, its Durasi
// is taken in its Waktu Baku's unit. Every figure below is worked out by hand.
import { timeliness } from "../../src/core/timeliness";
import { TrackerEntry } from "../../src/core/tracker";
import { DEFAULT_WORKING_HOURS } from "../../src/core/workingTime";

let row = 0;
const entry = (
  langkah: number | null,
  nama: string,
  durasi: number | null,
  satuan: TrackerEntry["satuan"],
  waktuBaku: string,
  sesuai: string
): TrackerEntry => ({
  row: ++row,
  no: row,
  langkah,
  kegiatan: "",
  periode: "TW II 2026",
  pelaksana: "Staf",
  nama,
  mulai: null,
  selesai: null,
  durasi,
  satuan,
  waktuBaku,
  sesuai,
  keputusan: "",
  catatan: "",
});

const entries = [
  entry(2, "Budi", 32, "Menit", "30 Menit", "Tidak"),
  entry(2, "Siti", 20, "Menit", "30 Menit", "Ya"),
  entry(6, "Budi", 1.5, "Hari", "2 Hari", "Ya"),
  entry(2, "budi ", 25, "Menit", "30 Menit", "Ya"),
  // A row of an old `Durasi (menit)` column: 1,530 minutes is 1530 ÷ 510 = 3 working days.
  entry(6, "Siti", 1530, "Menit", "2 Hari", "tidak"),
  entry(9, "Ani", 5, "Menit", "sebentar", ""),
];

test("per step: done, on time, late, and the median duration in the standard's unit", () => {
  const { steps } = timeliness(entries, DEFAULT_WORKING_HOURS);
  expect(steps.map((g) => [g.label, g.done, g.onTime, g.late])).toEqual([
    ["2", 3, 2, 1],
    ["6", 2, 1, 1],
    ["9", 1, 0, 0],
  ]);
  // Step 2: 20, 25, 32 minutes → median 25 of 30: 83,33 %.
  expect(steps[0].median).toEqual({ amount: 25, unit: "Menit", standard: "30 Menit" });
  expect(steps[0].medianPercent).toBeCloseTo((25 / 30) * 100, 10);
  // Step 6: 1,5 and 3 Hari → median 2,25 Hari; 75 % and 150 % of 2 Hari → 112,5 %.
  expect(steps[1].median).toEqual({ amount: 2.25, unit: "Hari", standard: "2 Hari" });
  expect(steps[1].medianPercent).toBeCloseTo(112.5, 10);
  // An unreadable standard: counted as done, never timed.
  expect([steps[2].median, steps[2].medianPercent]).toEqual([null, null]);
});

test("per executor: names grouped as people write them, the median as a share of each standard", () => {
  const { executors } = timeliness(entries, DEFAULT_WORKING_HOURS);
  expect(executors.map((g) => [g.label, g.done, g.onTime, g.late])).toEqual([
    ["Ani", 1, 0, 0],
    ["Budi", 3, 2, 1],
    ["Siti", 2, 1, 1],
  ]);
  // Budi: 32/30 = 106,67 %, 1,5/2 = 75 %, 25/30 = 83,33 % → median 83,33 %; two standards, no amount.
  expect(executors[1].medianPercent).toBeCloseTo((25 / 30) * 100, 10);
  expect(executors[1].median).toBeNull();
  // Siti: 20/30 = 66,67 % and 3/2 = 150 % → (66,67 + 150) ÷ 2 = 108,33 %.
  expect(executors[2].medianPercent).toBeCloseTo((200 / 3 + 150) / 2, 10);
});

test("an empty tracker has nothing to summarise", () => {
  expect(timeliness([], DEFAULT_WORKING_HOURS)).toEqual({ steps: [], executors: [] });
});
