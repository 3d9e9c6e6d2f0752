// Shared formulas store their text once, on the master cell; the other cells of the range carry only
// `<f t="shared" si="…"/>`. To give every cell its own formula text (what Excel shows in the formula
// bar) the master's relative references are moved by the cell's offset from the master.
// A tokenizer, not a parser: it skips string literals, quoted sheet names and [bracketed] parts, and
// treats as references only tokens that can be one (Excel forbids names that look like cells).
import { columnIndex, columnLetter } from "../../core/workbook";

const MAX_ROW = 1048576;
const MAX_COL = 16384;

const CELL = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_.(!\\])/y;
const COLS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!\\])/y;
const ROWS = /(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![A-Za-z0-9_.(!\\])/y;
const NAME = /[A-Za-z_\\][A-Za-z0-9_.\\?]*/y;
const NUMBER = /[0-9]+(\.[0-9]*)?([Ee][+-]?[0-9]+)?/y;

function match(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

function moveCol(abs: string, letters: string, d: number): string | undefined {
  const c = abs ? columnIndex(letters) : columnIndex(letters) + d;
  return c < 0 || c >= MAX_COL ? undefined : abs + columnLetter(c);
}

function moveRow(abs: string, digits: string, d: number): string | undefined {
  const r = abs ? Number(digits) : Number(digits) + d;
  return r < 1 || r > MAX_ROW ? undefined : abs + String(r);
}

/** `formula` (written for the master cell) as it reads `dRow` rows and `dCol` columns further on. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // "text" and 'Sheet name' escape their quote by doubling it.
      let j = i + 1;
      while (j < n && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      let depth = 0;
      let j = i;
      for (; j < n; j++) {
        if (formula[j] === "[") depth++;
        else if (formula[j] === "]" && --depth === 0) break;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    let m = match(CELL, formula, i);
    if (m && columnIndex(m[2]) < MAX_COL && Number(m[4]) >= 1 && Number(m[4]) <= MAX_ROW) {
      const col = moveCol(m[1], m[2], dCol);
      const row = moveRow(m[3], m[4], dRow);
      out += col && row ? col + row : "#REF!";
      i += m[0].length;
      continue;
    }
    m = match(COLS, formula, i);
    if (m && columnIndex(m[2]) < MAX_COL && columnIndex(m[4]) < MAX_COL) {
      const a = moveCol(m[1], m[2], dCol);
      const b = moveCol(m[3], m[4], dCol);
      out += a && b ? `${a}:${b}` : "#REF!";
      i += m[0].length;
      continue;
    }
    m = match(ROWS, formula, i);
    if (m) {
      const a = moveRow(m[1], m[2], dRow);
      const b = moveRow(m[3], m[4], dRow);
      out += a && b ? `${a}:${b}` : "#REF!";
      i += m[0].length;
      continue;
    }
    // Function names, defined names, TRUE, numbers: copied whole so no reference is seen inside.
    m = match(NAME, formula, i) ?? match(NUMBER, formula, i);
    if (m) {
      out += m[0];
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
