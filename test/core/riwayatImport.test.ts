// Planning Riwayat from snapshots (riwayatImport.ts): which previous workbooks are refused and where,
// what happens to the rows already there, and the order rows are kept in.
import { bookOf, PkRow, sheetOf, TwRow } from "../helpers/book";
import { planRiwayat } from "../../src/core/riwayatImport";
import { readRiwayat } from "../../src/core/riwayat";
import { formatProblem } from "../../src/core/problems";
import { Quarter } from "../../src/core/contract";
import { WorkbookSnapshot } from "../../src/core/workbook";
import { riwayatMessage } from "../../src/i18n/riwayatMessage";
import { STRINGS } from "../../src/i18n/strings";

function book(
  tahun: string | null,
  pk: PkRow[],
  quarters: Partial<Record<Quarter, TwRow[]>> = {}
): WorkbookSnapshot {
  const settings = sheetOf("Pengaturan", [
    ["Kunci", "Nilai"],
    ["Nama Instansi", "Satpol PP"],
    ["Tahun", tahun],
  ]);
  return bookOf(pk, quarters, [settings]);
}

// Jumlah, Target Tahunan 40; 10 + 12 + 9 + 11 = 42 → 42 ÷ 40 × 100 = 105 (Sangat Tinggi).
const PK: PkRow[] = [
  { kode: "IK-2", targetTahunan: 40 },
  { kode: "IK-10", targetTahunan: 40 },
];
const FIGURES = (kode: string, v: number): Partial<Record<Quarter, TwRow[]>> => ({
  1: [{ kode, realisasi: v }],
  2: [{ kode, realisasi: 12 }],
  3: [{ kode, realisasi: 9 }],
  4: [{ kode, realisasi: 11 }],
});

/** `current` with the Riwayat sheet `plan` wrote, in place of any before. */
function written(
  current: WorkbookSnapshot,
  plan: ReturnType<typeof planRiwayat>
): WorkbookSnapshot {
  if (!plan.ok) throw new Error(plan.problems.map((p) => formatProblem(p)).join("\n"));
  const rows = plan.patch.rows.map((r) => r.map((c) => ({ value: c.value })));
  const others = current.sheets.filter((s) => s.name !== plan.patch.name);
  return { sheets: [...others, { name: plan.patch.name, rows }] };
}

describe("planRiwayat", () => {
  const current = book("2024", PK);

  test("rows sort by Kode as people number them, then Tahun; other years stay when one is replaced", () => {
    const y2022 = { label: "2022.xlsx", book: book("2022", PK, FIGURES("IK-10", 10)) };
    const y2023 = { label: "2023.xlsx", book: book("2023", PK, FIGURES("IK-10", 10)) };
    const first = written(current, planRiwayat(current, [y2023, y2022], []));
    expect(readRiwayat(first).rows.map((r) => `${r.kode} ${r.tahun}`)).toEqual([
      "IK-2 2022",
      "IK-2 2023",
      "IK-10 2022",
      "IK-10 2023",
    ]);
    // 2023 again, IK-10 now 20 + 12 + 9 + 11 = 52 → 52 ÷ 40 × 100 = 130.
    const again = planRiwayat(
      first,
      [{ label: "2023b.xlsx", book: book("2023", PK, FIGURES("IK-10", 20)) }],
      []
    );
    const rows = readRiwayat(written(first, again)).rows;
    expect(rows.filter((r) => r.kode === "IK-10")).toEqual([
      {
        kode: "IK-10",
        tahun: 2022,
        target: 40,
        realisasi: 42,
        capaian: 105,
        kategori: "Sangat Tinggi",
      },
      {
        kode: "IK-10",
        tahun: 2023,
        target: 40,
        realisasi: 52,
        capaian: 130,
        kategori: "Sangat Tinggi",
      },
    ]);
    // IK-2 reported nothing: no Realisasi, no Capaian, no Kategori — never a zero.
    expect(rows[0]).toEqual({
      kode: "IK-2",
      tahun: 2022,
      target: 40,
      realisasi: null,
      capaian: null,
      kategori: "",
    });
  });

  test("refusals at the Tahun cell: no year, a later year, two workbooks of one year", () => {
    const plan = planRiwayat(
      current,
      [
        { label: "tanpa.xlsx", book: book(null, PK) },
        { label: "nanti.xlsx", book: book("2025", PK) },
        { label: "a.xlsx", book: book("2022", PK) },
        { label: "b.xlsx", book: book("2022", PK) },
      ],
      []
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(
      plan.refused.map((f) => `${f.label} › ${f.problems.map((p) => formatProblem(p)).join("; ")}`)
    ).toEqual([
      "tanpa.xlsx › Pengaturan!B3: Tahun di Pengaturan kosong atau bukan tahun empat angka — Riwayat disusun per tahun; isi Tahun dulu",
      "nanti.xlsx › Pengaturan!B3: Tahun 2025 sesudah tahun buku kerja ini (2024) — Riwayat hanya memuat tahun-tahun sebelumnya",
      "b.xlsx › Pengaturan!B3: Tahun 2022 juga tahun a.xlsx — ambil satu buku kerja per tahun",
    ]);
    expect(riwayatMessage(plan, STRINGS.en).text).toBe(
      "Riwayat not written: fix 3 problems first — tanpa.xlsx not taken: Pengaturan!B3: Tahun in Pengaturan is blank or not a four-digit year — Riwayat is kept per year; fill in Tahun first " +
        "nanti.xlsx not taken: Pengaturan!B3: Tahun 2025 is after this workbook's year (2024) — Riwayat holds earlier years only " +
        "b.xlsx not taken: Pengaturan!B3: Tahun 2022 is also the year of a.xlsx — take one workbook per year"
    );
  });

  test("this workbook needs its Tahun and a readable Perjanjian Kinerja; its quarters do not matter", () => {
    const previous = [{ label: "2022.xlsx", book: book("2022", PK, FIGURES("IK-2", 10)) }];
    const noYear = planRiwayat(book(null, PK), previous, []);
    expect(noYear.ok || noYear.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual([
      "Pengaturan!B3",
    ]);
    // A quarter of this year holding junk is no reason to refuse last year's figures.
    const busy = book("2024", PK, { 1: [{ kode: "IK-2", realisasi: "lima" }] });
    const plan = planRiwayat(busy, previous, []);
    expect(plan.ok && riwayatMessage(plan, STRINGS.id)).toEqual({
      intent: "success",
      text: "Riwayat ditulis, 2 baris — Tahun 2022 (2022.xlsx): 2 indikator.",
    });
  });
});
