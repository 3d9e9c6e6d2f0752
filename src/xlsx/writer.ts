// patchPackage: the package with the generated sheets rewritten and the `fix` edits applied, and every
// other entry exactly as it was (docs/CONTRACT.md "Nothing lost"). The only parts touched besides those
// sheets are the ones that list sheets or would contradict them: workbook.xml (new sheets appended,
// recalculation on open), its .rels and [Content_Types].xml (new parts), styles.xml (appended
// entries only) and calcChain.xml (a cache of formula cells, dropped when it goes stale).
import { byName, CellEdit, sameSheetName, SheetPatch, WorkbookPatch } from "../core/workbook";
import { concatBytes, includesBytes } from "./bytes";
import { applyCellEdits } from "./cell-edits";
import { Compression, fflateCompression } from "./deflate";
import { XlsxError } from "./errors";
import { ZipPackage } from "./package";
import { protectionNote } from "./part-notes";
import { carriedElements, writeSheetXml } from "./sheet-write";
import { readRels, readWorkbookPart, relsPathFor, WorkbookInfo } from "./structure";
import { MINIMAL_STYLES, STYLE_ROLES, StyleBook } from "./styles-write";
import {
  escapeAttr,
  NS,
  prefixForNamespace,
  prefixOf,
  scanXml,
  setAttribute,
  splice,
  XmlElement,
} from "./xml";

const CONTENT_TYPES = "[Content_Types].xml";
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
// workbook.xml children that come after calcPr in the schema: a missing calcPr goes before them.
const AFTER_CALCPR = [
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

const CARRIED_HINT = /<(\w+:)?(drawing|legacyDrawing|legacyDrawingHF|picture)[\s/>]/;
const NEEDLES = ["rawing", "picture"].map((n) => new TextEncoder().encode(n));

type Edit = { start: number; end: number; text: string };

function checkSheetName(name: string): void {
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw new RangeError(`nama lembar tidak sah untuk Excel: '${name}'`);
  }
}

/** Edits of the part's root element children: inserts before the end tag of `parent`. */
function appendTo(xml: string, parent: XmlElement, text: string): Edit {
  if (!parent.selfClosing) return { start: parent.closeStart, end: parent.closeStart, text };
  const open = xml.slice(parent.start, parent.end).replace(/\s*\/>$/, ">");
  return { start: parent.start, end: parent.end, text: `${open}${text}</${parent.name}>` };
}

export type PatchOptions = {
  /** How new and changed parts are compressed (default fflate; the CLI passes Node's zlib). */
  compression?: Compression;
};

export function patchPackage(
  bytes: Uint8Array,
  patch: WorkbookPatch,
  options: PatchOptions = {}
): Uint8Array {
  const pkg = ZipPackage.open(bytes);
  if (patch.sheets.length === 0 && patch.edits.length === 0) {
    readWorkbookPart(pkg); // still refuses what is not a workbook
    return bytes.slice();
  }
  return patchOpened(pkg, readWorkbookPart(pkg), patch, options);
}

/**
 * The patch applied to a package already opened (XlsxPackage), which it changes: the package is
 * written out once, after its last read. Not for an empty patch (its bytes are the package's own).
 */
export function patchOpened(
  pkg: ZipPackage,
  book: WorkbookInfo,
  patch: WorkbookPatch,
  options: PatchOptions = {}
): Uint8Array {
  const compression = options.compression ?? fflateCompression;
  patch.sheets.forEach((s) => checkSheetName(s.name));
  const ctXml = pkg.text(CONTENT_TYPES);
  if (ctXml === undefined) throw new XlsxError("berkas .xlsx rusak: [Content_Types].xml tidak ada");
  const relsRoot = book.rels.rootEl;
  if (!relsRoot) throw new XlsxError(`berkas .xlsx rusak: ${relsPathFor(book.path)} tidak ada`);

  const workbookEdits: Edit[] = [];
  const relsEdits: Edit[] = [];
  const ctEdits: Edit[] = [];
  const relsAppended: string[] = [];
  const ctAppended: string[] = [];
  const ctRoot = scanXml(ctXml, CONTENT_TYPES, (_l, depth) => depth <= 1);
  const relIds = new Set(book.rels.rels.map((r) => r.id));
  const dir = book.path.slice(0, book.path.lastIndexOf("/") + 1); // "xl/"
  const relTarget = (part: string) => (part.startsWith(dir) ? part.slice(dir.length) : `/${part}`);
  const relTypeBase =
    book.rels.rels.find((r) => r.type.endsWith("/worksheet"))?.type.replace(/\/worksheet$/, "") ??
    NS.rel;

  const newRelationship = (type: string, part: string): string => {
    let n = 1;
    for (const id of relIds) n = Math.max(n, Number(/^rId(\d+)$/.exec(id)?.[1] ?? 0) + 1);
    const id = `rId${n}`;
    relIds.add(id);
    const p = prefixOf(relsRoot.name);
    relsAppended.push(
      `<${p}Relationship Id="${id}" Type="${relTypeBase}/${type}" Target="${escapeAttr(relTarget(part))}"/>`
    );
    return id;
  };
  const addOverride = (part: string, contentType: string): void => {
    const partName = `/${part}`.toLowerCase();
    if (
      ctRoot.some(
        (el) =>
          el.depth === 1 &&
          el.local === "Override" &&
          (el.attrs.PartName ?? "").toLowerCase() === partName
      )
    )
      return;
    const p = prefixOf(ctRoot[0].name);
    ctAppended.push(`<${p}Override PartName="/${escapeAttr(part)}" ContentType="${contentType}"/>`);
  };

  // Styles first: cell edits and generated sheets both ask it for indices.
  let stylesPath = book.partOfType("styles");
  let stylesXml = stylesPath ? pkg.text(stylesPath) : undefined;
  const stylesCreated = stylesXml === undefined;
  if (stylesXml === undefined) {
    stylesPath = `${dir}styles.xml`;
    stylesXml = MINIMAL_STYLES;
    newRelationship("styles", stylesPath);
    addOverride(stylesPath, STYLES_CT);
  }
  const styles = new StyleBook(stylesXml, stylesPath!);
  if (patch.sheets.length) STYLE_ROLES.forEach((role) => styles.role(role)); // fixed order: same indices every run

  const removedFormula = applyEdits(pkg, book, patch, styles);

  const sheets = [...book.sheets];
  const newSheetElements: string[] = [];
  for (const sheet of patch.sheets) {
    const existing = byName(sheets, sheet.name);
    let path: string;
    let carried = "";
    if (existing) {
      if (existing.kind !== "worksheet" || !existing.path) {
        throw new XlsxError(
          `lembar '${existing.name}' di berkas bukan lembar kerja biasa; tidak dapat ditimpa`
        );
      }
      path = existing.path;
      carried = carriedFrom(pkg, path);
    } else {
      path = freshSheetPath(pkg, dir);
      const rId = newRelationship("worksheet", path);
      addOverride(path, WORKSHEET_CT);
      const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
      newSheetElements.push(sheetElement(book, sheet, sheetId, rId));
      // Listed so a second patch entry with the same name replaces this part instead of adding one.
      sheets.push({
        name: sheet.name,
        sheetId,
        rId,
        path,
        kind: "worksheet",
        el: book.elements[0],
      });
    }
    const part = writeSheetXml(sheet, (role) => styles.role(role), carried, compression);
    pkg.setCompressed(path, part, protectionNote(part.crc, sheet.protect));
  }
  if (newSheetElements.length) {
    const sheetsEl = book.elements.find((el) => el.depth === 1 && el.local === "sheets");
    if (!sheetsEl) throw new XlsxError("berkas .xlsx rusak: workbook.xml tanpa daftar lembar");
    // Appended at the end: defined names refer to sheets by position (localSheetId).
    workbookEdits.push(appendTo(book.xml, sheetsEl, newSheetElements.join("")));
  }

  if (patch.sheets.length || removedFormula) dropCalcChain(pkg, book, ctRoot, relsEdits, ctEdits);
  workbookEdits.push(...fullCalcOnLoad(book));
  if (relsAppended.length) relsEdits.push(appendTo(book.rels.xml, relsRoot, relsAppended.join("")));
  if (ctAppended.length) ctEdits.push(appendTo(ctXml, ctRoot[0], ctAppended.join("")));

  const newStyles = styles.result();
  if (newStyles !== undefined || stylesCreated) pkg.setText(stylesPath!, newStyles ?? stylesXml);
  if (workbookEdits.length) pkg.setText(book.path, splice(book.xml, workbookEdits));
  if (relsEdits.length) pkg.setText(book.rels.path, splice(book.rels.xml, relsEdits));
  if (ctEdits.length) pkg.setText(CONTENT_TYPES, splice(ctXml, ctEdits));
  return pkg.toBytes(compression);
}

/** The chart and comment anchors of a part being replaced. */
function carriedFrom(pkg: ZipPackage, path: string): string {
  // Each carried element points at one of the part's relationships: with none, there is nothing to
  // carry, and the old part (~60 MB of XML per recap sheet at 50,000 indicators) need not be read.
  if (readRels(pkg, relsPathFor(path)).rels.length === 0) return "";
  // Otherwise it is mostly still a big part with no chart: streamed past once,
  // looking for the element names (drawing, legacyDrawing, legacyDrawingHF, picture) in the bytes,
  // it is never held whole. A byte-order mark (UTF-16, where ASCII needles cannot match) or an
  // unusually short first piece goes straight to parsing.
  let hint = false;
  let tail: Uint8Array | undefined;
  pkg.each(path, (piece) => {
    if (hint) return;
    if (!tail) {
      hint =
        piece.length < 2 ||
        (piece[0] === 0xff && piece[1] === 0xfe) ||
        (piece[0] === 0xfe && piece[1] === 0xff);
      tail = new Uint8Array(0);
    }
    const seam = concatBytes([tail, piece.subarray(0, 8)]); // a name split between two pieces
    hint ||= NEEDLES.some((n) => includesBytes(piece, n) || includesBytes(seam, n));
    tail = piece.slice(Math.max(0, piece.length - 8));
  });
  if (!hint) return "";
  const xml = pkg.text(path) ?? "";
  return CARRIED_HINT.test(xml)
    ? carriedElements(scanXml(xml, path, (_l, depth) => depth <= 1))
    : "";
}

/** Applies the `fix` edits sheet by sheet; true when one of them replaced a formula. */
function applyEdits(
  pkg: ZipPackage,
  book: WorkbookInfo,
  patch: WorkbookPatch,
  styles: StyleBook
): boolean {
  const bySheet = new Map<string, CellEdit[]>();
  for (const e of patch.edits) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  let removedFormula = false;
  for (const [name, edits] of bySheet) {
    if (patch.sheets.some((s: SheetPatch) => sameSheetName(s.name, name)))
      throw new RangeError(`lembar '${name}' ditulis ulang dan diedit dalam satu patch`);
    const entry = byName(book.sheets, name);
    if (!entry) throw new XlsxError(`lembar '${name}' tidak ada di berkas`);
    const xml = entry.path && entry.kind === "worksheet" ? pkg.text(entry.path) : undefined;
    if (xml === undefined)
      throw new XlsxError(`lembar '${name}' di berkas bukan lembar kerja yang dapat diubah`);
    const result = applyCellEdits(xml, entry.path!, name, edits, (current, edit) =>
      edit.dateTime ? styles.dateTime() : edit.plainFormat ? styles.plainCopy(current) : current
    );
    removedFormula ||= result.removedFormula;
    if (result.xml !== xml) pkg.setText(entry.path!, result.xml);
  }
  return removedFormula;
}

function freshSheetPath(pkg: ZipPackage, dir: string): string {
  let n = 1;
  const re = /^(.*\/)?sheet(\d+)\.xml$/i;
  for (const name of pkg.names) n = Math.max(n, Number(re.exec(name)?.[2] ?? 0) + 1);
  while (pkg.find(`${dir}worksheets/sheet${n}.xml`)) n++;
  return `${dir}worksheets/sheet${n}.xml`;
}

function sheetElement(book: WorkbookInfo, sheet: SheetPatch, sheetId: number, rId: string): string {
  const sheetsEl = book.elements.find((el) => el.depth === 1 && el.local === "sheets");
  const p = sheetsEl ? prefixOf(sheetsEl.name) : "";
  const root = book.elements[0].attrs;
  const bound = prefixForNamespace(root, NS.rel) ?? prefixForNamespace(root, NS.strictRel);
  const idAttr = bound ? `${bound}:id="${rId}"` : `r:id="${rId}" xmlns:r="${NS.rel}"`;
  const state = sheet.veryHidden ? ` state="veryHidden"` : "";
  return `<${p}sheet name="${escapeAttr(sheet.name)}" sheetId="${sheetId}"${state} ${idAttr}/>`;
}

/** Excel rebuilds calcChain.xml; a stale one (listing cells that no longer hold formulas) is "corrupt". */
function dropCalcChain(
  pkg: ZipPackage,
  book: WorkbookInfo,
  ctRoot: XmlElement[],
  relsEdits: Edit[],
  ctEdits: Edit[]
): void {
  const rel = book.rels.rels.find((r) => r.type.endsWith("/calcChain"));
  const path = rel
    ? book.partOfType("calcChain")
    : pkg.find(`${book.path.slice(0, book.path.lastIndexOf("/") + 1)}calcChain.xml`);
  if (rel) relsEdits.push({ start: rel.el.start, end: rel.el.end, text: "" });
  if (!path) return;
  pkg.remove(path);
  const partName = `/${path}`.toLowerCase();
  for (const el of ctRoot) {
    if (
      el.depth === 1 &&
      el.local === "Override" &&
      (el.attrs.PartName ?? "").toLowerCase() === partName
    ) {
      ctEdits.push({ start: el.start, end: el.end, text: "" });
    }
  }
}

/** `<calcPr fullCalcOnLoad="1"/>`: cached results of user formulas may depend on the new sheets. */
function fullCalcOnLoad(book: WorkbookInfo): Edit[] {
  const root = book.elements[0];
  const calcPr = book.elements.find((el) => el.depth === 1 && el.local === "calcPr");
  if (calcPr) {
    if (/^(1|true)$/i.test(calcPr.attrs.fullCalcOnLoad ?? "")) return [];
    const tag = book.xml.slice(calcPr.start, calcPr.openEnd);
    return [
      { start: calcPr.start, end: calcPr.openEnd, text: setAttribute(tag, "fullCalcOnLoad", "1") },
    ];
  }
  const text = `<${prefixOf(root.name)}calcPr fullCalcOnLoad="1"/>`;
  const later = book.elements.find((el) => el.depth === 1 && AFTER_CALCPR.includes(el.local));
  if (later) return [{ start: later.start, end: later.start, text }];
  return [appendTo(book.xml, root, text)];
}
