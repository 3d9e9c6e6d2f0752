// The sheets of a new workbook (`init`, "Siapkan buku kerja"): headers, widths, dropdowns and the
// quarter sheets pre-filled from Perjanjian Kinerja. Adapters write these; none of them decides layout.
// The sheets with more to them than a header have modules of their own (pkSheetTemplate.ts,
// quarterSheetTemplate.ts, logSheet.ts).
import { QUARTERS, SETTINGS_KEYS, SETTINGS_SHEET, SOP_SHEET, TRACKER_SHEET } from "./contract";
import { logSheet } from "./logSheet";
import { header, NewSheet, newSheet, TemplateIndicator, VALIDATION_ROWS } from "./newSheet";
import { pkSheet } from "./pkSheetTemplate";
import { quarterSheetTemplate } from "./quarterSheetTemplate";
import { PELAKSANA, SOP_COLUMNS, SOP_STEPS } from "./sop";
import { TRACKER_COLUMNS } from "./tracker";
import { OutCell } from "./workbook";

export function settingsSheet(values: Record<string, string>): NewSheet {
  const rows = [
    header(["Kunci", "Nilai"]),
    ...SETTINGS_KEYS.map((k) => [
      { value: k, style: "text" as const },
      { value: values[k] ?? "", style: "text" as const },
    ]),
  ];
  return newSheet(SETTINGS_SHEET, rows, [24, 60], { frozenRows: 1 });
}

export function sopSheet(): NewSheet {
  const rows = [
    header(SOP_COLUMNS),
    ...SOP_STEPS.map((s): OutCell[] =>
      [s.no, s.kegiatan, s.pelaksana, s.persyaratan, s.waktuBaku, s.output, s.keputusan].map(
        (value) => ({ value, style: "text" as const })
      )
    ),
  ];
  return newSheet(SOP_SHEET, rows, [5, 50, 20, 40, 12, 24, 34], {
    frozenRows: 1,
    validations: [{ col: 2, fromRow: 1, toRow: 1 + VALIDATION_ROWS, values: PELAKSANA }],
  });
}

export function trackerSheet(): NewSheet {
  return newSheet(
    TRACKER_SHEET,
    [header(TRACKER_COLUMNS.map((c) => c.header))],
    TRACKER_COLUMNS.map((c) => c.width),
    {
      frozenRows: 1,
      validations: [
        {
          col: TRACKER_COLUMNS.findIndex((c) => c.key === "pelaksana"),
          fromRow: 1,
          toRow: 1 + VALIDATION_ROWS,
          values: PELAKSANA,
        },
      ],
    }
  );
}

/** Every contract sheet of a new workbook, in the order people meet them. */
export function newWorkbook(options: {
  year: number | null;
  settings: Record<string, string>;
  indicators: readonly TemplateIndicator[];
}): NewSheet[] {
  const settings = {
    ...options.settings,
    Tahun: options.year === null ? (options.settings.Tahun ?? "") : String(options.year),
  };
  return [
    settingsSheet(settings),
    pkSheet(options.indicators, options.year),
    ...QUARTERS.map((q) => quarterSheetTemplate(q, options.indicators, options.year)),
    sopSheet(),
    trackerSheet(),
    logSheet(),
  ];
}
