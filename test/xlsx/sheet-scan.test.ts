// The <sheetData> scanner against saxes on generated worksheets: plain ones, which the scanner
// must read itself, and ones with what it leaves to saxes (comments, CDATA, rich text, prefixes,
// odd entities, broken XML), arriving in arbitrary pieces. Both engines must agree (engines.ts).
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { CellSink, SheetReadContext } from "../../src/xlsx/sheet-cells";
import { readSheet } from "../../src/xlsx/sheet-read";
import { SheetDataSplitter } from "../../src/xlsx/sheet-scan";
import { piecewise, readBoth } from "./engines";
import { XlsxError } from "../../src/xlsx/errors";
import { MAIN } from "./fixtures";

const encoder = new TextEncoder();
const ctx = (date1904: boolean): SheetReadContext => ({
  sharedStrings: ["Kode", "IK-01", "  spasi  "],
  formats: [undefined, "0%", undefined, "m/d/yyyy"],
  date1904,
});

// Text as writers escape it, with what Excel adds (`_x000D_`) and what XML allows spelled out.
const plainText = fc.string({
  unit: fc.constantFrom(
    ..."aZ09 .,-+eE_/=()\"'>\t\n".split(""),
    "&amp;",
    "&lt;",
    "&gt;",
    "&quot;",
    "&apos;",
    "&#65;",
    "&#x1F600;",
    "&#xa0;",
    "_x000D_",
    "é",
    "😀"
  ),
  maxLength: 12,
});
const numberText = fc.constantFrom(
  "0",
  "1",
  "14.5",
  "-2E3",
  "0x1E",
  "",
  " 1",
  "1e999",
  "2023-06-30"
);

// What the scanner leaves to saxes; most are still well-formed XML.
const unusual = fc.constantFrom(
  "<!-- note -->",
  "<![CDATA[a<b]]>",
  "<?pi x?>",
  "&unknown;",
  "&#0;",
  "&#X41;",
  "&#xD800;",
  "]]>",
  "\r\n",
  "\u0001",
  "\uFFFE",
  "&amp",
  "<",
  "]"
);

type CellModel = {
  ref: boolean;
  t: string | undefined;
  s: string | undefined;
  v: string | undefined;
  f: { text: string; shared: boolean } | undefined;
  is: string | undefined;
  selfClose: boolean;
};

const cellArb: fc.Arbitrary<CellModel> = fc.record({
  ref: fc.boolean(),
  t: fc.option(fc.constantFrom("n", "s", "str", "inlineStr", "b", "e", "d", "x"), {
    nil: undefined,
  }),
  s: fc.option(fc.constantFrom("0", "1", "3", "9", "x"), { nil: undefined }),
  v: fc.option(fc.oneof(numberText, plainText), { nil: undefined }),
  f: fc.option(
    fc.record({ text: fc.constantFrom("", "A1*2", "SUM(B$1:B2)"), shared: fc.boolean() }),
    {
      nil: undefined,
    }
  ),
  is: fc.option(plainText, { nil: undefined }),
  selfClose: fc.boolean(),
});

type Style = { quote: string; space: string; eq: string };
const styleArb = fc.record({
  quote: fc.constantFrom('"', "'"),
  space: fc.constantFrom(" ", "  ", "\n", "\t"),
  eq: fc.constantFrom("=", " = "),
});

function attrs(list: [string, string | undefined][], st: Style): string {
  return list
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${st.space}${k}${st.eq}${st.quote}${v}${st.quote}`)
    .join("");
}

function cellXml(c: CellModel, col: number, row: number, st: Style): string {
  const ref = c.ref ? `${String.fromCharCode(65 + col)}${row}` : undefined;
  const open = `<c${attrs(
    [
      ["r", ref],
      ["s", c.s],
      ["t", c.t],
    ],
    st
  )}`;
  if (c.selfClose && c.v === undefined && !c.f && c.is === undefined) return `${open}/>`;
  const f = c.f
    ? c.f.shared
      ? `<f${attrs(
          [
            ["t", "shared"],
            ["si", "0"],
          ],
          st
        )}${c.f.text ? `>${c.f.text}</f>` : "/>"}`
      : `<f>${c.f.text}</f>`
    : "";
  const v = c.v === undefined ? "" : c.v === "" ? "<v/>" : `<v>${c.v}</v>`;
  const is =
    c.is === undefined ? "" : `<is><t${attrs([["xml:space", "preserve"]], st)}>${c.is}</t></is>`;
  return `${open}>${f}${v}${is}</c>`;
}

type Sheet = {
  rows: { r: boolean; row: number; cells: CellModel[] }[];
  style: Style;
  gap: string;
};

const sheetArb: fc.Arbitrary<Sheet> = fc.record({
  rows: fc.array(
    fc.record({
      r: fc.boolean(),
      row: fc.integer({ min: 1, max: 14 }),
      cells: fc.array(cellArb, { maxLength: 5 }),
    }),
    { maxLength: 14 }
  ),
  style: styleArb,
  gap: fc.constantFrom("", "\n  "),
});

function sheetXml({ rows, style, gap }: Sheet): string {
  const body = rows
    .map(({ r, row, cells }) => {
      const open = `<row${attrs(
        [
          ["r", r ? String(row) : undefined],
          ["spans", "1:5"],
        ],
        style
      )}`;
      if (cells.length === 0) return `${gap}${open}/>`;
      return `${gap}${open}>${cells.map((c, i) => gap + cellXml(c, i, row, style)).join("")}${gap}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN}"><dimension ref="A1"/><sheetData>${body}${gap}</sheetData><pageMargins left="1"/></worksheet>`;
}

const cutsArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });
const pickArb = fc.constantFrom(
  undefined,
  () => (col: number) => col % 2 === 0,
  () => () => false
);

test("a plain worksheet is read by the scanner itself, never handed back to saxes", () => {
  fc.assert(
    fc.property(sheetArb, cutsArb, (sheet, cuts) => {
      const parser = new SaxesParser({ position: false });
      let opened = 0;
      parser.on("opentag", (tag) => void (tag.name === "sheetData" && opened++));
      const splitter = new SheetDataSplitter(
        parser,
        new CellSink(ctx(false), undefined),
        () => opened
      );
      const source = piecewise(encoder.encode(sheetXml(sheet)), cuts);
      const decoder = new TextDecoder();
      expect(() => {
        source((piece) => splitter.write(decoder.decode(piece, { stream: true })));
        splitter.close();
      }).not.toThrow();
    }),
    { numRuns: 300 }
  );
});

test("the scanner and saxes read generated worksheets alike, in any pieces", () => {
  fc.assert(
    fc.property(sheetArb, cutsArb, pickArb, fc.boolean(), (sheet, cuts, pick, date1904) => {
      const source = piecewise(encoder.encode(sheetXml(sheet)), cuts);
      try {
        readBoth(readSheet, source, "sheet.xml", ctx(date1904), pick);
      } catch (err) {
        if (!(err instanceof XlsxError)) throw err;
      }
    }),
    { numRuns: 400 }
  );
});

test("what the scanner leaves to saxes, anywhere in the part, reads as saxes reads it", () => {
  fc.assert(
    fc.property(
      sheetArb,
      unusual,
      fc.double({ min: 0, max: 1, noNaN: true }),
      cutsArb,
      (sheet, odd, where, cuts) => {
        const xml = sheetXml(sheet);
        const at = Math.floor(where * xml.length);
        const source = piecewise(encoder.encode(xml.slice(0, at) + odd + xml.slice(at)), cuts);
        try {
          readBoth(readSheet, source, "sheet.xml", ctx(false));
        } catch (err) {
          if (!(err instanceof XlsxError)) throw err;
        }
      }
    ),
    { numRuns: 600 }
  );
});

test.each([
  ["rich text runs", `<c r="A1" t="inlineStr"><is><r><t>Rea</t></r><r><t>lisasi</t></r></is></c>`],
  [
    "a phonetic guide",
    `<c r="A1" t="inlineStr"><is><t>漢</t><rPh sb="0" eb="1"><t>かん</t></rPh></is></c>`,
  ],
  ["a prefixed cell", `<x:c xmlns:x="${MAIN}" r="A1"><x:v>1</x:v></x:c>`],
  ["a repeated attribute", `<c r="A1" r="B1"><v>1</v></c>`],
  ["attributes without a space", `<c r="A1"t="s"><v>0</v></c>`],
  ["an entity in an attribute", `<c r="A&#49;"><v>1</v></c>`],
  ["a second value", `<c r="A1"><v>1</v><v>2</v></c>`],
  ["an unknown child", `<c r="A1"><v>1</v><extLst/></c>`],
  ["a truncated part", `<c r="A1"><v>1</v>`],
])("%s reads as saxes reads it", (_what, cells) => {
  const xml = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
  const source = piecewise(encoder.encode(xml), []);
  try {
    readBoth(readSheet, source, "sheet.xml", ctx(false));
  } catch (err) {
    if (!(err instanceof XlsxError)) throw err;
  }
});

test("a <sheetData> inside a comment is not taken for the element", () => {
  const xml = `<worksheet xmlns="${MAIN}"><sheetPr><!-- <sheetData><row r="1"><c r="A1"><v>9</v></c></row></sheetData> --></sheetPr><sheetData><row r="2"><c r="A2"><v>1</v></c></row></sheetData></worksheet>`;
  const rows = readBoth(readSheet, piecewise(encoder.encode(xml), [0.3]), "sheet.xml", ctx(false));
  expect(rows[0]).toBeUndefined();
  expect(rows[1]).toStrictEqual([{ value: 1 }]);
});
