// The report as a new, print-ready workbook (values, not formulas): what the office files or sends.
// ExcelJS only creates this new file; a user's workbook is never re-saved through it.
import ExcelJS from "exceljs";
import { Report, reportDecimals } from "../core/report";
import { APPENDIX_TITLE } from "../core/reportAppendix";

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** Thousands separator and exactly `decimals` decimals; Excel draws them in the reader's locale. */
const numberFormat = (decimals: number): string =>
  decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;

export async function reportXlsx(
  reports: readonly { sheet: string; report: Report }[]
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Rekap Kinerja";
  for (const { sheet, report } of reports) {
    const ws = book.addWorksheet(sheet, {
      pageSetup: {
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    const span = report.columns.length;
    const totalWidth = report.columns.reduce((a, c) => a + c.width, 0);
    // Excel does not grow a merged row to fit wrapped text: the height is set from a generous
    // estimate of the lines a long letterhead line (a 115-character Nama Instansi) takes.
    const centered = (text: string, font: Partial<ExcelJS.Font>) => {
      const row = ws.addRow([text]);
      ws.mergeCells(row.number, 1, row.number, span);
      row.getCell(1).font = font;
      row.getCell(1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      const size = font.size ?? 11;
      const lines = Math.ceil((text.length * (size / 11) * (font.bold ? 1.15 : 1)) / totalWidth);
      if (lines > 1) row.height = lines * size * 1.35;
    };
    report.letterhead.forEach((line, i) =>
      centered(line, { bold: i < 2, size: i === 1 ? 13 : 11 })
    );
    ws.addRow([]);
    centered(report.title, { bold: true, size: 12 });
    centered(report.subtitle, { size: 11 });
    ws.addRow([]);
    const header = ws.addRow(report.columns.map((c) => c.header));
    header.eachCell((c) => {
      c.font = { bold: true };
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
      c.border = THIN;
      c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    });
    ws.pageSetup.printTitlesRow = `${header.number}:${header.number}`;
    for (const values of report.rows) {
      const row = ws.addRow(values.map((v) => (v === null ? "–" : v)));
      row.eachCell({ includeEmpty: true }, (c, i) => {
        const column = report.columns[i - 1];
        c.border = THIN;
        // A number stays a number, shown with the digits the PDF prints (Excel's own "#,##0.##"
        // would show a dangling separator for 12 and cut 0,648 to 0,65).
        if (typeof c.value === "number") c.numFmt = numberFormat(reportDecimals(c.value, column));
        c.alignment = { horizontal: column.align, vertical: "top", wrapText: true };
      });
    }
    report.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
    ws.addRow([]);
    for (const line of report.summary) ws.addRow([line]);
    ws.addRow([]);
    const at = Math.max(1, span - 2);
    const sig = (text: string, bold = false) => {
      const row = ws.addRow([]);
      row.getCell(at).value = text;
      row.getCell(at).font = { bold };
    };
    sig(report.signature.placeDate);
    sig(report.signature.position);
    ws.addRow([]);
    ws.addRow([]);
    ws.addRow([]);
    sig(report.signature.name, true);
    sig(report.signature.nip);
    for (const line of report.signature.approved ?? []) sig(line);
    if (report.appendix?.length) {
      ws.addRow([]);
      ws.addRow([APPENDIX_TITLE]).font = { bold: true };
      for (const table of report.appendix) {
        ws.addRow([]);
        ws.addRow([table.title]).font = { bold: true };
        const head = ws.addRow(table.columns.map((c) => c.header));
        head.eachCell((c) => {
          c.font = { bold: true };
          c.border = THIN;
          c.alignment = { wrapText: true, vertical: "middle" };
        });
        for (const values of table.rows)
          ws.addRow(values.map((v) => (v === null ? "–" : v))).eachCell((c) => (c.border = THIN));
      }
    }
    // Print setup: what the office prints is exactly the report, the header row repeated on every page.
    // ExcelJS writes `$` + what it is given before each corner: `A$1` becomes the absolute `$A$1`.
    ws.pageSetup.printArea = `A$1:${ws.getColumn(span).letter}$${ws.rowCount}`;
    ws.pageSetup.horizontalCentered = true;
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
