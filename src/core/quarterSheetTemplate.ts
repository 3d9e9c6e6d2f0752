// A quarter sheet (TW I … TW IV) of a new workbook, pre-filled from Perjanjian Kinerja, with its live
// Capaian (%) column.
import {
  DEFAULT_PENGALI,
  PK_SHEET,
  PkColumn,
  Polaritas,
  Quarter,
  QUARTER_LABEL,
  quarterSheet,
  TW_COLUMNS,
  TwColumn,
} from "./contract";
import { capaian, roundHalfAway } from "./capaian";
import { capaianFormula } from "./capaianFormula";
import {
  FIRST_DATA_ROW,
  header,
  NewSheet,
  newSheet,
  TemplateIndicator,
  titleRow,
  yearSuffix,
} from "./newSheet";
import { PK_STANDARD } from "./pkSheetTemplate";
import { DEFAULT_PREDIKAT, findPredikat, isPredikatSatuan } from "./predikat";
import { PredikatBranch } from "./predikatFormulas";
import { columnLetter, OutCell, sheetRef } from "./workbook";

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

const TW_ORDER = Object.keys(TW_COLUMNS) as TwColumn[];

/**
 * The quarter sheet's Capaian (%): the indicator's Polaritas looked up in Perjanjian Kinerja by Kode.
 * With `predikat`, a row whose Satuan there is Predikat compares its predicates' nilai (the default
 * table: a new workbook's Pengaturan has no Skala Predikat rows yet).
 */
function quarterCapaianFormula(row: number, predikat: boolean): string {
  const c = (k: TwColumn) => `$${columnLetter(TW_ORDER.indexOf(k))}${row + 1}`;
  const pkCol = (k: PkColumn) => {
    const l = columnLetter(PK_STANDARD.indexOf(k));
    return `${sheetRef(PK_SHEET)}!$${l}:$${l}`;
  };
  const inPk = (k: PkColumn) =>
    `IFERROR(INDEX(${pkCol(k)},MATCH(${c("kode")},${pkCol("kode")},0)),"")`;
  const isNegatif = `${inPk("polaritas")}="Negatif"`;
  const plain = capaianFormula(c("target"), c("realisasi"), isNegatif);
  if (!predikat) return plain;
  const branch = new PredikatBranch(DEFAULT_PREDIKAT, inPk("satuan"));
  return branch.or(branch.capaian(c("target"), c("realisasi"), isNegatif), plain);
}

/** A template figure as a number: a predicate by its nilai in the default table. */
const nilaiOf = (v: number | string | null): number | null =>
  typeof v === "string" ? (findPredikat(DEFAULT_PREDIKAT, v)?.nilai ?? null) : v;

export function quarterSheetTemplate(
  q: Quarter,
  indicators: readonly TemplateIndicator[],
  year: number | null
): NewSheet {
  const predikat = indicators.some((ind) => isPredikatSatuan(ind.satuan));
  const body = indicators.map((ind, i): OutCell[] => {
    const row = FIRST_DATA_ROW + i;
    const reported = ind.realisasi?.[q] ?? null;
    const [realisasi, pembilang, penyebut] = Array.isArray(reported)
      ? [
          reported[1] === 0
            ? null
            : roundHalfAway((reported[0] / reported[1]) * (ind.pengali ?? DEFAULT_PENGALI), 2),
          reported[0],
          reported[1],
        ]
      : [reported, null, null];
    const target = ind.quarterTargets[q - 1];
    const v: Record<TwColumn, OutCell> = {
      kode: { value: ind.kode, style: "text" },
      indikator: { value: ind.indikator, style: "text" },
      satuan: { value: ind.satuan, style: "text" },
      target: { value: target, style: typeof target === "string" ? "text" : "number" },
      realisasi: { value: realisasi, style: typeof realisasi === "string" ? "text" : "number" },
      pembilang: { value: pembilang, style: "number" },
      penyebut: { value: penyebut, style: "number" },
      capaian: {
        value: capaian(ind.polaritas as Polaritas, nilaiOf(target), nilaiOf(realisasi)).value ?? "",
        formula: quarterCapaianFormula(row, predikat),
        style: "decimal",
      },
      kendala: { value: "", style: "text" },
      bukti: { value: "", style: "text" },
      unit: { value: reported === null ? "" : (ind.unit ?? ""), style: "text" },
    };
    return TW_ORDER.map((k) => v[k]);
  });
  const title = `Realisasi Kinerja Triwulan ${QUARTER_LABEL[q].replace("TW ", "")}${yearSuffix(year)}`;
  return newSheet(
    quarterSheet(q),
    [titleRow(title), header(TW_ORDER.map((k) => TW_COLUMNS[k])), ...body],
    TW_ORDER.map((k) => TW_WIDTHS[k]),
    {
      frozenRows: FIRST_DATA_ROW,
    }
  );
}
