// Workbooks for the adapter tests and the bench, laid out by the core's own templates: N indicators
// with every Agregasi interleaved (the worst case for grouping rows by formula shape).
import { AGREGASI, Polaritas, Quarter, QUARTERS } from "../../src/core/contract";
import { NewSheet, TemplateIndicator } from "../../src/core/newSheet";
import { newWorkbook } from "../../src/core/template";
import { SAMPLE_INDICATORS, SAMPLE_SETTINGS } from "../../src/core/sample";
import { SheetSnapshot } from "../../src/core/workbook";
import { FakeCell, FakeSheetInit } from "./fakeExcel";

export function indicators(n: number): TemplateIndicator[] {
  return Array.from({ length: n }, (_, i) => {
    const agregasi = AGREGASI[i % AGREGASI.length];
    const rasio = agregasi === "Rasio";
    const realisasi = Object.fromEntries(
      QUARTERS.map((q) => [
        q,
        i % 7 === 3 && q === 3 ? null : rasio ? [40 + (i % 9), 50] : 20 + ((i + q) % 13),
      ])
    ) as Record<Quarter, number | [number, number] | null>;
    return {
      kode: `IK-${String(i + 1).padStart(5, "0")}`,
      sasaran: `Sasaran strategis ${1 + (i % 6)}`,
      indikator: `Indikator kinerja nomor ${i + 1} untuk uji skala`,
      satuan: rasio ? "%" : "Kasus",
      targetTahunan: rasio ? 80 : 120,
      quarterTargets: rasio
        ? [80, 80, 80, 80]
        : agregasi === "Jumlah"
          ? [30, 30, 30, 30]
          : [30, 30, 30, 30],
      polaritas: (i % 5 === 4 ? "Negatif" : "Positif") as Polaritas,
      agregasi,
      penanggungJawab: "Bidang Uji",
      realisasi,
      unit: "Unit Uji",
    };
  });
}

export const toFakeSheet = (spec: NewSheet): FakeSheetInit => ({
  name: spec.name,
  visibility: spec.visibility === "veryHidden" ? "VeryHidden" : "Visible",
  rows: spec.rows.map((row) =>
    row.map((c): FakeCell =>
      c.formula
        ? { value: c.value, formula: c.formula }
        : { value: c.value === "" ? null : c.value }
    )
  ),
});

/** Every contract sheet of a workbook with `n` generated indicators, or the Satpol PP sample. */
export function workbook(n: number | "sample", options: { omit?: string[] } = {}): FakeSheetInit[] {
  const list = n === "sample" ? SAMPLE_INDICATORS : indicators(n);
  const sheets = newWorkbook({ year: 2023, settings: SAMPLE_SETTINGS, indicators: list });
  return sheets.filter((s) => !(options.omit ?? []).includes(s.name)).map(toFakeSheet);
}

/** The same sheets as the core sees them, to compute the expected patch independently of Excel. */
export const toSnapshot = (sheet: FakeSheetInit): SheetSnapshot => ({
  name: sheet.name,
  rows: sheet.rows.map((row) =>
    row.map((v) => {
      if (v === null || v === undefined) return undefined;
      const cell = typeof v === "object" && "value" in v ? v : { value: v };
      return cell.value === null && !cell.formula
        ? undefined
        : {
            value: cell.value,
            ...(cell.numberFormat && cell.numberFormat !== "General"
              ? { numFmt: cell.numberFormat }
              : {}),
          };
    })
  ),
});
