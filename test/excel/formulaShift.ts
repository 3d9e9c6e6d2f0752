// Excel's reading of an R1C1 formula in a given cell, for the fake: `RC14` in row 7 is `$N7`,
// `RC[-1]` in B7 is `A7`, `'TW I'!C5` is `'TW I'!$E:$E`. Written independently of src/core so the
// fake checks what the adapter sends. Self-contained: the browser test injects it into a page.

const SEGMENTS = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;
const REF = /(?<![A-Za-z0-9_.$])(?:R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?|C(\d+))(?![A-Za-z0-9_([])/g;

const letters = (c: number): string =>
  (c < 26 ? "" : letters(Math.floor(c / 26) - 1)) + String.fromCharCode(65 + (c % 26));

/** `row` and `col` are 0-based: the cell the formula is written to. */
export function fromR1C1(formula: string, row: number, col: number): string {
  const part = (text: string) =>
    text.replace(
      REF,
      (_all, r: string | undefined, c: string | undefined, wholeColumn: string | undefined) => {
        if (wholeColumn !== undefined)
          return `$${letters(Number(wholeColumn) - 1)}:$${letters(Number(wholeColumn) - 1)}`;
        const rowRef =
          r === undefined
            ? `${row + 1}`
            : r.startsWith("[")
              ? `${row + 1 + Number(r.slice(1, -1))}`
              : `$${r}`;
        const colRef =
          c === undefined
            ? letters(col)
            : c.startsWith("[")
              ? letters(col + Number(c.slice(1, -1)))
              : `$${letters(Number(c) - 1)}`;
        return `${colRef}${rowRef}`;
      }
    );
  // Sheet names are quoted segments; the reference that follows one starts after its "!".
  return formula
    .split(SEGMENTS)
    .map((text, i) => (i % 2 === 1 ? text : part(text)))
    .join("");
}
