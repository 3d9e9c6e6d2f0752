import { pickLanguage, STRINGS } from "../../src/i18n/strings";
import { errorMessage, fixMessage } from "../../src/i18n/messages";
import { ExcelError, toExcelError } from "../../src/excel/errors";

describe("language and messages", () => {
  test("English only for an English Office; Indonesian otherwise, also outside Office", () => {
    expect(pickLanguage("en-US")).toBe("en");
    expect(pickLanguage("EN-gb")).toBe("en");
    expect(pickLanguage("id-ID")).toBe("id");
    expect(pickLanguage("nl-NL")).toBe("id");
    expect(pickLanguage(undefined)).toBe("id");
  });

  test("Office.js error codes become typed errors with an Indonesian explanation", () => {
    const err = toExcelError(
      Object.assign(new Error("The operation failed"), { code: "InvalidOperationInCellEditMode" })
    );
    expect(err).toBeInstanceOf(ExcelError);
    expect(errorMessage(err, STRINGS.id)).toEqual({
      intent: "error",
      text: STRINGS.id.errors.cellEditMode,
    });
    expect(errorMessage(toExcelError({ code: "AccessDenied" }), STRINGS.id).text).toMatch(
      /diproteksi/
    );
  });

  test("an unknown failure keeps its detail and code, so it can be reported", () => {
    const text = errorMessage(
      toExcelError(Object.assign(new Error("boom"), { code: "GeneralException" })),
      STRINGS.id
    ).text;
    expect(text).toBe("Terjadi galat tak terduga. boom (Kode galat Excel: GeneralException)");
  });

  test("a fix that skipped changed cells says so, as a warning", () => {
    expect(fixMessage({ applied: 2, skipped: 1 }, STRINGS.id)).toEqual({
      intent: "warning",
      text: "2 sel diperbaiki. 1 sel sudah berubah sejak ditampilkan dan dibiarkan.",
    });
  });
});
