// The Perjanjian Kinerja sheet of a new workbook: its standard columns, the optional ones its
// indicators use, and the dropdowns on Polaritas, Agregasi and Frekuensi.
import {
  AGREGASI,
  FREKUENSI,
  PK_COLUMNS,
  PK_HEADERS,
  PK_SHEET,
  PkColumn,
  POLARITAS,
} from "./contract";
import {
  FIRST_DATA_ROW,
  header,
  NewSheet,
  newSheet,
  TemplateIndicator,
  titleRow,
  VALIDATION_ROWS,
  yearSuffix,
} from "./newSheet";
import { OutCell } from "./workbook";

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
  frekuensi: 12,
  pengali: 9,
  renstraTarget: 12,
  renstraTahun: 10,
};

/** The standard columns in order: a new workbook's quarter sheets find them at these positions. */
export const PK_STANDARD = Object.keys(PK_COLUMNS) as PkColumn[];

/** The standard columns, then the optional ones only when an indicator sets them. */
function pkOrder(indicators: readonly TemplateIndicator[]): PkColumn[] {
  const used = (["frekuensi", "pengali"] as const).filter((k) =>
    indicators.some((i) => i[k] !== undefined)
  );
  return [...PK_STANDARD, ...used];
}

export function pkSheet(indicators: readonly TemplateIndicator[], year: number | null): NewSheet {
  const PK_ORDER = pkOrder(indicators);
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
      frekuensi: ind.frekuensi ?? "",
      pengali: ind.pengali ?? null,
      // A new workbook has no Renstra columns (pkOrder): the office adds them when it uses them.
      renstraTarget: null,
      renstraTahun: null,
    };
    return PK_ORDER.map((k) => ({
      value: v[k],
      style: typeof v[k] === "number" ? "number" : "text",
    }));
  });
  const col = (k: PkColumn) => PK_ORDER.indexOf(k);
  return newSheet(
    PK_SHEET,
    [
      titleRow(`Perjanjian Kinerja${yearSuffix(year)}`),
      header(PK_ORDER.map((k) => PK_HEADERS[k])),
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
        ...(PK_ORDER.includes("frekuensi")
          ? [
              {
                col: col("frekuensi"),
                fromRow: FIRST_DATA_ROW,
                toRow: FIRST_DATA_ROW + VALIDATION_ROWS,
                values: FREKUENSI,
              },
            ]
          : []),
      ],
    }
  );
}
