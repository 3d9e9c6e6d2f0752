// What a recap row's live formulas (formulas.ts) are built over: where Perjanjian Kinerja's and the
// quarter sheets' columns are, and which of the recap sheet's own columns hold the row's cells and
// helpers. recapSheet.ts and quarterlySheet.ts fill them in from their own layouts.
import { PkColumn, PkRequired, Quarter, TwColumn, TwRequired } from "./contract";
import { SheetLayout } from "./layout";
import { Predikat } from "./predikat";
import { RangeTarget } from "./range";
import { CalendarDate } from "./schedule";

export type SourceLayouts = {
  pk: SheetLayout<PkColumn, PkRequired>;
  quarters: Record<Quarter, SheetLayout<TwColumn, TwRequired>>;
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
  /** The row's Frekuensi and Pengali helpers, present only when Perjanjian Kinerja has the column. */
  frekuensi?: string;
  pengali?: string;
  /** Period quarters that had not ended when the recap was written, with their last day. */
  pending: Partial<Record<Quarter, CalendarDate>>;
  /**
   * The predicate table, given only when some indicator is a Predikat one: its rows then show their
   * predicates as typed and compute on their nilai; without it the formulas are what they always were.
   */
  predikat?: readonly Predikat[];
  /**
   * The period's range rows (rangeFormulas.ts), given only when it has any; `annual` when the
   * period's target is Target Tahunan, else its quarters' targets.
   */
  ranges?: { rows: readonly RangeTarget[]; annual: boolean };
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
