// The XML of a generated sheet (Semester I, Semester II, Tahunan, …). Strings are written inline so
// sharedStrings.xml, which user sheets index into, is never touched. Formulas carry their computed
// value as the cached result, so readers that do not calculate still see the figures.
import { CellStyle, columnLetter, OutCell, SheetPatch } from "../../core/workbook";
import { escapeAttr, escapeText, localName, NS, Utf8Sink, XmlElement } from "./xml";

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
    const key = Object.keys(el.attrs).find((k) => k.includes(":") && !k.startsWith("xmlns:") && localName(k) === "id");
    if (key) out.push(`<${name} r:id="${escapeAttr(el.attrs[key])}"/>`);
  }
  return out.join("");
}

function cellXml(ref: string, cell: OutCell, s: string): string {
  const v = cell.value;
  if (cell.formula !== undefined && cell.formula !== "") {
    const f = `<f>${escapeText(cell.formula.charCodeAt(0) === 61 ? cell.formula.slice(1) : cell.formula)}</f>`;
    if (typeof v === "number") {
      return Number.isFinite(v) ? `<c r="${ref}"${s}>${f}<v>${String(v)}</v></c>` : `<c r="${ref}"${s} t="e">${f}<v>#NUM!</v></c>`;
    }
    if (typeof v === "string") return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(v)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof v === "number") {
    return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${String(v)}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
  }
  if (typeof v === "string") {
    const text = escapeText(v);
    // xml:space only where whitespace at the edges or line breaks would otherwise be collapsed.
    const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
    return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
  }
  return s ? `<c r="${ref}"${s}/>` : "";
}

export function buildSheetXml(sheet: SheetPatch, styleIndex: (role: CellStyle) => number, carried: string): Uint8Array {
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
  // Rows first (the dimension is known only after them), then the part around them.
  const rowsXml = new Utf8Sink();
  let maxRow = -1;
  let maxCol = -1;
  for (let r = 0; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r];
    if (!cells || cells.length === 0) continue;
    const rowNumber = String(r + 1);
    let body = "";
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (!cell) continue;
      const xml = cellXml((letters[c] ??= columnLetter(c)) + rowNumber, cell, styleAttr(cell.style));
      if (xml === "") continue;
      body += xml;
      if (c > maxCol) maxCol = c;
    }
    if (body === "") continue;
    maxRow = r;
    rowsXml.add(`<row r="${rowNumber}">${body}</row>`);
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

  const head = new Utf8Sink();
  head.add(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
      `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
      `<dimension ref="${dimension}"/>` +
      `<sheetViews>${view}</sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>` +
      (cols ? `<cols>${cols}</cols>` : "") +
      (maxRow >= 0 ? `<sheetData>` : `<sheetData/>`),
  );
  const tail = new Utf8Sink();
  tail.add(
    (maxRow >= 0 ? `</sheetData>` : "") +
      (sheet.protect ? `<sheetProtection sheet="1" objects="1" scenarios="1"/>` : "") +
      `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
      `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
      carried +
      `</worksheet>`,
  );
  const parts = [head.bytes(), rowsXml.bytes(), tail.bytes()];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
