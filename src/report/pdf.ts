// The report as a PDF (jsPDF + AutoTable): A4 landscape, letterhead, table with the header repeated
// on every page, summary and signature block. Runs in Node (CLI) and in the browser (add-in).
import { jsPDF } from "jspdf";
import { autoTable } from "jspdf-autotable";
import { formatReportCell, Report, ReportTable } from "../core/report";
import { APPENDIX_TITLE } from "../core/reportAppendix";

const MARGIN = 14;

/** jsPDF's standard fonts speak WinAnsi only; replace what they cannot draw rather than print junk. */
const printable = (text: string): string =>
  text
    .replace(/≥/g, ">=")
    .replace(/≤/g, "<=")
    .replace(/[–—]/g, "-")
    .replace(/[^\x20-\x7e\u00a0-\u00ff\n]/g, "?");

/** One section per report, each starting on a new page. */
export function reportPdf(reports: readonly Report[]): Uint8Array {
  const doc = new jsPDF({ orientation: "landscape", unit: "mm", format: "a4" });
  reports.forEach((report, i) => {
    if (i > 0) doc.addPage();
    drawReport(doc, report);
  });
  return new Uint8Array(doc.output("arraybuffer"));
}

/**
 * Centered lines wrapped to the printable width: a 115-character Nama Instansi in 13 pt bold is
 * wider than A4 landscape and would otherwise run off both edges. Returns the next baseline.
 */
function centered(doc: jsPDF, text: string, y: number, lineHeight: number): number {
  const width = doc.internal.pageSize.getWidth();
  const lines = doc.splitTextToSize(printable(text), width - 2 * MARGIN) as string[];
  for (const line of lines) {
    doc.text(line, width / 2, y, { align: "center" });
    y += lineHeight;
  }
  return y;
}

const TABLE_FONT = 8;
const CELL_PADDING = 1.5;

/**
 * Column widths in mm: the report's proportions over the printable width, except that a column
 * never gets narrower than its widest unbreakable value (the `No` of a 5-digit row); what it takes
 * comes out of the widest column.
 */
function columnWidths(doc: jsPDF, report: Report, usable: number): number[] {
  const total = report.columns.reduce((a, c) => a + c.width, 0);
  const widths = report.columns.map((c) => (c.width / total) * usable);
  doc.setFont("helvetica", "normal").setFontSize(TABLE_FONT);
  const needs = report.columns.map((c, i) =>
    c.align === "left"
      ? 0
      : Math.max(
          0,
          ...report.rows.map(
            (r) => doc.getTextWidth(printable(formatReportCell(r[i], c))) + 2 * CELL_PADDING + 0.5
          )
        )
  );
  let taken = 0;
  needs.forEach((need, i) => {
    if (need > widths[i]) {
      taken += need - widths[i];
      widths[i] = need;
    }
  });
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] -= taken;
  return widths;
}

function drawReport(doc: jsPDF, report: Report): void {
  const width = doc.internal.pageSize.getWidth();
  let y = MARGIN;
  report.letterhead.forEach((line, i) => {
    doc.setFontSize(i === 0 ? 12 : i === 1 ? 13 : 9);
    doc.setFont("helvetica", i < 2 ? "bold" : "normal");
    y = centered(doc, line, y, i < 2 ? 6 : 5);
  });
  if (report.letterhead.length > 0) {
    doc.setLineWidth(0.8);
    doc.line(MARGIN, y - 2, width - MARGIN, y - 2);
    y += 5;
  }
  doc.setFont("helvetica", "bold").setFontSize(12);
  y = centered(doc, report.title, y, 5);
  doc.setFont("helvetica", "normal").setFontSize(10);
  y = centered(doc, report.subtitle, y, 4.5) - 0.5;

  const usable = width - 2 * MARGIN;
  const widths = columnWidths(doc, report, usable);
  autoTable(doc, {
    startY: y,
    margin: { left: MARGIN, right: MARGIN },
    head: [report.columns.map((c) => printable(c.header))],
    body: report.rows.map((r) =>
      r.map((value, i) => printable(formatReportCell(value, report.columns[i])))
    ),
    styles: {
      fontSize: TABLE_FONT,
      cellPadding: CELL_PADDING,
      lineWidth: 0.1,
      lineColor: [120, 120, 120],
    },
    headStyles: { fillColor: [217, 225, 242], textColor: 20, fontStyle: "bold", halign: "center" },
    columnStyles: Object.fromEntries(
      report.columns.map((c, i) => [i, { cellWidth: widths[i], halign: c.align }])
    ),
    theme: "grid",
  });
  // AutoTable records where the table ended on the document it drew on.
  y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 6;
  const pageHeight = doc.internal.pageSize.getHeight();
  if (y + 50 > pageHeight) {
    doc.addPage();
    y = MARGIN;
  }
  doc.setFontSize(9);
  for (const line of report.summary) y = wrapped(doc, line, MARGIN, y, usable, 5);
  // The signature block: 80 mm at the right; a long Jabatan wraps inside it.
  const blockWidth = 80;
  const x = width - MARGIN - blockWidth;
  y += 4;
  const sig = report.signature;
  doc.setFontSize(10);
  y = wrapped(doc, sig.placeDate, x, y, blockWidth, 5);
  y = wrapped(doc, sig.position, x, y, blockWidth, 5);
  doc.setFont("helvetica", "bold");
  y = wrapped(doc, sig.name, x, y + 18, blockWidth, 5);
  doc.setFont("helvetica", "normal");
  y = wrapped(doc, sig.nip, x, y, blockWidth, 5);
  doc.setFontSize(8);
  for (const line of sig.approved ?? []) y = wrapped(doc, line, x, y + 1, blockWidth, 4);
  if (report.appendix?.length) drawAppendix(doc, report.appendix);
}

/** The appendix on a page of its own: its title, then each table under its caption. */
function drawAppendix(doc: jsPDF, tables: readonly ReportTable[]): void {
  doc.addPage();
  doc.setFont("helvetica", "bold").setFontSize(11);
  let y = centered(doc, APPENDIX_TITLE, MARGIN, 5) + 2;
  const usable = doc.internal.pageSize.getWidth() - 2 * MARGIN;
  for (const table of tables) {
    doc.setFont("helvetica", "bold").setFontSize(9);
    doc.text(printable(table.title), MARGIN, y);
    const total = table.columns.reduce((a, c) => a + c.width, 0);
    autoTable(doc, {
      startY: y + 2,
      margin: { left: MARGIN, right: MARGIN },
      head: [table.columns.map((c) => printable(c.header))],
      body: table.rows.map((r) =>
        r.map((value, i) => printable(formatReportCell(value, table.columns[i])))
      ),
      styles: { fontSize: TABLE_FONT, cellPadding: CELL_PADDING, lineWidth: 0.1 },
      headStyles: { fillColor: [217, 225, 242], textColor: 20, fontStyle: "bold" },
      columnStyles: Object.fromEntries(
        table.columns.map((c, i) => [i, { cellWidth: (c.width / total) * usable, halign: c.align }])
      ),
      theme: "grid",
    });
    y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 8;
  }
}

/** Left-aligned text wrapped to `maxWidth`; returns the next baseline. */
function wrapped(
  doc: jsPDF,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  lineHeight: number
): number {
  for (const line of doc.splitTextToSize(printable(text), maxWidth) as string[]) {
    doc.text(line, x, y);
    y += lineHeight;
  }
  return y;
}
