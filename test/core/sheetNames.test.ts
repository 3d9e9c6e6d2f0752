// Excel holds sheet names unique regardless of case, so the core does too: `tw i` is the sheet
// `TW I`, not a lookalike to rename and not a missing sheet to add.
import { bookOf } from "../helpers/book";
import { readModel } from "../../src/core/model";
import { similarSheetName } from "../../src/core/names";
import { findSheet, sameSheetName } from "../../src/core/workbook";

describe("sheet names as Excel compares them", () => {
  test("a quarter sheet spelled `tw ii` is read as TW II", () => {
    const book = bookOf([{ kode: "IK-01", targetTahunan: 10 }], {
      2: [{ kode: "IK-01", realisasi: 7 }],
    });
    book.sheets[2].name = "tw ii";
    const { model, problems } = readModel(book);
    expect(problems.filter((p) => p.sheet.toUpperCase() === "TW II")).toEqual([]);
    expect(findSheet(book, "TW II")?.name).toBe("tw ii");
    expect(model?.quarters[2].entries.get("s:ik-01")).toMatchObject({ realisasi: 7 });
  });

  test("an exact name wins over one that differs only in case", () => {
    const book = {
      sheets: [
        { name: "tahunan", rows: [] },
        { name: "Tahunan", rows: [] },
      ],
    };
    expect(findSheet(book, "Tahunan")).toBe(book.sheets[1]);
  });

  test("case alone makes no lookalike; other spellings do", () => {
    expect(sameSheetName("Semester i", "Semester I")).toBe(true);
    expect(similarSheetName("tw i", "TW I")).toBe(false);
    expect(similarSheetName("Triwulan 1", "TW I")).toBe(true);
  });
});
