// The report's appendix: how timely the SOP was carried out (timeliness.ts), per step and per
// executor — the SOP's own measure of the process that produced the figures, printed after the
// signature as the pane shows it.
import { roundHalfAway } from "./capaian";
import type { ReportColumn, ReportTable } from "./report";
import { Timeliness, TimelinessGroup } from "./timeliness";

export const APPENDIX_TITLE = "LAMPIRAN: KETEPATAN WAKTU PELAKSANAAN SOP";

const columns = (first: string): ReportColumn[] => [
  { header: first, width: 40, align: "left" },
  { header: "Dilakukan", width: 12, align: "right" },
  { header: "Tepat waktu", width: 12, align: "right" },
  { header: "Melebihi waktu baku", width: 14, align: "right" },
  { header: "Median durasi", width: 24, align: "left" },
  { header: "Median terhadap waktu baku (%)", width: 16, align: "right", decimals: 0 },
];

function row(label: string, g: TimelinessGroup): (string | number | null)[] {
  const median = g.median
    ? `${String(roundHalfAway(g.median.amount, 2)).replace(".", ",")} ${g.median.unit} (baku ${g.median.standard})`
    : "–";
  return [label, g.done, g.onTime, g.late, median, g.medianPercent];
}

/** The two tables, or none when the tracker holds no step yet. */
export function timelinessAppendix(t: Timeliness): ReportTable[] {
  if (t.steps.length === 0) return [];
  return [
    {
      title: "Per langkah SOP",
      columns: columns("Langkah SOP"),
      rows: t.steps.map((g) => row(`Langkah ${g.label}`, g)),
    },
    {
      title: "Per pelaksana",
      columns: columns("Nama"),
      rows: t.executors.map((g) => row(g.label, g)),
    },
  ];
}
