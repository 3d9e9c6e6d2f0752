// The live formulas of a recap row (DESIGN.md §3). They use only functions Excel 2016+ and
// LibreOffice both compute (MATCH, INDEX, SUM, AVERAGE, COUNT, ISNUMBER, IFERROR, ROUND, MID).
//
// Each quarter costs one MATCH per row, in a hidden position column, so lookups stay by Kode (sorting
// a quarter sheet never breaks a recap) while recalculation stays cheap. Hidden value columns INDEX
// the quarter's figure through that position (blank when not reported), and the visible cells work on
// those local cells only — short formulas that a person can trace, and small payloads to write.
// A Kode not found points at the sheet's header row, whose text is not a number.
import { Agregasi, PK_SHEET, PkColumn, Quarter, QUARTER_LABEL, quarterSheet, quarterTargetColumn, TwColumn } from "./contract";
import { Band, sortScale } from "./capaian";
import { SheetLayout } from "./layout";
import { columnLetter, sheetRef } from "./workbook";

export type SourceLayouts = { pk: SheetLayout<PkColumn>; quarters: Record<Quarter, SheetLayout<TwColumn>> };

/** Column letters of a recap row's own cells; helper letters per quarter of the period, in order. */
export type RowCells = {
  row: number; // 1-based spreadsheet row
  kode: string;
  polaritas: string;
  target: string;
  realisasi: string;
  capaian: string;
  pkPosition: string;
  quarters: readonly Quarter[];
  /** Per period quarter: its MATCH position, its figure (Realisasi, or Pembilang for Rasio), its Penyebut. */
  position: readonly string[];
  value: readonly string[];
  penyebut: readonly string[];
};

const wholeColumn = (sheet: string, col: number): string => {
  const letter = columnLetter(col);
  return `${sheetRef(sheet)}!$${letter}:$${letter}`;
};
const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Capaian (%) as in core/capaian.ts: the recap sheets and the quarter sheets share it. */
export function capaianFormula(t: string, re: string, isNegatif: string): string {
  return (
    `IF(OR(${t}="",${re}=""),"",IF(${t}=0,IF(${isNegatif},IF(${re}=0,100,0),""),` +
    `IF(${isNegatif},MAX(0,ROUND((2*${t}-${re})/${t}*100,2)),ROUND(${re}/${t}*100,2))))`
  );
}

export class RowFormulas {
  constructor(private readonly src: SourceLayouts, private readonly r: RowCells) {}

  private at(letter: string): string {
    return `$${letter}${this.r.row}`;
  }

  /** The contiguous helper cells of one kind, e.g. `$R5:$U5`. */
  private span(letters: readonly string[]): string {
    return `${this.at(letters[0])}:${this.at(letters[letters.length - 1])}`;
  }

  private pk(column: PkColumn): string | undefined {
    const col = this.src.pk.columns[column];
    return col === undefined ? undefined : `INDEX(${wholeColumn(PK_SHEET, col)},${this.at(this.r.pkPosition)})`;
  }

  private static position(sheet: string, layout: SheetLayout<string>, kode: string): string {
    const kodeCol = layout.columns["kode" as never] as number;
    return `IFERROR(MATCH(${kode},${wholeColumn(sheet, kodeCol)},0),${layout.headerRow + 1})`;
  }

  pkPosition(): string {
    return RowFormulas.position(PK_SHEET, this.src.pk, this.at(this.r.kode));
  }

  quarterPosition(k: number): string {
    const q = this.r.quarters[k];
    return RowFormulas.position(quarterSheet(q), this.src.quarters[q], this.at(this.r.kode));
  }

  /** The k-th period quarter's figure in `column`, blank when it is not a number. */
  quarterFigure(k: number, column: TwColumn): string {
    const q = this.r.quarters[k];
    const ref = `INDEX(${wholeColumn(quarterSheet(q), this.src.quarters[q].columns[column] as number)},${this.at(this.r.position[k])})`;
    return `IF(ISNUMBER(${ref}),${ref},"")`;
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

  semesterTarget(agregasi: Agregasi): string {
    const quarters = this.r.quarters;
    const refs = quarters.map((q) => this.pk(quarterTargetColumn(q))).filter((x): x is string => x !== undefined);
    const last = this.pk(quarterTargetColumn(quarters[quarters.length - 1]));
    switch (agregasi) {
      case "Jumlah":
        return refs.length === 0 ? `""` : `IF(COUNT(${refs.join(",")})=0,"",SUM(${refs.join(",")}))`;
      case "Rata-rata":
        return refs.length === 0 ? `""` : `IF(COUNT(${refs.join(",")})=0,"",AVERAGE(${refs.join(",")}))`;
      case "Terakhir":
      case "Rasio":
        return last ? `IF(ISNUMBER(${last}),${last},"")` : `""`;
    }
  }

  realisasi(agregasi: Agregasi): string {
    const values = this.span(this.r.value);
    switch (agregasi) {
      case "Jumlah":
        return `IF(COUNT(${values})=0,"",SUM(${values}))`;
      case "Rata-rata":
        return `IF(COUNT(${values})=0,"",AVERAGE(${values}))`;
      case "Terakhir":
        // The latest quarter is the outermost test, so it wins when reported.
        return this.r.value.map((l) => this.at(l)).reduce((earlier, ref) => `IF(ISNUMBER(${ref}),${ref},${earlier})`, `""`);
      case "Rasio": {
        const d = this.span(this.r.penyebut);
        return `IF(COUNT(${d})=0,"",IF(SUM(${d})=0,"",SUM(${values})/SUM(${d})*100))`;
      }
    }
  }

  capaian(): string {
    return capaianFormula(this.at(this.r.target), this.at(this.r.realisasi), `${this.at(this.r.polaritas)}="Negatif"`);
  }

  kategori(scale: readonly Band[]): string {
    const c = this.at(this.r.capaian);
    const bands = sortScale(scale);
    const ladder = bands
      .slice(0, -1)
      .reduceRight((rest, b) => `IF(${c}>=${b.min},${quote(b.label)},${rest})`, quote(bands[bands.length - 1].label));
    return `IF(${c}="","",${ladder})`;
  }

  status(agregasi: Agregasi): string {
    // Validation guarantees Pembilang and Penyebut come together, so Penyebut tells a Rasio quarter reported.
    const reportedBy = agregasi === "Rasio" ? this.r.penyebut : this.r.value;
    const missing = this.r.quarters.map((q, k) => `IF(ISNUMBER(${this.at(reportedBy[k])}),"",", ${QUARTER_LABEL[q]}")`).join("&");
    const t = this.at(this.r.target);
    let formula =
      `IF(COUNT(${this.span(reportedBy)})=${this.r.quarters.length},"Lengkap","Belum lengkap ("&MID(${missing},3,99)&")")` +
      `&IF(${t}="","; target kosong",IF(AND(${t}=0,${this.at(this.r.polaritas)}<>"Negatif"),"; target 0",""))`;
    if (agregasi === "Rasio") {
      const d = this.span(this.r.penyebut);
      formula += `&IF(AND(COUNT(${d})>0,SUM(${d})=0),"; penyebut 0","")`;
    }
    return formula;
  }
}
