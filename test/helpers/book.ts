// Builds workbook snapshots for tests from plain arrays: the header row first, then data rows.
import { Cell, CellValue, WorkbookSnapshot } from "../../src/core/workbook";
import { PK_COLUMNS, Quarter, QUARTERS, TW_COLUMNS } from "../../src/core/contract";

export type Raw = CellValue | Cell | undefined;
const toCell = (v: Raw): Cell | undefined =>
  v === undefined
    ? undefined
    : typeof v === "object" && v !== null && "value" in v
      ? v
      : { value: v as CellValue };

export const sheetOf = (name: string, rows: Raw[][]) => ({
  name,
  rows: rows.map((r) => r.map(toCell)),
});

export type PkRow = {
  kode: string | number;
  indikator?: string;
  satuan?: string;
  targetTahunan: Raw;
  targets?: Raw[];
  polaritas?: string;
  agregasi?: string;
  sasaran?: string;
};

export type TwRow = { kode: Raw; realisasi?: Raw; pembilang?: Raw; penyebut?: Raw };

const PK_HEADER = Object.values(PK_COLUMNS);
const TW_HEADER = Object.values(TW_COLUMNS);

export function pkRows(rows: PkRow[]): Raw[][] {
  return [
    ["Perjanjian Kinerja 2024"],
    PK_HEADER,
    ...rows.map((r) => [
      r.kode,
      r.sasaran ?? "Sasaran",
      r.indikator ?? `Indikator ${r.kode}`,
      r.satuan ?? "Kasus",
      r.targetTahunan,
      ...(r.targets ?? [null, null, null, null]),
      r.polaritas ?? "Positif",
      r.agregasi ?? "Jumlah",
      "PJ",
    ]),
  ];
}

export function twRows(rows: TwRow[]): Raw[][] {
  return [
    ["Triwulan"],
    TW_HEADER,
    ...rows.map((r) => [
      r.kode,
      "ind",
      "sat",
      null,
      r.realisasi ?? null,
      r.pembilang ?? null,
      r.penyebut ?? null,
      null,
      "",
      "",
      "",
    ]),
  ];
}

/** A workbook from PK rows and each quarter's rows (missing quarters are empty sheets with headers). */
export function bookOf(
  pk: PkRow[],
  quarters: Partial<Record<Quarter, TwRow[]>>,
  extra: ReturnType<typeof sheetOf>[] = []
): WorkbookSnapshot {
  return {
    sheets: [
      sheetOf("Perjanjian Kinerja", pkRows(pk)),
      ...QUARTERS.map((q) =>
        sheetOf(["TW I", "TW II", "TW III", "TW IV"][q - 1], twRows(quarters[q] ?? []))
      ),
      ...extra,
    ],
  };
}
