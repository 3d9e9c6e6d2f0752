// The live formulas of a recap row (DESIGN.md §3). They use only functions Excel 2016+ and
// LibreOffice both compute (MATCH, INDEX, SUM, AVERAGE, COUNT, ISNUMBER, IFERROR, ROUND, MID).
// Each quarter costs one MATCH per row, in a hidden position column; every other cell INDEXes into
// it, so lookups stay by Kode (sorting a quarter sheet never breaks a recap) and recalculation stays
// cheap. A Kode not found points at the sheet's header row, whose text no number function counts.
import { Agregasi, PK_SHEET, PkColumn, Quarter, QUARTER_LABEL, quarterSheet, quarterTargetColumn, TwColumn } from "./contract";
import { Band, sortScale } from "./capaian";
import { SheetLayout } from "./layout";
import { columnLetter, sheetRef } from "./workbook";

export type SourceLayouts = { pk: SheetLayout<PkColumn>; quarters: Record<Quarter, SheetLayout<TwColumn>> };

/** Column letters of one recap row's own cells. */
export type RowCells = {
  row: number; // 1-based spreadsheet row
  kode: string;
  polaritas: string;
  target: string;
  realisasi: string;
  capaian: string;
  pkPosition: string;
  quarterPosition: Partial<Record<Quarter, string>>;
};

const wholeColumn = (sheet: string, col: number): string => {
  const letter = columnLetter(col);
  return `${sheetRef(sheet)}!$${letter}:$${letter}`;
};
const cell = (letter: string, row: number): string => `$${letter}${row}`;
const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export function positionFormula(sheet: string, layout: SheetLayout<string>, kodeCell: string): string {
  const kodeCol = layout.columns["kode" as never] as number;
  return `IFERROR(MATCH(${kodeCell},${wholeColumn(sheet, kodeCol)},0),${layout.headerRow + 1})`;
}

/** Capaian (%) as in core/capaian.ts: the recap sheets and the quarter sheets share it. */
export function capaianFormula(t: string, re: string, isNegatif: string): string {
  return (
    `IF(OR(${t}="",${re}=""),"",IF(${t}=0,IF(${isNegatif},IF(${re}=0,100,0),""),` +
    `IF(${isNegatif},MAX(0,ROUND((2*${t}-${re})/${t}*100,2)),ROUND(${re}/${t}*100,2))))`
  );
}

export class RowFormulas {
  constructor(private readonly src: SourceLayouts, private readonly r: RowCells) {}

  private pk(column: PkColumn): string | undefined {
    const col = this.src.pk.columns[column];
    return col === undefined ? undefined : `INDEX(${wholeColumn(PK_SHEET, col)},${cell(this.r.pkPosition, this.r.row)})`;
  }

  private tw(q: Quarter, column: TwColumn): string {
    const col = this.src.quarters[q].columns[column] as number;
    return `INDEX(${wholeColumn(quarterSheet(q), col)},${cell(this.r.quarterPosition[q] as string, this.r.row)})`;
  }

  pkPosition(): string {
    return positionFormula(PK_SHEET, this.src.pk, cell(this.r.kode, this.r.row));
  }

  quarterPosition(q: Quarter): string {
    return positionFormula(quarterSheet(q), this.src.quarters[q], cell(this.r.kode, this.r.row));
  }

  /** PK text shown on the recap; `&""` keeps a blank cell blank rather than 0. */
  pkText(column: PkColumn): string | undefined {
    const ref = this.pk(column);
    return ref && `${ref}&""`;
  }

  annualTarget(): string {
    const t = this.pk("targetTahunan") as string;
    return `IF(ISNUMBER(${t}),${t},"")`;
  }

  semesterTarget(agregasi: Agregasi, quarters: readonly Quarter[]): string {
    const refs = quarters.map((q) => this.pk(quarterTargetColumn(q))).filter((x): x is string => x !== undefined);
    if (refs.length === 0) return `""`;
    const last = this.pk(quarterTargetColumn(quarters[quarters.length - 1]));
    switch (agregasi) {
      case "Jumlah":
        return `IF(COUNT(${refs.join(",")})=0,"",SUM(${refs.join(",")}))`;
      case "Rata-rata":
        return `IF(COUNT(${refs.join(",")})=0,"",AVERAGE(${refs.join(",")}))`;
      case "Terakhir":
      case "Rasio":
        return last ? `IF(ISNUMBER(${last}),${last},"")` : `""`;
    }
  }

  realisasi(agregasi: Agregasi, quarters: readonly Quarter[]): string {
    const r = quarters.map((q) => this.tw(q, "realisasi"));
    switch (agregasi) {
      case "Jumlah":
        return `IF(COUNT(${r.join(",")})=0,"",SUM(${r.join(",")}))`;
      case "Rata-rata":
        return `IF(COUNT(${r.join(",")})=0,"",AVERAGE(${r.join(",")}))`;
      case "Terakhir":
        // The latest quarter is the outermost test, so it wins when reported.
        return r.reduce((earlier, ref) => `IF(ISNUMBER(${ref}),${ref},${earlier})`, `""`);
      case "Rasio": {
        const p = quarters.map((q) => this.tw(q, "pembilang"));
        const d = quarters.map((q) => this.tw(q, "penyebut"));
        return `IF(COUNT(${d.join(",")})=0,"",IF(SUM(${d.join(",")})=0,"",SUM(${p.join(",")})/SUM(${d.join(",")})*100))`;
      }
    }
  }

  capaian(): string {
    return capaianFormula(cell(this.r.target, this.r.row), cell(this.r.realisasi, this.r.row), `${cell(this.r.polaritas, this.r.row)}="Negatif"`);
  }

  kategori(scale: readonly Band[]): string {
    const c = cell(this.r.capaian, this.r.row);
    const bands = sortScale(scale);
    const ladder = bands
      .slice(0, -1)
      .reduceRight((rest, b) => `IF(${c}>=${b.min},${quote(b.label)},${rest})`, quote(bands[bands.length - 1].label));
    return `IF(${c}="","",${ladder})`;
  }

  status(agregasi: Agregasi, quarters: readonly Quarter[]): string {
    const reportedBy: TwColumn = agregasi === "Rasio" ? "penyebut" : "realisasi";
    const reported = quarters.map((q) => `ISNUMBER(${this.tw(q, reportedBy)})`);
    const missingList = quarters.map((q, k) => `IF(${reported[k]},"",", ${QUARTER_LABEL[q]}")`).join("&");
    const t = cell(this.r.target, this.r.row);
    const pos = cell(this.r.polaritas, this.r.row);
    let formula =
      `IF(AND(${reported.join(",")}),"Lengkap","Belum lengkap ("&MID(${missingList},3,99)&")")` +
      `&IF(${t}="","; target kosong",IF(AND(${t}=0,${pos}<>"Negatif"),"; target 0",""))`;
    if (agregasi === "Rasio") {
      const d = quarters.map((q) => this.tw(q, "penyebut"));
      formula += `&IF(AND(COUNT(${d.join(",")})>0,SUM(${d.join(",")})=0),"; penyebut 0","")`;
    }
    return formula;
  }
}
