// The XML of a generated sheet (Semester I, Semester II, Tahunan, …). Strings are written inline so
// sharedStrings.xml, which user sheets index into, is never touched. Formulas carry their computed
// value as the cached result, so readers that do not calculate still see the figures.
import { CellStyle, columnLetter, formulaAt, OutCell, SheetPatch } from "../core/workbook";
import { Compressed, Compression, DeflateSink } from "./deflate";
import { escapeAttr, escapeText, localName, NS, XmlElement } from "./xml";

// Elements of an old part that point at its relationships (charts, comment shapes, background)
// and are carried into the new part, in the schema's order, so those parts stay attached.
const CARRIED = ["drawing", "legacyDrawing", "legacyDrawingHF", "picture"] as const;

/** The `r:id`s of the relationship-bearing elements of the part being replaced. */
export function carriedElements(oldElements: XmlElement[]): string {
  const out: string[] = [];
  for (const name of CARRIED) {
    const el = oldElements.find((e) => e.depth === 1 && e.local === name);
    if (!el) continue;
    // Whatever prefix the old part bound to the relationships namespace, ours is `r`.
    const key = Object.keys(el.attrs).find(
      (k) => k.includes(":") && !k.startsWith("xmlns:") && localName(k) === "id"
    );
    if (key) out.push(`<${name} r:id="${escapeAttr(el.attrs[key])}"/>`);
  }
  return out.join("");
}

const hasFormula = (cell: OutCell | undefined): boolean =>
  cell?.formula !== undefined && cell.formula !== "";
const formulaText = (formula: string): string =>
  escapeText(formula.charCodeAt(0) === 61 ? formula.slice(1) : formula);

/** `shared`: the `<f>` element of a cell in a shared-formula range, instead of the cell's own text. */
function cellXml(ref: string, cell: OutCell, s: string, shared: string | undefined): string {
  const v = cell.value;
  if (shared !== undefined || hasFormula(cell)) {
    const f = shared ?? `<f>${formulaText(cell.formula as string)}</f>`;
    if (typeof v === "number") {
      return Number.isFinite(v)
        ? `<c r="${ref}"${s}>${f}<v>${String(v)}</v></c>`
        : `<c r="${ref}"${s} t="e">${f}<v>#NUM!</v></c>`;
    }
    if (typeof v === "string") return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(v)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof v === "number") {
    return Number.isFinite(v)
      ? `<c r="${ref}"${s}><v>${String(v)}</v></c>`
      : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof v === "string") {
    const text = escapeText(v);
    // xml:space only where whitespace at the edges or line breaks would otherwise be collapsed.
    const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
    return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
  }
  return s ? `<c r="${ref}"${s}/>` : "";
}

/** Whether `cellXml` writes anything for the cell: a value, a formula, or a style of its own. */
function written(cell: OutCell | undefined, s: string): boolean {
  if (!cell) return false;
  const v = cell.value;
  return hasFormula(cell) || typeof v === "number" || typeof v === "string" || s !== "";
}

type SharedRange = { si: number; first: number; last: number; master: string };

/**
 * The columns written as shared formulas: the first row's cell carries the text and the range, the
 * others only the group's index — what Excel itself writes for a filled-down column, and a fraction
 * of the bytes (the formulas are most of a recap sheet's XML). A group whose first cell holds no
 * formula is written cell by cell.
 */
function sharedRanges(sheet: SheetPatch): Map<number, SharedRange> {
  const ranges = new Map<number, SharedRange>();
  for (const fc of sheet.formulaColumns ?? []) {
    if (ranges.has(fc.col) || fc.lastRow < fc.firstRow) continue;
    const letter = columnLetter(fc.col);
    const ref = `${letter}${fc.firstRow + 1}:${letter}${fc.lastRow + 1}`;
    const si = ranges.size;
    ranges.set(fc.col, {
      si,
      first: fc.firstRow,
      last: fc.lastRow,
      master: `<f t="shared" ref="${ref}" si="${si}">${formulaText(formulaAt(fc, fc.firstRow))}</f>`,
    });
  }
  return ranges;
}

/** The sheet's XML, compressed as it is written: at 50,000 rows it would be ~80 MB as one string. */
export function writeSheetXml(
  sheet: SheetPatch,
  styleIndex: (role: CellStyle) => number,
  carried: string,
  compression: Compression
): Compressed {
  const letters: string[] = [];
  const styleAttrs = new Map<CellStyle, string>();
  const styleAttr = (role: CellStyle | undefined): string => {
    if (!role) return "";
    let attr = styleAttrs.get(role);
    if (attr === undefined) {
      const index = styleIndex(role);
      attr = index ? ` s="${index}"` : "";
      styleAttrs.set(role, attr);
    }
    return attr;
  };
  // The dimension comes before the rows in the part, so a first pass finds the last written cell.
  let maxRow = -1;
  let maxCol = -1;
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    for (let c = cells.length - 1; c >= 0; c--) {
      if (!written(cells[c], styleAttr(cells[c]?.style))) continue;
      maxRow = r;
      if (c > maxCol) maxCol = c;
      break;
    }
  }

  const dimension = maxRow < 0 ? "A1" : `A1:${columnLetter(Math.max(maxCol, 0))}${maxRow + 1}`;
  const frozen = Math.max(0, Math.floor(sheet.frozenRows));
  const view =
    frozen > 0
      ? `<sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/></sheetView>`
      : `<sheetView workbookViewId="0"/>`;
  const cols = sheet.columns
    .map((col, i) => {
      const hidden = col.hidden ? ` hidden="1"` : "";
      return `<col min="${i + 1}" max="${i + 1}" width="${String(col.width)}"${hidden} customWidth="1"/>`;
    })
    .join("");

  const shared = sharedRanges(sheet);
  const followers = new Map(
    [...shared.values()].map((g) => [g.si, `<f t="shared" si="${g.si}"/>`])
  );
  const sharedF = (r: number, c: number): string | undefined => {
    const g = shared.get(c);
    if (!g || r < g.first || r > g.last) return undefined;
    return r === g.first ? g.master : followers.get(g.si);
  };

  const out = new DeflateSink(compression);
  out.add(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
      `<dimension ref="${dimension}"/>` +
      `<sheetViews>${view}</sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>` +
      (cols ? `<cols>${cols}</cols>` : "") +
      (maxRow >= 0 ? `<sheetData>` : `<sheetData/>`)
  );
  for (let r = 0; r <= maxRow; r++) {
    const cells = sheet.rows[r];
    if (!cells) continue;
    const rowNumber = String(r + 1);
    let open = false;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const xml = cellXml(
        (letters[c] ??= columnLetter(c)) + rowNumber,
        cell,
        styleAttr(cell.style),
        sharedF(r, c)
      );
      if (xml === "") continue;
      if (!open) out.add(`<row r="${rowNumber}">`);
      open = true;
      out.add(xml);
    }
    if (open) out.add(`</row>`);
  }
  out.add(
    (maxRow >= 0 ? `</sheetData>` : "") +
      (sheet.protect ? `<sheetProtection sheet="1" objects="1" scenarios="1"/>` : "") +
      `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
      carried +
      `</worksheet>`
  );
  return out.finish();
}
