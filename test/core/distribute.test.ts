// Which rows go to which unit, how unit files are named, and how merge judges a unit file that comes
// back edited outside its own entries: on snapshots, without files.
import { planDistribution, uniqueSlugs, UnitFilePlan } from "../../src/core/distribute";
import { planMerge } from "../../src/core/merge";
import { NewSheet } from "../../src/core/newSheet";
import { formatProblem } from "../../src/core/problems";
import { Cell, WorkbookSnapshot } from "../../src/core/workbook";
import { sampleSheets, sheetNamed } from "../helpers/workbooks";
import { unitIndicators } from "../helpers/units";

const snapshot = (sheets: readonly NewSheet[]): WorkbookSnapshot => ({
  sheets: sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((r) =>
      r.map((c): Cell => (c.formula ? { value: c.value, formula: c.formula } : { value: c.value }))
    ),
  })),
});
const STAMP = { master: "master.xlsx", created: "2023-07-01T01:00:00.000Z", by: "Rina" };

function distributed(sheets = sampleSheets(unitIndicators())) {
  const master = snapshot(sheets);
  const plan = planDistribution(master, 2, STAMP);
  if (!plan.ok) throw new Error(plan.problems.map((p) => formatProblem(p)).join("\n"));
  return { master, plan };
}
/** A unit file as it comes back: `edit` changes its cells (0-based rows and columns). */
function returned(file: UnitFilePlan, edit: (book: WorkbookSnapshot) => void) {
  const book = snapshot(file.sheets);
  edit(book);
  return { label: file.fileName, book };
}
const put = (
  book: WorkbookSnapshot,
  sheet: string,
  row: number,
  col: number,
  value: Cell["value"]
) => {
  const rows = book.sheets.find((s) => s.name === sheet)!.rows;
  while (rows.length <= row) rows.push([]);
  rows[row][col] = { value };
};
const said = (master: WorkbookSnapshot, unit: ReturnType<typeof returned>) => {
  const plan = planMerge(master, [unit]);
  return { ...plan, lines: plan.skipped.map((p) => formatProblem(p)) };
};

test("file names are slugs of the unit names; names that come out the same are numbered", () => {
  expect(
    uniqueSlugs(["Bidang A/B", "Bidang A-B", "Bidang A-B 2", "Seksi Pelayanan Ümum", "///"])
  ).toEqual(["bidang-a-b", "bidang-a-b-2", "bidang-a-b-2-2", "seksi-pelayanan-umum", "unit"]);
  // 12 × "kata-" is 60 characters: the twelfth word ends at the limit and is kept whole.
  expect(
    uniqueSlugs(["x".repeat(70), `${"kata ".repeat(13)}akhir`, `${"ab ".repeat(20)}cd`])
  ).toEqual(["x".repeat(60), Array(12).fill("kata").join("-"), Array(20).fill("ab").join("-")]);
});

test("rows go to the unit whatever the case and spacing of its name; two units never share a file", () => {
  const inds = unitIndicators();
  inds[2].penanggungJawab = "Bidang Trantib!"; // a different unit whose slug is the same
  const { plan } = distributed(sampleSheets(inds));
  expect(plan.files.map((f) => [f.pj, f.fileName, f.kodes])).toEqual([
    ["Bidang Trantib", "bidang-trantib-tw-ii-2023.xlsx", ["A-01", "A-02"]],
    ["Bidang Trantib!", "bidang-trantib-2-tw-ii-2023.xlsx", ["B-01"]],
  ]);
  expect(plan.warnings.map((p) => formatProblem(p))).toEqual([
    `Perjanjian Kinerja!L6: peringatan — Kode "C-01" tanpa Penanggung Jawab — tidak masuk berkas bidang mana pun; isi di master`,
  ]);
});

test("a master with problems in Perjanjian Kinerja or the quarter is refused; another quarter's are not its", () => {
  const sheets = sampleSheets(unitIndicators());
  sheetNamed(sheets, "TW IV").rows[2][4] = { value: "lima" };
  expect(planDistribution(snapshot(sheets), 2, STAMP).ok).toBe(true);
  sheetNamed(sheets, "TW II").rows[2][4] = { value: "lima" };
  const refused = planDistribution(snapshot(sheets), 2, STAMP);
  expect(refused.ok ? [] : refused.problems.map((p) => formatProblem(p))).toEqual([
    `TW II!E3: Realisasi "lima" bukan angka`,
  ]);
  const noColumn = sampleSheets(unitIndicators());
  const pk = sheetNamed(noColumn, "Perjanjian Kinerja");
  pk.rows = pk.rows.map((r) => r.slice(0, 11));
  const none = planDistribution(snapshot(noColumn), 2, STAMP);
  expect(none.ok ? [] : none.problems.map((p) => formatProblem(p))).toEqual([
    "Perjanjian Kinerja!A2: kolom Penanggung Jawab tidak ada — isi Penanggung Jawab tiap indikator agar dapat dibagikan ke bidang",
  ]);
});

test("an untouched unit file merges to nothing; its own figures merge", () => {
  const { master, plan } = distributed();
  expect(
    said(
      master,
      returned(plan.files[0], () => undefined)
    )
  ).toEqual(expect.objectContaining({ edits: [], skipped: [], blockers: [] }));
  const filled = said(
    master,
    returned(plan.files[1], (b) => put(b, "TW II", 2, 4, 2))
  );
  expect(filled.copied).toEqual(["TW II!E5 ← sekretariat-tw-ii-2023.xlsx (TW II!E3): 2"]);
});

describe("a unit file edited outside its entries is reported at the cell and not merged", () => {
  const { master, plan } = distributed();
  const file = plan.files[0];
  const from = (ref: string) => `${file.fileName} (${ref})`;
  test.each<[string, (b: WorkbookSnapshot) => void, string[]]>([
    [
      "another quarter filled",
      (b) =>
        b.sheets.push({ name: "TW III", rows: [[], [{ value: "Kode" }], [{ value: "A-01" }]] }),
      [`TW III!A1: ${from("TW III!A3")} terisi, padahal berkas unit ini hanya untuk TW II`],
    ],
    [
      "a row added without a Kode",
      (b) => put(b, "TW II", 4, 8, "catatan"),
      [
        `TW II!A1: baris tambahan di ${from("TW II!A5")} — berkas unit hanya memuat baris yang dibagikan`,
      ],
    ],
    [
      "a Kode twice",
      (b) => put(b, "TW II", 4, 0, "a-01"),
      [`TW II!A1: Kode "a-01" di ${from("TW II!A5")} sudah ada di baris 3 — baris tambahan`],
    ],
    [
      "a Target changed",
      (b) => put(b, "TW II", 3, 3, 80),
      [
        `TW II!A1: Target di ${from("TW II!D4")} diubah: dibagikan "90", kini "80" — sel ini hanya untuk dibaca`,
      ],
    ],
    [
      "its quarter sheet renamed",
      (b) => (b.sheets.find((s) => s.name === "TW II")!.name = "TW III"),
      [
        `TW III!A1: ${from("TW III!A3")} terisi, padahal berkas unit ini hanya untuk TW II`,
        `TW II!A1: ${file.fileName}: berkas unit untuk TW II, tetapi lembar TW II tidak ada`,
      ],
    ],
    [
      "another year",
      (b) => put(b, "Berkas Unit", 5, 1, 2022),
      [`TW II!A1: ${file.fileName}: berkas unit tahun 2022, padahal master tahun 2023`],
    ],
  ])("%s", (_, edit, lines) => {
    const r = said(
      master,
      returned(file, (b) => {
        put(b, "TW II", 2, 4, 13); // its own figure, which must not be merged either
        edit(b);
      })
    );
    expect(r.edits).toEqual([]);
    expect(r.lines).toEqual([
      ...lines,
      `TW II!A1: ${file.fileName} (Bidang Trantib) tidak digabung: ${lines.length} perubahan di luar isiannya (lihat di atas) — betulkan berkas itu atau bagikan ulang`,
    ]);
  });

  test("a damaged marker", () => {
    const r = said(
      master,
      returned(file, (b) => put(b, "Berkas Unit", 1, 1, "berkas unit"))
    );
    expect(r.edits).toEqual([]);
    expect(r.lines).toEqual([
      `Berkas Unit!A1: ${file.fileName}: lembar Berkas Unit rusak atau diubah — berkas unit tidak dikenali; bagikan ulang dari master`,
    ]);
  });
});
