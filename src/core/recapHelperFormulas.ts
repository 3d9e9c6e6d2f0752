// The hidden helper cells of a recap row (formulas.ts has the visible ones, which read only these and
// Perjanjian Kinerja). Each quarter costs one MATCH per row, in a hidden position column, so lookups
// stay by Kode (sorting a quarter sheet never breaks a recap) while recalculation stays cheap; hidden
// value columns INDEX the quarter's figure through it (blank when not reported). A Kode not found
// points at the sheet's header row, whose text is not a number.
//
// Which quarters count (schedule.ts) is live too: with a Frekuensi column a hidden cell holds the
// row's Frekuensi and gates the value cells of the quarters it is not due in; a quarter that had not
// ended when the recap was written is gated by TODAY(), so the sheet starts counting it by itself.
import { DEFAULT_PENGALI, PK_SHEET, PkColumn, Quarter, quarterSheet, TwColumn } from "./contract";
import { Notation } from "./formulaNotation";
import { SheetLayout } from "./layout";
import { PredikatBranch } from "./predikatFormulas";
import { RecapCells, SourceLayouts } from "./recapCells";
import { all, dueTests, endedTest, frekuensiText } from "./scheduleFormulas";

export class RecapHelperFormulas {
  constructor(
    protected readonly src: SourceLayouts,
    protected readonly c: RecapCells,
    protected readonly n: Notation
  ) {}

  protected at(letter: string): string {
    return this.n.cell(letter);
  }

  protected is(agregasi: string): string {
    return `${this.at(this.c.agregasi)}="${agregasi}"`;
  }

  /** The contiguous helper cells of one kind: `$R5:$U5`, or `RC18:RC21`. */
  protected list(letters: readonly string[]): string {
    return `${this.at(letters[0])}:${this.at(letters[letters.length - 1])}`;
  }

  protected pk(column: PkColumn): string | undefined {
    const col = this.src.pk.columns[column];
    return col === undefined
      ? undefined
      : `INDEX(${this.n.column(PK_SHEET, col)},${this.at(this.c.pkPosition)})`;
  }

  private position(sheet: string, layout: SheetLayout<string, "kode">): string {
    return `IFERROR(MATCH(${this.at(this.c.kode)},${this.n.column(sheet, layout.columns.kode)},0),${layout.headerRow + 1})`;
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

  /** The cell in `column` of the k-th period quarter's row; undefined when the column is absent. */
  protected quarterCell(k: number, column: TwColumn): string | undefined {
    const q = this.c.quarters[k];
    const col = this.src.quarters[q].columns[column];
    if (col === undefined) return undefined;
    return `INDEX(${this.n.column(quarterSheet(q), col)},${this.at(this.c.position[k])})`;
  }

  /** The figure in `column` of the k-th period quarter; blank when it is not a number or the column is absent. */
  private figure(k: number, column: TwColumn): string | undefined {
    const ref = this.quarterCell(k, column);
    return ref && `IF(ISNUMBER(${ref}),${ref},"")`;
  }

  /** The Predikat branch, when the workbook has any Predikat indicator. */
  private get predikat(): PredikatBranch | undefined {
    const table = this.c.predikat;
    const satuan = table && this.pk("satuan");
    return table && satuan ? new PredikatBranch(table, satuan) : undefined;
  }

  /** `predikat` on a Predikat indicator's row, `other` on any other; just `other` without any. */
  protected orPredikat(predikat: (branch: PredikatBranch) => string, other: string): string {
    const branch = this.predikat;
    return branch ? branch.or(predikat(branch), other) : other;
  }

  /**
   * Realisasi (a Predikat row: its predicate's nilai), or Pembilang for a Rasio row (validation
   * requires its columns whenever Rasio is used).
   */
  quarterValue(k: number): string {
    const realisasi = this.orPredikat(
      (p) => p.nilai(this.quarterCell(k, "realisasi") as string),
      this.figure(k, "realisasi") as string
    );
    const pembilang = this.figure(k, "pembilang");
    return this.counted(
      k,
      pembilang ? `IF(${this.is("Rasio")},${pembilang},${realisasi})` : realisasi
    );
  }

  quarterPenyebut(k: number): string {
    const penyebut = this.figure(k, "penyebut");
    return penyebut ? this.counted(k, `IF(${this.is("Rasio")},${penyebut},"")`) : `""`;
  }

  /** `value` where the k-th period quarter counts for the row, else blank. */
  private counted(k: number, value: string): string {
    const q = this.c.quarters[k];
    const end = this.c.pending[q];
    const tests = [...this.dueConditions(q), ...(end ? [endedTest(end)] : [])];
    return tests.length === 0 ? value : `IF(${all(tests)},${value},"")`;
  }

  /** The row's Frekuensi cell, when Perjanjian Kinerja has the column. */
  protected get frekuensiCell(): string | undefined {
    return this.c.frekuensi && this.at(this.c.frekuensi);
  }

  protected dueConditions(q: Quarter): string[] {
    return dueTests(this.frekuensiCell, q);
  }

  frekuensi(): string | undefined {
    const ref = this.pk("frekuensi");
    return ref && frekuensiText(ref);
  }

  /** The row's Pengali; blank is the default. */
  pengali(): string | undefined {
    const ref = this.pk("pengali");
    return ref && `IF(ISNUMBER(${ref}),${ref},${DEFAULT_PENGALI})`;
  }
}
