// The sheets of a new workbook (`init`, "Siapkan buku kerja"): headers, widths, dropdowns and the
// quarter sheets pre-filled from Perjanjian Kinerja. Adapters write these; none of them decides layout.
import {
  AGREGASI,
  LOG_SHEET,
  PK_COLUMNS,
  PK_SHEET,
  PkColumn,
  POLARITAS,
  Polaritas,
  Quarter,
  QUARTER_LABEL,
  QUARTERS,
  quarterSheet,
  SETTINGS_KEYS,
  SETTINGS_SHEET,
  SOP_SHEET,
  TRACKER_SHEET,
  TW_COLUMNS,
  TwColumn,
} from "./contract";
import { capaian, roundHalfAway } from "./capaian";
import { capaianFormula } from "./formulas";
import { PELAKSANA, SOP_COLUMNS, SOP_STEPS } from "./sop";
import { TRACKER_COLUMNS } from "./tracker";
import { columnLetter, ColumnSpec, OutCell, SheetPatch, sheetRef } from "./workbook";
import { SampleIndicator } from "./sample";

export type ListValidation = {
  col: number;
  fromRow: number;
  toRow: number;
  values: readonly string[];
};
export type NewSheet = SheetPatch & {
  validations: ListValidation[];
  visibility: "visible" | "veryHidden";
};

/** Rows below the header that get dropdowns, so new indicators typed later get them too. */
const VALIDATION_ROWS = 1000;
export const TITLE_ROWS = 1;
const HEADER_ROW = TITLE_ROWS; // 0-based
const FIRST_DATA_ROW = HEADER_ROW + 1;

export type TemplateIndicator = Pick<
  SampleIndicator,
  "kode" | "indikator" | "satuan" | "polaritas" | "quarterTargets"
> &
  Partial<
    Pick<
      SampleIndicator,
      "sasaran" | "targetTahunan" | "agregasi" | "penanggungJawab" | "realisasi" | "unit"
    >
  >;

const PK_WIDTHS: Record<PkColumn, number> = {
  kode: 9,
  sasaran: 32,
  indikator: 48,
  satuan: 10,
  targetTahunan: 10,
  targetTw1: 9,
  targetTw2: 9,
  targetTw3: 9,
  targetTw4: 9,
  polaritas: 10,
  agregasi: 11,
  penanggungJawab: 30,
};
const TW_WIDTHS: Record<TwColumn, number> = {
  kode: 9,
  indikator: 48,
  satuan: 10,
  target: 9,
  realisasi: 10,
  pembilang: 10,
  penyebut: 10,
  capaian: 11,
  kendala: 36,
  bukti: 24,
  unit: 20,
};

const PK_ORDER = Object.keys(PK_COLUMNS) as PkColumn[];
const TW_ORDER = Object.keys(TW_COLUMNS) as TwColumn[];

const header = (texts: readonly string[]): OutCell[] =>
  texts.map((value) => ({ value, style: "header" }));
const titleRow = (title: string): OutCell[] => [{ value: title, style: "title" }];
const yearSuffix = (year: number | null) => (year === null ? "" : ` Tahun ${year}`);

function sheet(
  name: string,
  rows: OutCell[][],
  widths: readonly number[],
  extra: Partial<NewSheet> = {}
): NewSheet {
  return {
    name,
    rows,
    columns: widths.map((width): ColumnSpec => ({ width })),
    frozenRows: 0,
    protect: false,
    validations: [],
    visibility: "visible",
    ...extra,
  };
}

export function settingsSheet(values: Record<string, string>): NewSheet {
  const rows = [
    header(["Kunci", "Nilai"]),
    ...SETTINGS_KEYS.map((k) => [
      { value: k, style: "text" as const },
      { value: values[k] ?? "", style: "text" as const },
    ]),
  ];
  return sheet(SETTINGS_SHEET, rows, [24, 60], { frozenRows: 1 });
}

export function pkSheet(indicators: readonly TemplateIndicator[], year: number | null): NewSheet {
  const body = indicators.map((ind): OutCell[] => {
    const v: Record<PkColumn, string | number | null> = {
      kode: ind.kode,
      sasaran: ind.sasaran ?? "",
      indikator: ind.indikator,
      satuan: ind.satuan,
      targetTahunan: ind.targetTahunan ?? null,
      targetTw1: ind.quarterTargets[0],
      targetTw2: ind.quarterTargets[1],
      targetTw3: ind.quarterTargets[2],
      targetTw4: ind.quarterTargets[3],
      polaritas: ind.polaritas,
      agregasi: ind.agregasi ?? "Jumlah",
      penanggungJawab: ind.penanggungJawab ?? "",
    };
    return PK_ORDER.map((k) => ({
      value: v[k],
      style: typeof v[k] === "number" ? "number" : "text",
    }));
  });
  const col = (k: PkColumn) => PK_ORDER.indexOf(k);
  return sheet(
    PK_SHEET,
    [
      titleRow(`Perjanjian Kinerja${yearSuffix(year)}`),
      header(PK_ORDER.map((k) => PK_COLUMNS[k])),
      ...body,
    ],
    PK_ORDER.map((k) => PK_WIDTHS[k]),
    {
      frozenRows: FIRST_DATA_ROW,
      validations: [
        {
          col: col("polaritas"),
          fromRow: FIRST_DATA_ROW,
          toRow: FIRST_DATA_ROW + VALIDATION_ROWS,
          values: POLARITAS,
        },
        {
          col: col("agregasi"),
          fromRow: FIRST_DATA_ROW,
          toRow: FIRST_DATA_ROW + VALIDATION_ROWS,
          values: AGREGASI,
        },
      ],
    }
  );
}

/** The quarter sheet's Capaian (%): the indicator's Polaritas looked up in Perjanjian Kinerja by Kode. */
function quarterCapaianFormula(row: number): string {
  const c = (k: TwColumn) => `$${columnLetter(TW_ORDER.indexOf(k))}${row + 1}`;
  const pkCol = (k: PkColumn) => {
    const l = columnLetter(PK_ORDER.indexOf(k));
    return `${sheetRef(PK_SHEET)}!$${l}:$${l}`;
  };
  const isNegatif = `IFERROR(INDEX(${pkCol("polaritas")},MATCH(${c("kode")},${pkCol("kode")},0)),"")="Negatif"`;
  return capaianFormula(c("target"), c("realisasi"), isNegatif);
}

export function quarterSheetTemplate(
  q: Quarter,
  indicators: readonly TemplateIndicator[],
  year: number | null
): NewSheet {
  const body = indicators.map((ind, i): OutCell[] => {
    const row = FIRST_DATA_ROW + i;
    const reported = ind.realisasi?.[q] ?? null;
    const [realisasi, pembilang, penyebut] = Array.isArray(reported)
      ? [
          reported[1] === 0 ? null : roundHalfAway((reported[0] / reported[1]) * 100, 2),
          reported[0],
          reported[1],
        ]
      : [reported, null, null];
    const target = ind.quarterTargets[q - 1];
    const v: Record<TwColumn, OutCell> = {
      kode: { value: ind.kode, style: "text" },
      indikator: { value: ind.indikator, style: "text" },
      satuan: { value: ind.satuan, style: "text" },
      target: { value: target, style: "number" },
      realisasi: { value: realisasi, style: "number" },
      pembilang: { value: pembilang, style: "number" },
      penyebut: { value: penyebut, style: "number" },
      capaian: {
        value: capaian(ind.polaritas as Polaritas, target, realisasi).value ?? "",
        formula: quarterCapaianFormula(row),
        style: "decimal",
      },
      kendala: { value: "", style: "text" },
      bukti: { value: "", style: "text" },
      unit: { value: reported === null ? "" : (ind.unit ?? ""), style: "text" },
    };
    return TW_ORDER.map((k) => v[k]);
  });
  const title = `Realisasi Kinerja Triwulan ${QUARTER_LABEL[q].replace("TW ", "")}${yearSuffix(year)}`;
  return sheet(
    quarterSheet(q),
    [titleRow(title), header(TW_ORDER.map((k) => TW_COLUMNS[k])), ...body],
    TW_ORDER.map((k) => TW_WIDTHS[k]),
    {
      frozenRows: FIRST_DATA_ROW,
    }
  );
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
  return sheet(SOP_SHEET, rows, [5, 50, 20, 40, 12, 24, 34], {
    frozenRows: 1,
    validations: [{ col: 2, fromRow: 1, toRow: 1 + VALIDATION_ROWS, values: PELAKSANA }],
  });
}

export function trackerSheet(): NewSheet {
  return sheet(
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

export const LOG_COLUMNS = ["Waktu", "Pengguna", "Aksi", "Lembar", "Rincian", "Hash"] as const;

/** One audit row of the `Log` sheet. */
export type LogEntry = {
  time: string;
  user: string;
  action: string;
  sheet: string;
  detail: string;
  hash: string;
};

/** A Log entry as the sheet's cells, in LOG_COLUMNS order: the layout is decided here, not by a writer. */
export const logRow = (e: LogEntry): string[] => [
  e.time,
  e.user,
  e.action,
  e.sheet,
  e.detail,
  e.hash,
];

export function logSheet(): NewSheet {
  return sheet(LOG_SHEET, [header(LOG_COLUMNS)], [20, 20, 16, 16, 60, 18], {
    visibility: "veryHidden",
  });
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
