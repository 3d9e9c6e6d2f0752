// The live formulas of the recap sheets (docs/CONTRACT.md §4). They use only functions Excel 2016+ and
// LibreOffice both compute (MATCH, INDEX, SUM, AVERAGE, COUNT, ISNUMBER, IFERROR, ROUND, MID).
//
// Every data row of a column holds the same formula (relative to its row): the roll-up is chosen by
// the row's own Agregasi cell. So a column is written once (an R1C1 formula over the whole range, or
// an .xlsx shared formula), Excel sees no "inconsistent formula", and a person reads one pattern.
// Each quarter costs one MATCH per row, in a hidden position column, so lookups stay by Kode (sorting
// a quarter sheet never breaks a recap) while recalculation stays cheap; hidden value columns INDEX
// the quarter's figure through it (blank when not reported) and the visible cells use those local
// cells only. A Kode not found points at the sheet's header row, whose text is not a number.
import {
  AGREGASI,
  PK_SHEET,
  PkColumn,
  Quarter,
  QUARTER_LABEL,
  quarterSheet,
  quarterTargetColumn,
  TwColumn,
} from "./contract";
import { Band, sortScale } from "./capaian";
import { SheetLayout } from "./layout";
import { Rollup, ROLLUPS } from "./rollup";
import { columnIndex, columnLetter, sheetRef } from "./workbook";

export type SourceLayouts = {
  pk: SheetLayout<PkColumn>;
  quarters: Record<Quarter, SheetLayout<TwColumn>>;
};

/** How a formula names a cell of its own row and a whole column of another sheet. */
export type Notation = {
  cell: (letter: string) => string;
  /** The same row's cell on another sheet. */
  cellIn: (sheet: string, letter: string) => string;
  column: (sheet: string, col: number) => string;
};

/** A1 notation for one spreadsheet row (1-based): `$N7`, `'TW I'!$E:$E`. */
export const a1Notation = (row: number | string): Notation => ({
  cell: (letter) => `$${letter}${row}`,
  cellIn: (sheet, letter) => `${sheetRef(sheet)}!$${letter}${row}`,
  column: (sheet, col) => `${sheetRef(sheet)}!$${columnLetter(col)}:$${columnLetter(col)}`,
});

/** R1C1 notation, the same text for every row: `RC14`, `'TW I'!C5`. */
export const R1C1: Notation = {
  cell: (letter) => `RC${columnIndex(letter) + 1}`,
  cellIn: (sheet, letter) => `${sheetRef(sheet)}!RC${columnIndex(letter) + 1}`,
  column: (sheet, col) => `${sheetRef(sheet)}!C${col + 1}`,
};

/** Column letters of a recap row's own cells; helper letters per quarter of the period, in order. */
export type RecapCells = {
  kode: string;
  polaritas: string;
  agregasi: string;
  target: string;
  realisasi: string;
  capaian: string;
  pkPosition: string;
  quarters: readonly Quarter[];
  /** Per period quarter: its MATCH position, its figure (Realisasi, or Pembilang for Rasio), its Penyebut. */
  position: readonly string[];
  value: readonly string[];
  penyebut: readonly string[];
  /**
   * Another recap sheet whose rows already hold these quarters' positions (a semester borrows
   * Tahunan's): used when its row has the same Kode, so each MATCH runs once per workbook rather
   * than once per sheet; any other row looks the Kode up itself.
   */
  borrow?: {
    sheet: string;
    kode: string;
    pkPosition: string;
    position: Partial<Record<Quarter, string>>;
  };
};

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** Capaian (%) as in core/capaian.ts: the recap sheets and the quarter sheets share it. */
export function capaianFormula(t: string, re: string, isNegatif: string): string {
  return (
    `IF(OR(${t}="",${re}=""),"",IF(${t}=0,IF(${isNegatif},IF(${re}=0,100,0),""),` +
    `IF(${isNegatif},MAX(0,ROUND((2*${t}-${re})/${t}*100,2)),ROUND(${re}/${t}*100,2))))`
  );
}

export class RecapFormulas {
  constructor(
    private readonly src: SourceLayouts,
    private readonly c: RecapCells,
    private readonly n: Notation
  ) {}

  private at(letter: string): string {
    return this.n.cell(letter);
  }

  private is(agregasi: string): string {
    return `${this.at(this.c.agregasi)}="${agregasi}"`;
  }

  /** The contiguous helper cells of one kind: `$R5:$U5`, or `RC18:RC21`. */
  private list(letters: readonly string[]): string {
    return `${this.at(letters[0])}:${this.at(letters[letters.length - 1])}`;
  }

  private pk(column: PkColumn): string | undefined {
    const col = this.src.pk.columns[column];
    return col === undefined
      ? undefined
      : `INDEX(${this.n.column(PK_SHEET, col)},${this.at(this.c.pkPosition)})`;
  }

  private position(sheet: string, layout: SheetLayout<string>): string {
    const kodeCol = layout.columns["kode" as never] as number;
    return `IFERROR(MATCH(${this.at(this.c.kode)},${this.n.column(sheet, kodeCol)},0),${layout.headerRow + 1})`;
  }

  /** The borrowed position when the other sheet's row has this row's Kode, else our own MATCH. */
  private borrowed(theirs: string | undefined, own: string): string {
    const b = this.c.borrow;
    if (!b || !theirs) return own;
    return `IF(${this.n.cellIn(b.sheet, b.kode)}=${this.at(this.c.kode)},${this.n.cellIn(b.sheet, theirs)},${own})`;
  }

  pkPosition(): string {
    return this.borrowed(this.c.borrow?.pkPosition, this.position(PK_SHEET, this.src.pk));
  }

  quarterPosition(k: number): string {
    const q = this.c.quarters[k];
    return this.borrowed(
      this.c.borrow?.position[q],
      this.position(quarterSheet(q), this.src.quarters[q])
    );
  }

  /** The figure in `column` of the k-th period quarter; blank when it is not a number or the column is absent. */
  private figure(k: number, column: TwColumn): string | undefined {
    const q = this.c.quarters[k];
    const col = this.src.quarters[q].columns[column];
    if (col === undefined) return undefined;
    const ref = `INDEX(${this.n.column(quarterSheet(q), col)},${this.at(this.c.position[k])})`;
    return `IF(ISNUMBER(${ref}),${ref},"")`;
  }

  /** Realisasi, or Pembilang for a Rasio row (validation requires its columns whenever Rasio is used). */
  quarterValue(k: number): string {
    const realisasi = this.figure(k, "realisasi") as string;
    const pembilang = this.figure(k, "pembilang");
    return pembilang ? `IF(${this.is("Rasio")},${pembilang},${realisasi})` : realisasi;
  }

  quarterPenyebut(k: number): string {
    const penyebut = this.figure(k, "penyebut");
    return penyebut ? `IF(${this.is("Rasio")},${penyebut},"")` : `""`;
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

  semesterTarget(): string {
    const quarters = this.c.quarters;
    const refs = quarters
      .map((q) => this.pk(quarterTargetColumn(q)))
      .filter((x): x is string => x !== undefined);
    if (refs.length === 0) return `""`;
    const last = this.pk(quarterTargetColumn(quarters[quarters.length - 1]));
    const targets = {
      list: refs.join(","),
      latest: last ? `IF(ISNUMBER(${last}),${last},"")` : `""`,
    };
    return this.byAgregasi((r) => r.semesterTargetFormula(targets));
  }

  realisasi(): string {
    const v = this.list(this.c.value);
    const d = this.list(this.c.penyebut);
    // The latest quarter is the outermost test, so it wins when reported.
    const latest = this.c.value
      .map((l) => this.at(l))
      .reduce((earlier, ref) => `IF(ISNUMBER(${ref}),${ref},${earlier})`, `""`);
    const refs = { values: v, penyebut: d, latest };
    return `IF(COUNT(${v})=0,"",${this.byAgregasi((r) => r.realisasiFormula(refs))})`;
  }

  /**
   * The row's own Agregasi picks one branch of ROLLUPS, in table order, the last one the fallback.
   * Neighbours with the same text share one branch (Terakhir and Rasio take the same semester target).
   */
  private byAgregasi(branch: (rollup: Rollup) => string): string {
    const entries = AGREGASI.map((a) => ({ agregasi: a, text: branch(ROLLUPS[a]) }));
    const last = entries[entries.length - 1].text;
    return entries
      .slice(0, -1)
      .reduceRight(
        (rest, e) => (e.text === rest ? rest : `IF(${this.is(e.agregasi)},${e.text},${rest})`),
        last
      );
  }

  capaian(): string {
    return capaianFormula(
      this.at(this.c.target),
      this.at(this.c.realisasi),
      `${this.at(this.c.polaritas)}="Negatif"`
    );
  }

  kategori(scale: readonly Band[]): string {
    const c = this.at(this.c.capaian);
    const bands = sortScale(scale);
    const ladder = bands
      .slice(0, -1)
      .reduceRight(
        (rest, b) => `IF(${c}>=${b.min},${quote(b.label)},${rest})`,
        quote(bands[bands.length - 1].label)
      );
    return `IF(${c}="","",${ladder})`;
  }

  /**
   * A quarter counts as reported when its figure is a number: for Rasio the Pembilang, which
   * validation guarantees comes with its Penyebut.
   */
  status(): string {
    const missing = this.c.quarters
      .map((q, k) => `IF(ISNUMBER(${this.at(this.c.value[k])}),"",", ${QUARTER_LABEL[q]}")`)
      .join("&");
    const t = this.at(this.c.target);
    const d = this.list(this.c.penyebut);
    return (
      `IF(COUNT(${this.list(this.c.value)})=${this.c.quarters.length},"Lengkap","Belum lengkap ("&MID(${missing},3,99)&")")` +
      `&IF(${t}="","; target kosong",IF(AND(${t}=0,${this.at(this.c.polaritas)}<>"Negatif"),"; target 0",""))` +
      `&IF(AND(${this.is("Rasio")},COUNT(${d})>0,SUM(${d})=0),"; penyebut 0","")`
    );
  }
}
