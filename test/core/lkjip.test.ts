// The LKjIP draft as data (docs/CONTRACT.md "LKjIP draft"), on the hand-worked two-year example of
// test/helpers/lkjipBook.ts: expected cells and sentences are written out by hand, in Indonesian
// notation, never taken from our own output.
import {
  LINMAS,
  lkjipSheets,
  PERDA,
  snapshotOf,
  PERDA_HISTORY,
  PERDA_RENSTRA,
  LINMAS_RENSTRA,
} from "../helpers/lkjipBook";
import {
  buildLkjip,
  LkjipApproval,
  LkjipBlock,
  LkjipDocument,
  LkjipInput,
  LkjipTable,
  PLACEHOLDERS,
} from "../../src/core/lkjip";
import { renstraProgress } from "../../src/core/lkjipFigures";
import { planRecap } from "../../src/core/plan";
import { DEFAULT_PREDIKAT } from "../../src/core/predikat";
import { readBook } from "../../src/core/reading";
import { RecapRow } from "../../src/core/recap";
import { readRiwayat } from "../../src/core/riwayat";

/** The workbook read on 15 January 2024 (the year has ended), its Tahunan recapped, Riwayat read. */
function input(approval: LkjipApproval = { state: "none" }): LkjipInput {
  const book = snapshotOf(lkjipSheets());
  const plan = planRecap(readBook(book, { year: 2024, month: 1, day: 15 }), ["tahunan"]);
  if (!plan.ok) throw new Error(plan.problems.map((p) => p.message).join("\n"));
  const riwayat = readRiwayat(book);
  expect(riwayat.problems).toEqual([]);
  return { rows: plan.results[0].rows, riwayat: riwayat.rows, settings: plan.settings, approval };
}

const draft = (approval?: LkjipApproval): LkjipDocument => buildLkjip(input(approval));

const tables = (doc: LkjipDocument): LkjipTable[] =>
  doc.blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
const texts = (doc: LkjipDocument, tone: string): string[] =>
  doc.blocks.flatMap((b) => (b.kind === "paragraph" && b.tone === tone ? [b.text] : []));
const table = (doc: LkjipDocument, caption: string): LkjipTable => {
  const found = tables(doc).find((t) => t.caption.includes(caption));
  if (!found) throw new Error(`no table ${caption}`);
  return found;
};

describe("the draft's outline follows PermenPAN-RB 53/2014 chapter III A, per Sasaran in PK order", () => {
  test("Heading 1 the chapter, Heading 2 section A, Heading 3 each Sasaran as Perjanjian Kinerja first names it", () => {
    const headings = draft().blocks.filter(
      (b): b is Extract<LkjipBlock, { kind: "heading" }> => b.kind === "heading"
    );
    expect(headings.map((h) => [h.level, h.text])).toEqual([
      [1, "BAB III AKUNTABILITAS KINERJA"],
      [2, "A. Capaian Kinerja Organisasi"],
      [3, `Sasaran Strategis 1: ${PERDA}`],
      [3, `Sasaran Strategis 2: ${LINMAS}`],
    ]);
  });

  test("indicators of one Sasaran listed apart in Perjanjian Kinerja are measured together", () => {
    const { rows, ...rest } = input();
    const [ik1, ik2, ik3, ik4, ik5] = rows;
    const doc = buildLkjip({ ...rest, rows: [ik1, ik3, ik2, ik4, ik5] });
    expect(table(doc, "Tabel 3.1 ").rows.map((r) => r[1])).toEqual([
      "Jumlah penegakan Perda",
      "Jumlah pelanggaran Perda berulang",
    ]);
    expect(table(doc, "Tabel 3.4 ").caption).toContain("Sasaran Strategis 2");
  });

  test("the letterhead and title come from Pengaturan", () => {
    const doc = draft();
    expect(doc.letterhead).toEqual([
      "PEMERINTAH KABUPATEN ROKAN HILIR",
      "DINAS SATUAN POLISI PAMONG PRAJA DAERAH DAN PERLINDUNGAN MASYARAKAT",
      "Jl. Kecamatan Batu 6, Telp./Fax. (0767)",
    ]);
    expect(doc.title).toBe("DRAF LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2023");
  });

  test("each Sasaran gets the four placeholders, marked [Diisi: …], and nothing invented", () => {
    const placeholders = texts(draft(), "placeholder");
    expect(placeholders).toHaveLength(2 * PLACEHOLDERS.length);
    for (const p of placeholders) expect(p).toMatch(/^\[Diisi: .+\]$/);
    expect(placeholders.join(" ")).toMatch(/penyebab keberhasilan atau kegagalan/);
    expect(placeholders.join(" ")).toMatch(/alternatif solusi/);
    expect(placeholders.join(" ")).toMatch(/program dan kegiatan/);
    expect(placeholders.join(" ")).toMatch(/efisiensi penggunaan sumber daya/);
  });
});

describe("the measurement table and its sentences (hand-worked)", () => {
  test("Sasaran 1: 124 of 120 → 103,33; Negatif 30 of 40 → 125,00", () => {
    expect(table(draft(), "Pengukuran Kinerja Sasaran Strategis 1 Tahun 2023")).toMatchObject({
      caption: "Tabel 3.1 Pengukuran Kinerja Sasaran Strategis 1 Tahun 2023",
      rows: [
        ["1", "Jumlah penegakan Perda", "Kasus", "120", "124", "103,33", "Sangat Tinggi"],
        ["2", "Jumlah pelanggaran Perda berulang", "Kasus", "40", "30", "125,00", "Sangat Tinggi"],
      ],
    });
  });

  test("Sasaran 2: a predicate as typed, a mean 85,5 of 90 → 95,00", () => {
    expect(table(draft(), "Pengukuran Kinerja Sasaran Strategis 2").rows).toEqual([
      ["1", "Opini BPK atas laporan keuangan", "Predikat", "WTP", "WTP", "100,00", "Sangat Tinggi"],
      ["2", "Jumlah anggota Linmas terlatih", "Orang", "200", "170", "85,00", "Tinggi"],
      ["3", "Persentase pos Linmas siaga", "%", "90", "85,5", "95,00", "Sangat Tinggi"],
    ]);
  });

  test("sentences say naik, turun or sama dengan the latest previous year, and nothing without history", () => {
    const body = texts(draft(), "body");
    for (const sentence of [
      "Capaian indikator Jumlah penegakan Perda tahun 2023 sebesar 103,33 % (Sangat Tinggi), naik 8,33 poin dibanding 2022.",
      "Capaian indikator Jumlah pelanggaran Perda berulang tahun 2023 sebesar 125,00 % (Sangat Tinggi), turun 5,00 poin dibanding 2022.",
      "Capaian indikator Opini BPK atas laporan keuangan tahun 2023 sebesar 100,00 % (Sangat Tinggi), naik 25,00 poin dibanding 2022.",
      "Capaian indikator Jumlah anggota Linmas terlatih tahun 2023 sebesar 85,00 % (Tinggi).",
      "Capaian indikator Persentase pos Linmas siaga tahun 2023 sebesar 95,00 % (Sangat Tinggi), sama dengan 2022.",
    ])
      expect(body).toContain(sentence);
    expect(body.join(" ")).toContain("Dari 5 indikator: 4 Sangat Tinggi, 1 Tinggi.");
  });
});

describe("comparison with previous years from Riwayat", () => {
  test("the two latest previous years side by side, then the change against 2022 in points", () => {
    const history = table(draft(), "Perbandingan Capaian Sasaran Strategis 1");
    expect(history.columns.map((c) => [c.group ?? "", c.header])).toEqual([
      ["", "No"],
      ["", "Indikator Kinerja"],
      ["", "Satuan"],
      ["2021", "Realisasi"],
      ["2021", "Capaian (%)"],
      ["2022", "Realisasi"],
      ["2022", "Capaian (%)"],
      ["2023", "Realisasi"],
      ["2023", "Capaian (%)"],
      ["", "Perubahan Capaian 2022–2023 (poin)"],
    ]);
    expect(history.rows).toEqual(PERDA_HISTORY);
  });

  test("an indicator without history shows dashes; a predicate's past realisation as typed", () => {
    expect(table(draft(), "Perbandingan Capaian Sasaran Strategis 2").rows).toEqual([
      [
        "1",
        "Opini BPK atas laporan keuangan",
        "Predikat",
        "–",
        "–",
        "WDP",
        "75,00",
        "WTP",
        "100,00",
        "+25,00",
      ],
      ["2", "Jumlah anggota Linmas terlatih", "Orang", "–", "–", "–", "–", "170", "85,00", "–"],
      ["3", "Persentase pos Linmas siaga", "%", "–", "–", "85,5", "95,00", "85,5", "95,00", "0,00"],
    ]);
  });

  test("without any Riwayat the draft says so and compares nothing", () => {
    const doc = buildLkjip({
      ...input(),
      riwayat: [],
    });
    expect(tables(doc).some((t) => t.caption.includes("Tahun Sebelumnya"))).toBe(false);
    expect(texts(doc, "body")).toContain(
      "Lembar Riwayat belum memuat tahun sebelumnya untuk indikator sasaran ini."
    );
    expect(texts(doc, "body").join(" ")).not.toMatch(/dibanding|sama dengan/);
  });
});

describe("comparison with the Renstra end target", () => {
  test("progress by the capaian rule of the polarity; a predicate reached or not; never a blank cell", () => {
    const doc = draft();
    expect(table(doc, "Sasaran Strategis 1 terhadap Target Akhir Renstra").rows).toEqual(
      PERDA_RENSTRA
    );
    expect(table(doc, "Sasaran Strategis 2 terhadap Target Akhir Renstra").rows).toEqual(
      LINMAS_RENSTRA
    );
    const body = texts(doc, "body");
    expect(body).toContain(
      "Realisasi indikator Jumlah penegakan Perda tahun 2023 sebesar 124 Kasus; capaian terhadap target akhir Renstra tahun 2026 (150 Kasus) sebesar 82,67 %."
    );
    expect(body).toContain(
      "Realisasi indikator Opini BPK atas laporan keuangan tahun 2023 (WTP) sudah mencapai target akhir Renstra tahun 2026 (WTP)."
    );
  });

  const row = (over: Partial<RecapRow["indicator"]>, realisasi: number | null): RecapRow => {
    const base = input().rows[0];
    return { ...base, realisasi, indicator: { ...base.indicator, ...over } };
  };

  test.each([
    [
      "Positif, target 0",
      { polaritas: "Positif" as const, renstra: { target: 0, tahun: 2026 } },
      5,
      "none",
    ],
    [
      "Negatif, target 0, R 0",
      { polaritas: "Negatif" as const, renstra: { target: 0, tahun: 2026 } },
      0,
      100,
    ],
    [
      "Negatif, R 3 of 20",
      { polaritas: "Negatif" as const, renstra: { target: 20, tahun: 2026 } },
      3,
      185,
    ],
    [
      "Negatif, R 45 of 20 floors at 0",
      { polaritas: "Negatif" as const, renstra: { target: 20, tahun: 2026 } },
      45,
      0,
    ],
    ["no realisasi", { renstra: { target: 150, tahun: 2026 } }, null, "none"],
  ])("%s", (_, over, realisasi, expected) => {
    const p = renstraProgress(row(over, realisasi), 2023, DEFAULT_PREDIKAT);
    if (expected === "none") expect(p.kind).toBe("none");
    else expect(p).toEqual({ kind: "percent", value: expected });
  });
});

describe("the approval line", () => {
  test("an approved, unchanged Tahunan prints who, when (WIB) and the fingerprint's first 12 characters", () => {
    const notes = texts(
      draft({
        state: "approved",
        by: "Kasubag Perencanaan",
        at: new Date("2024-01-10T03:30:00Z"),
        fingerprint: "0123456789abcdef".repeat(4),
      }),
      "note"
    );
    expect(notes).toContain(
      "Disetujui oleh Kasubag Perencanaan pada 10 Januari 2024 pukul 10.30 WIB."
    );
    expect(notes).toContain("Sidik jari: 0123456789ab.");
  });

  test("not approved, or changed since, it says so and claims no approval", () => {
    expect(texts(draft(), "note").join(" ")).toMatch(/belum disetujui/);
    const changed = texts(draft({ state: "changed" }), "note").join(" ");
    expect(changed).toMatch(/tidak memuat tanda persetujuan/);
    expect(changed).not.toMatch(/Disetujui oleh|Sidik jari/);
  });
});
