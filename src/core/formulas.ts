// The live formulas of the recap sheets (docs/CONTRACT.md §4). They use only functions Excel 2016+ and
// LibreOffice both compute (MATCH, INDEX, SUM, AVERAGE, COUNT, ISNUMBER, IFERROR, ROUND, MID).
//
// Every data row of a column holds the same formula (relative to its row): the roll-up is chosen by
// the row's own Agregasi cell. So a column is written once (an R1C1 formula over the whole range, or
// an .xlsx shared formula), Excel sees no "inconsistent formula", and a person reads one pattern.
// The visible cells look at the quarters only through the row's hidden helper cells
// (recapHelperFormulas.ts), which also leave out the quarters that do not count yet; a quarter not
// due by the row's Frekuensi is left out of the targets and the status too. A workbook without the
// optional columns, recapped after its year, gets the formulas it always had.
import {
  AGREGASI,
  DEFAULT_PENGALI,
  PK_SHEET,
  PkColumn,
  Quarter,
  QUARTER_LABEL,
  quarterTargetColumn,
} from "./contract";
import { Band, sortScale } from "./capaian";
import { capaianFormula } from "./capaianFormula";
import { PredikatBranch } from "./predikatFormulas";
import { RangeBake } from "./rangeFormulas";
import { RecapHelperFormulas } from "./recapHelperFormulas";
import { Rollup, ROLLUPS } from "./rollup";
import { all, dueCount, unlessNotAssessed } from "./scheduleFormulas";

const quote = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export class RecapFormulas extends RecapHelperFormulas {
  /** The period's baked target ranges, when it has any. */
  private get rangeBake(): RangeBake | undefined {
    const r = this.c.ranges;
    if (!r || r.rows.length === 0) return undefined;
    const cells = r.annual
      ? [this.pk("targetTahunan")]
      : this.c.quarters.map((q) => this.pk(quarterTargetColumn(q)));
    return new RangeBake(
      r.rows,
      this.at(this.c.kode),
      cells.map((c) => c ?? `""`)
    );
  }

  /** `range` on a range row of the period, `other` on any other; just `other` without any. */
  private orRange(range: (bake: RangeBake) => string, other: string): string {
    const bake = this.rangeBake;
    return bake ? bake.or(range(bake), other) : other;
  }

  /** PK text shown on the recap; `&""` keeps a blank cell blank rather than 0. */
  pkText(column: PkColumn): string | undefined {
    const ref = this.pk(column);
    return ref && `${ref}&""`;
  }

  annualTarget(): string {
    const t = this.pk("targetTahunan") as string;
    return this.orRange(
      (b) => b.text(),
      this.orPredikat(() => `${t}&""`, `IF(ISNUMBER(${t}),${t},"")`)
    );
  }

  /** Over the due quarters' targets only: a quarter not due points at the header row, never a number. */
  semesterTarget(): string {
    const quarters = this.c.quarters;
    const refs = quarters.map((q) => this.dueTarget(q)).filter((x): x is string => x !== undefined);
    if (refs.length === 0) return `""`;
    // The last due quarter's target: tested from the period's end backwards.
    const lastTarget = (shown: (ref: string) => string) =>
      quarters.reduce((earlier, q) => {
        const ref = this.dueTarget(q);
        const target = ref ? shown(ref) : `""`;
        const due = this.dueConditions(q);
        return due.length === 0 ? target : `IF(${all(due)},${target},${earlier})`;
      }, `""`);
    const latest = lastTarget((ref) => `IF(ISNUMBER(${ref}),${ref},"")`);
    return this.orRange(
      (b) => b.text(),
      this.orPredikat(
        () => lastTarget((ref) => `${ref}&""`),
        this.byAgregasi((r) => r.semesterTargetFormula({ list: refs.join(","), latest }))
      )
    );
  }

  private dueTarget(q: Quarter): string | undefined {
    const col = this.src.pk.columns[quarterTargetColumn(q)];
    const due = this.dueConditions(q);
    if (col === undefined || due.length === 0) return this.pk(quarterTargetColumn(q));
    const row = `IF(${all(due)},${this.at(this.c.pkPosition)},${this.src.pk.headerRow + 1})`;
    return `INDEX(${this.n.column(PK_SHEET, col)},${row})`;
  }

  realisasi(): string {
    const v = this.list(this.c.value);
    const d = this.list(this.c.penyebut);
    // The latest quarter is the outermost test, so it wins when reported.
    const latest = this.c.value
      .map((l) => this.at(l))
      .reduce((earlier, ref) => `IF(ISNUMBER(${ref}),${ref},${earlier})`, `""`);
    const pengali = this.c.pengali ? this.at(this.c.pengali) : String(DEFAULT_PENGALI);
    const refs = { values: v, penyebut: d, latest, pengali };
    const typed = (p: PredikatBranch) =>
      p.latest(
        this.c.value.map((l, k) => ({
          nilai: this.at(l),
          typed: this.quarterCell(k, "realisasi") as string,
        }))
      );
    return `IF(COUNT(${v})=0,"",${this.orPredikat(
      typed,
      this.byAgregasi((r) => r.realisasiFormula(refs))
    )})`;
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

  /** Capaian; a Predikat row's on the nilai of its target and realisation. */
  capaian(): string {
    const t = this.at(this.c.target);
    const re = this.at(this.c.realisasi);
    const isNegatif = `${this.at(this.c.polaritas)}="Negatif"`;
    return this.orRange(
      (b) => b.capaian(re, (target) => capaianFormula(target, re, isNegatif)),
      this.orPredikat((p) => p.capaian(t, re, isNegatif), capaianFormula(t, re, isNegatif))
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
   * validation guarantees comes with its Penyebut. Only due quarters are named or counted; a period
   * the row's Frekuensi is due in no quarter of is not assessed.
   */
  status(): string {
    const quarters = this.c.quarters;
    const missing = quarters
      .map((q, k) => {
        const due = this.dueConditions(q);
        const name = `", ${QUARTER_LABEL[q]}"`;
        const named = due.length === 0 ? name : `IF(${all(due)},${name},"")`;
        return `IF(ISNUMBER(${this.at(this.c.value[k])}),"",${named})`;
      })
      .join("&");
    const t = this.at(this.c.target);
    const tNumber = this.orPredikat((p) => p.nilai(t), t);
    const d = this.list(this.c.penyebut);
    const targetNote = `IF(${t}="","; target kosong",IF(AND(${tNumber}=0,${this.at(this.c.polaritas)}<>"Negatif"),"; target 0",""))`;
    const assessed =
      `IF(COUNT(${this.list(this.c.value)})=${dueCount(this.frekuensiCell, quarters)},"Lengkap","Belum lengkap ("&MID(${missing},3,99)&")")` +
      `&${this.rangeBake?.note(targetNote) ?? targetNote}` +
      `&IF(AND(${this.is("Rasio")},COUNT(${d})>0,SUM(${d})=0),"; penyebut 0","")`;
    return unlessNotAssessed(this.frekuensiCell, quarters, assessed);
  }
}
