// A refusal names its problems in the pane's language: the ribbon's notification and the pane's
// message bar say the same thing, with the contract's sheet names and cells in both languages.
import { approvalProblems } from "../../src/core/decision";
import { check } from "../../src/core/plan";
import { DEFAULT_OFFICE_TIME } from "../../src/core/officeTime";
import { readTracker } from "../../src/core/tracker";
import { planTrackerRows } from "../../src/core/trackerRows";
import { SOP_STEPS } from "../../src/core/sop";
import { decisionMessage, reportRefusedMessage, stepMessage } from "../../src/i18n/messages";
import { STRINGS } from "../../src/i18n/strings";
import { bookOf } from "../helpers/book";

const book = bookOf([{ kode: "A", targetTahunan: 10 }], { 1: [{ kode: "A", realisasi: 3 }] });

test("approving a period never recapped is refused in English, naming the sheet", () => {
  const problems = approvalProblems(book, "semester1", null);
  expect(decisionMessage({ ok: false, problems }, STRINGS.en)).toEqual({
    intent: "error",
    text: "Decision not recorded: 1 problems — Semester I!A1: sheet Semester I does not exist yet — run Recap Semester I first",
  });
  expect(decisionMessage({ ok: false, problems }, STRINGS.id).text).toBe(
    "Keputusan tidak dicatat: 1 masalah — Semester I!A1: lembar Semester I belum ada — jalankan Rekap Semester I dulu"
  );
});

test("a step the tracker refuses says why in English, at the tracker's cells", () => {
  const plan = planTrackerRows(
    readTracker(book),
    false,
    [
      {
        step: SOP_STEPS[6],
        periode: { key: "semester1", year: 2023 },
        nama: " ",
        mulai: 45200.5,
        selesai: 45200.25,
        keputusan: "Tidak",
        catatan: "",
      },
    ],
    { office: DEFAULT_OFFICE_TIME, national: () => [] }
  );
  if (plan.ok) throw new Error("expected a refusal");
  expect(stepMessage({ ok: false, problems: plan.problems }, STRINGS.en).text).toBe(
    "Not recorded: 3 problems — Tahapan SOP!F2: the name of who did the step is required; " +
      "Tahapan SOP!H2: Selesai is earlier than Mulai; " +
      "Tahapan SOP!M2: Catatan is required when Keputusan is Tidak: write what must be corrected"
  );
});

test("a report refused for a workbook with problems lists them in English, warnings marked", () => {
  const bad = bookOf(
    [
      { kode: "P", satuan: "%", targetTahunan: 80, agregasi: "Jumlah" },
      { kode: "P", targetTahunan: 5 },
    ],
    {}
  );
  expect(reportRefusedMessage(check(bad).problems, STRINGS.en).text).toBe(
    `No report: fix 2 problems first — Perjanjian Kinerja!A4: Kode "P" appears twice — already used in row 3; ` +
      "Perjanjian Kinerja!K3: warning — P: percentages are not added up — use Agregasi Rasio or Terakhir"
  );
});
