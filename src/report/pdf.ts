// The report as a PDF (jsPDF + AutoTable): A4 landscape, letterhead, table with the header repeated
// on every page, summary and signature block. Runs in Node (CLI) and in the browser (add-in).
import { jsPDF } from "jspdf";
import { autoTable } from "jspdf-autotable";
import { formatReportCell, Report } from "../core/report";

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

function drawReport(doc: jsPDF, report: Report): void {
  const width = doc.internal.pageSize.getWidth();
  let y = MARGIN;
  doc.setFont("helvetica", "bold");
  report.letterhead.forEach((line, i) => {
    doc.setFontSize(i === 0 ? 12 : i === 1 ? 13 : 9);
    doc.setFont("helvetica", i < 2 ? "bold" : "normal");
    doc.text(printable(line), width / 2, y, { align: "center" });
    y += i < 2 ? 6 : 5;
  });
  if (report.letterhead.length > 0) {
    doc.setLineWidth(0.8);
    doc.line(MARGIN, y - 2, width - MARGIN, y - 2);
    y += 5;
  }
  doc.setFont("helvetica", "bold").setFontSize(12);
  doc.text(printable(report.title), width / 2, y, { align: "center" });
  y += 5;
  doc.setFont("helvetica", "normal").setFontSize(10);
  doc.text(printable(report.subtitle), width / 2, y, { align: "center" });
  y += 4;

  const total = report.columns.reduce((a, c) => a + c.width, 0);
  const usable = width - 2 * MARGIN;
  autoTable(doc, {
    startY: y,
    margin: { left: MARGIN, right: MARGIN },
    head: [report.columns.map((c) => printable(c.header))],
    body: report.rows.map((r) => r.map((c) => printable(formatReportCell(c)))),
    styles: { fontSize: 8, cellPadding: 1.5, lineWidth: 0.1, lineColor: [120, 120, 120] },
    headStyles: { fillColor: [217, 225, 242], textColor: 20, fontStyle: "bold", halign: "center" },
    columnStyles: Object.fromEntries(
      report.columns.map((c, i) => [i, { cellWidth: (c.width / total) * usable, halign: c.align }])
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
  for (const line of report.summary) {
    doc.text(printable(line), MARGIN, y);
    y += 5;
  }
  const x = width - MARGIN - 70;
  y += 4;
  const sig = report.signature;
  doc.setFontSize(10);
  doc.text(printable(sig.placeDate), x, y);
  doc.text(printable(sig.position), x, y + 5);
  doc.setFont("helvetica", "bold");
  doc.text(printable(sig.name), x, y + 28);
  doc.setFont("helvetica", "normal");
  doc.text(printable(sig.nip), x, y + 33);
}
