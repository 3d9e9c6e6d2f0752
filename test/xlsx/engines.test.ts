// Every fixture of the xlsx tests and every workbook of the hostile corpus, read through both sheet
// engines (engines.ts): the <sheetData> scanner must give exactly what saxes alone gives.
import { modelNeed } from "../../src/core/needs";
import { readSnapshot } from "../../src/xlsx";
import { XlsxError } from "../../src/xlsx/errors";
import { CORPUS } from "../corpus/cases";

// Every readSheet of this file's tests runs both engines and compares them.
jest.mock("../../src/xlsx/sheet-read", () => {
  const actual = jest.requireActual("../../src/xlsx/sheet-read");
  const { readBoth: both } = jest.requireActual("./engines");
  return {
    ...actual,
    readSheet: (...args: Parameters<typeof actual.readSheet>) =>
      both(actual.readSheet, args[0], args[1], args[2], args[3]),
  };
});

describe("the xlsx fixtures, with both sheet engines", () => {
  // Their own assertions run again; readBoth adds the comparison at every sheet read.
  require("./reader.test");
  require("./needs.test");
  require("./errors.test");
  require("./shared-formulas.test");
  require("./edits.test");
  require("./writer.test");
});

describe.each(CORPUS.map((c) => [c.id, c] as const))("corpus %s", (_id, c) => {
  test("reads the same with the scanner as with saxes, whole and as the recap reads it", async () => {
    const bytes = await c.build();
    for (const need of [undefined, modelNeed]) {
      try {
        readSnapshot(bytes, { need });
      } catch (err) {
        // A refused workbook is refused by both engines alike (readBoth compared the messages).
        if (!(err instanceof XlsxError)) throw err;
      }
    }
  });
});
