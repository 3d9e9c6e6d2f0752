// The self-test's use case and its words: counted results, one summary line, and the plain-text
// report "Salin" copies (what a maintainer needs to reproduce a failure).
import { checkCompatibility, ExcelSelfTest } from "../../src/app";
import { selfTestMessage, selfTestText } from "../../src/i18n/messages";
import { STRINGS } from "../../src/i18n/strings";

const selfTest = (failing: boolean): ExcelSelfTest => ({
  diagnostics: () => ({
    office: { host: "Excel", platform: "OfficeOnline", version: "16.0.19000.10000" },
    excelApi: "1.17",
    userAgent: "Mozilla/5.0 (uji)",
  }),
  run: async () => ({
    sheet: "RK-uji-abc123",
    results: [
      { id: "sheet", status: "pass" },
      failing
        ? {
            id: "protection",
            status: "fail",
            failure: { kind: "error", code: "AccessDenied", message: "The sheet is protected." },
          }
        : { id: "protection", status: "pass" },
      failing
        ? {
            id: "textKode",
            status: "fail",
            failure: {
              kind: "mismatch",
              what: "values D1:D2",
              expected: '[["01"]]',
              actual: "[[1]]",
            },
          }
        : { id: "textKode", status: "pass" },
      { id: "cleanup", status: "pass" },
    ],
  }),
});

describe("Periksa kecocokan Excel", () => {
  test("all passing: counted, and said as a success", async () => {
    const report = await checkCompatibility(selfTest(false));
    expect([report.passed, report.failed, report.skipped]).toEqual([4, 0, 0]);
    expect(selfTestMessage(report, STRINGS.id)).toEqual({
      intent: "success",
      text: "Semua 4 pemeriksaan lulus: Excel ini menjalankan semua yang dipakai add-in.",
    });
  });

  test("the copied report names the host, each check with its mark, and each failure's detail", async () => {
    const report = await checkCompatibility(selfTest(true));
    expect(selfTestMessage(report, STRINGS.id).text).toBe(
      "2 dari 4 pemeriksaan gagal. Salin laporannya dan kirimkan ke pengelola add-in."
    );
    expect(selfTestText(report, STRINGS.id).split("\n")).toEqual([
      "Rekap Kinerja — uji kecocokan Excel",
      "Host: Excel · Platform: OfficeOnline · Versi: 16.0.19000.10000 · ExcelApi: 1.17",
      "Peramban: Mozilla/5.0 (uji)",
      "Lembar uji: RK-uji-abc123",
      "✓ lulus — Lembar uji sementara, sangat tersembunyi",
      "✗ gagal — Proteksi lembar dipasang dan dilepas — AccessDenied: The sheet is protected.",
      '✗ gagal — Kode berformat Teks tetap "01" — values D1:D2: terbaca [[1]], seharusnya [["01"]]',
      "✓ lulus — Lembar uji dihapus",
      "2 lulus, 2 gagal, 0 dilewati",
    ]);
    expect(selfTestText(report, STRINGS.en)).toMatch(
      /^Rekap Kinerja — Excel compatibility check\n/
    );
  });
});
