// The LKjIP draft (src/core/lkjip.ts) as a Word document: A4 portrait, the office's letterhead, Word's
// own Heading 1–3 styles (so the office's template and table of contents pick them up), bordered
// tables with a repeated header row, and placeholders highlighted so none is left in by mistake.
// The `docx` package runs in Node and in the browser alike; the bytes come back as a Uint8Array.
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import { LkjipBlock, LkjipColumn, LkjipDocument, LkjipTable, LkjipTone } from "../core/lkjip";

/** A4 in twips, and margins as Indonesian official documents commonly set them (left wider, for binding). */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = {
  top: convertMillimetersToTwip(25),
  bottom: convertMillimetersToTwip(25),
  left: convertMillimetersToTwip(30),
  right: convertMillimetersToTwip(20),
};
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = "Arial";
/** Half-points: 11 pt text, 9 pt tables, 8 pt table headers (up to ten columns on a portrait page). */
const TEXT_SIZE = 22;
const TABLE_SIZE = 18;
const HEADER_SIZE = 16;

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const;
const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const TABLE_BORDERS = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

/** Paragraph styles of our own, by tone, so an editor can restyle all placeholders at once. */
const TONE_STYLE: Record<LkjipTone, string | undefined> = {
  body: undefined,
  label: "LkjipLabel",
  note: "LkjipNote",
  placeholder: "LkjipPlaceholder",
};

export async function lkjipDocx(doc: LkjipDocument): Promise<Uint8Array> {
  const document = new Document({
    title: doc.title,
    creator: "Rekap Kinerja",
    description: "Draf LKjIP Bab III A, disusun otomatis dari buku kerja Rekap Kinerja",
    styles: {
      default: {
        document: { run: { font: FONT, size: TEXT_SIZE } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: "000000" },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
      },
      paragraphStyles: [
        {
          id: "LkjipLabel",
          name: "LKjIP Subjudul",
          basedOn: "Normal",
          next: "Normal",
          run: { bold: true, italics: true },
          paragraph: { spacing: { before: 180, after: 60 }, keepNext: true },
        },
        {
          id: "LkjipNote",
          name: "LKjIP Catatan",
          basedOn: "Normal",
          run: { size: 18, italics: true, color: "404040" },
          paragraph: { spacing: { after: 60 } },
        },
        {
          id: "LkjipPlaceholder",
          name: "LKjIP Diisi",
          basedOn: "Normal",
          run: { italics: true, highlight: "yellow" },
          paragraph: { spacing: { after: 120 } },
        },
        {
          id: "LkjipCaption",
          name: "LKjIP Judul Tabel",
          basedOn: "Normal",
          next: "Normal",
          run: { bold: true, size: 20 },
          paragraph: {
            alignment: AlignmentType.CENTER,
            spacing: { before: 120, after: 60 },
            keepNext: true,
          },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...PAGE, orientation: PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
        },
        children: [...letterhead(doc), ...titleBlock(doc), ...doc.blocks.flatMap(block)],
      },
    ],
  });
  return Packer.pack(document, "uint8array");
}

/** Kop surat: centred, bold, the last line ruled off with a double line as letterheads are. */
function letterhead(doc: LkjipDocument): Paragraph[] {
  return doc.letterhead.map(
    (text, i) =>
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, bold: i < 2, size: i === 1 ? 28 : i === 0 ? 24 : 20 })],
        ...(i === doc.letterhead.length - 1 && {
          border: { bottom: { style: BorderStyle.DOUBLE, size: 6, color: "000000", space: 4 } },
          spacing: { after: 240 },
        }),
      })
  );
}

function titleBlock(doc: LkjipDocument): Paragraph[] {
  return [doc.title, doc.subtitle]
    .filter((t) => t !== "")
    .map(
      (text, i) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: i === 0 ? 60 : 240 },
          children: [new TextRun({ text, bold: i === 0, size: i === 0 ? 24 : TEXT_SIZE })],
        })
    );
}

function block(b: LkjipBlock): (Paragraph | Table)[] {
  if (b.kind === "heading") return [new Paragraph({ text: b.text, heading: HEADING[b.level] })];
  if (b.kind === "paragraph")
    return [
      new Paragraph({
        style: TONE_STYLE[b.tone],
        alignment: b.tone === "body" ? AlignmentType.JUSTIFIED : undefined,
        spacing: b.tone === "body" ? { after: 120 } : undefined,
        children: [new TextRun(b.text)],
      }),
    ];
  return [
    new Paragraph({ style: "LkjipCaption", children: [new TextRun(b.table.caption)] }),
    table(b.table),
    new Paragraph({ children: [] }),
  ];
}

const CELL_MARGINS = { left: 60, right: 60, top: 30, bottom: 30 };

const headerCell = (text: string, width: number, span: { rowSpan?: number; columnSpan?: number }) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlignTable.CENTER,
    shading: { type: ShadingType.CLEAR, color: "auto", fill: "D9D9D9" },
    ...span,
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text, bold: true, size: HEADER_SIZE })],
      }),
    ],
  });

/** One header row, or two when columns are grouped: the group above, its columns below. */
function headerRows(columns: readonly LkjipColumn[], widths: readonly number[]): TableRow[] {
  const row = (children: TableCell[]) => new TableRow({ tableHeader: true, children });
  if (!columns.some((c) => c.group !== undefined))
    return [row(columns.map((c, i) => headerCell(c.header, widths[i], {})))];
  const top: TableCell[] = [];
  const below: TableCell[] = [];
  for (let i = 0; i < columns.length;) {
    const group = columns[i].group;
    let end = i + 1;
    if (group === undefined) top.push(headerCell(columns[i].header, widths[i], { rowSpan: 2 }));
    else {
      while (end < columns.length && columns[end].group === group) end++;
      const width = widths.slice(i, end).reduce((a, w) => a + w, 0);
      top.push(headerCell(group, width, { columnSpan: end - i }));
      for (let k = i; k < end; k++) below.push(headerCell(columns[k].header, widths[k], {}));
    }
    i = end;
  }
  return [row(top), row(below)];
}

function table(t: LkjipTable): Table {
  const total = t.columns.reduce((a, c) => a + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((c.width / total) * CONTENT_WIDTH));
  const cell = (text: string, i: number) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      margins: CELL_MARGINS,
      children: [
        new Paragraph({
          alignment: ALIGN[t.columns[i].align],
          children: [new TextRun({ text, size: TABLE_SIZE })],
        }),
      ],
    });
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: TABLE_BORDERS,
    rows: [
      ...headerRows(t.columns, widths),
      ...t.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i)) })
      ),
    ],
  });
}
