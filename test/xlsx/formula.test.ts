import { shiftFormula } from "../../src/xlsx/formula";

describe("shiftFormula (shared formula followers)", () => {
  test.each([
    ["A1+B2", 1, 0, "A2+B3"],
    ["$A1+A$1+$A$1", 2, 3, "$A3+D$1+$A$1"],
    ["SUM(B2:B10)/COUNT(C:C)", 1, 1, "SUM(C3:C11)/COUNT(D:D)"],
    ["SUM(2:2)", 3, 0, "SUM(5:5)"],
    ["'TW I'!E2*Sheet2!A1", 1, 0, "'TW I'!E3*Sheet2!A2"],
    ["'A1''s sheet'!B1&\"A1 text\"", 1, 0, "'A1''s sheet'!B2&\"A1 text\""],
    ["LOG10(A1)+ATAN2(B1,C1)", 0, 1, "LOG10(B1)+ATAN2(C1,D1)"],
    ["_xlfn.STDEV.S(A1:A3)+F.DIST(A1,1,TRUE)", 1, 0, "_xlfn.STDEV.S(A2:A4)+F.DIST(A2,1,TRUE)"],
    ["Table1[[#This Row],[A1]]+1.5E+3", 1, 0, "Table1[[#This Row],[A1]]+1.5E+3"],
    ["A1-1", -1, 0, "#REF!-1"],
    ["XFD1+A1", 0, 1, "#REF!+B1"],
  ])("%s moved by (%i, %i)", (formula, dr, dc, expected) => {
    expect(shiftFormula(formula as string, dr as number, dc as number)).toBe(expected);
  });
});
