// Shared formulas store their text once, on the master cell; the other cells of the range carry only
// `<f t="shared" si="…"/>`. To give every cell its own formula text (what Excel shows in the formula
// bar) the master's relative references are moved by the cell's offset from the master.
// A tokenizer, not a parser: it skips string literals, quoted sheet names and [bracketed] parts, and
// treats as references only tokens that can be one (Excel forbids names that look like cells).
import { columnIndex, columnLetter } from "../core/workbook";

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

// Columns and rows as numbers (0-based column, 1-based row), moved unless absolute; undefined when
// the move leaves the sheet (the reference becomes #REF!, as in Excel).
function moveCol(abs: string, col: number, d: number): string | undefined {
  const c = abs ? col : col + d;
  return c < 0 || c >= MAX_COL ? undefined : abs + columnLetter(c);
}

function moveRow(abs: string, row: number, d: number): string | undefined {
  const r = abs ? row : row + d;
  return r < 1 || r > MAX_ROW ? undefined : abs + String(r);
}

/** `formula` (written for the master cell) as it reads `dRow` rows and `dCol` columns further on. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return compileShift(formula)(dRow, dCol);
}

type Piece = string | ((dRow: number, dCol: number) => string);

/**
 * `formula` tokenized once, shifted per call: a shared range of 50,000 followers then costs one
 * tokenization instead of 50,000 (the recap sheets are written with shared formulas).
 */
export function compileShift(formula: string): (dRow: number, dCol: number) => string {
  const pieces: Piece[] = [];
  let text = "";
  const keep = (s: string): void => {
    text += s;
  };
  const move = (shift: (dRow: number, dCol: number) => string): void => {
    if (text !== "") pieces.push(text);
    text = "";
    pieces.push(shift);
  };
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // "text" and 'Sheet name' escape their quote by doubling it.
      let j = i + 1;
      while (j < n && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      keep(formula.slice(i, j + 1));
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
      keep(formula.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    let m = match(CELL, formula, i);
    if (m && columnIndex(m[2]) < MAX_COL && Number(m[4]) >= 1 && Number(m[4]) <= MAX_ROW) {
      const [colAbs, col0, rowAbs, row0] = [m[1], columnIndex(m[2]), m[3], Number(m[4])];
      move((dr, dc) => {
        const col = moveCol(colAbs, col0, dc);
        const row = moveRow(rowAbs, row0, dr);
        return col && row ? col + row : "#REF!";
      });
      i += m[0].length;
      continue;
    }
    m = match(COLS, formula, i);
    if (m && columnIndex(m[2]) < MAX_COL && columnIndex(m[4]) < MAX_COL) {
      const [absA, colA, absB, colB] = [m[1], columnIndex(m[2]), m[3], columnIndex(m[4])];
      move((_dr, dc) => {
        const a = moveCol(absA, colA, dc);
        const b = moveCol(absB, colB, dc);
        return a && b ? `${a}:${b}` : "#REF!";
      });
      i += m[0].length;
      continue;
    }
    m = match(ROWS, formula, i);
    if (m) {
      const [absA, rowA, absB, rowB] = [m[1], Number(m[2]), m[3], Number(m[4])];
      move((dr) => {
        const a = moveRow(absA, rowA, dr);
        const b = moveRow(absB, rowB, dr);
        return a && b ? `${a}:${b}` : "#REF!";
      });
      i += m[0].length;
      continue;
    }
    // Function names, defined names, TRUE, numbers: copied whole so no reference is seen inside.
    m = match(NAME, formula, i) ?? match(NUMBER, formula, i);
    if (m) {
      keep(m[0]);
      i += m[0].length;
      continue;
    }
    keep(ch);
    i++;
  }
  if (text !== "") pieces.push(text);
  // Joined rather than concatenated: one flat string per cell, not a chain of dozens of pieces.
  const out: string[] = [];
  return (dRow, dCol) => {
    if (dRow === 0 && dCol === 0) return formula;
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k];
      out[k] = typeof p === "string" ? p : p(dRow, dCol);
    }
    return out.join("");
  };
}
