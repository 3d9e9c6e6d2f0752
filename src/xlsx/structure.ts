// How the package ties sheet names to parts: workbook.xml lists sheets with relationship ids, the
// workbook's .rels maps ids to targets (relative to the workbook's folder, or absolute from the
// package root). Both the reader and the writer start here.
import { XlsxError } from "./errors";
import { ZipPackage } from "./package";
import { localName, scanXml, XmlElement } from "./xml";

export type Relationship = {
  id: string;
  type: string;
  target: string;
  external: boolean;
  el: XmlElement;
};

export type RelsPart = {
  path: string;
  xml: string;
  rootEl: XmlElement | undefined;
  rels: Relationship[];
};

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";

export type SheetEntry = {
  name: string;
  sheetId: number;
  rId: string;
  /** The part name in the zip, when the relationship resolves to one. */
  path: string | undefined;
  kind: SheetKind;
  el: XmlElement;
};

export type WorkbookInfo = {
  path: string;
  xml: string;
  elements: XmlElement[];
  sheets: SheetEntry[];
  rels: RelsPart;
  /** The package part a workbook relationship of this type points to (styles, sharedStrings, …). */
  partOfType: (suffix: string) => string | undefined;
  date1904: boolean;
};

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target as a zip entry name (no leading slash, `.` and `..` resolved). */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of target.replace(/^\/+/, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

/** The stored entry a target names, trying the percent-decoded form too (targets are URIs). */
export function locatePart(pkg: ZipPackage, sourcePart: string, target: string): string {
  const path = resolveTarget(sourcePart, target);
  const found = pkg.find(path);
  if (found) return found;
  try {
    return pkg.find(decodeURIComponent(path)) ?? path;
  } catch {
    return path;
  }
}

export function readRels(pkg: ZipPackage, relsPath: string): RelsPart {
  const name = pkg.find(relsPath) ?? relsPath;
  const xml = pkg.text(name) ?? "";
  if (xml === "") return { path: name, xml, rootEl: undefined, rels: [] };
  const elements = scanXml(xml, name, (_local, depth) => depth <= 1);
  const rels = elements
    .filter((el) => el.depth === 1 && el.local === "Relationship")
    .map((el) => ({
      id: el.attrs.Id ?? "",
      type: el.attrs.Type ?? "",
      target: el.attrs.Target ?? "",
      external: (el.attrs.TargetMode ?? "").toLowerCase() === "external",
      el,
    }));
  return { path: name, xml, rootEl: elements[0], rels };
}

function notAWorkbook(pkg: ZipPackage): XlsxError {
  if (pkg.find("xl/workbook.bin"))
    return new XlsxError("berkas .xlsb (biner) tidak didukung — simpan sebagai .xlsx");
  const mimetype = pkg.find("mimetype");
  if (mimetype && /opendocument/.test(pkg.text(mimetype) ?? "")) {
    return new XlsxError("berkas OpenDocument (.ods) tidak didukung — simpan sebagai .xlsx");
  }
  if (pkg.find("word/document.xml"))
    return new XlsxError("berkas ini dokumen Word, bukan buku kerja Excel (.xlsx)");
  return new XlsxError(
    "berkas zip ini bukan buku kerja Excel (.xlsx): bagian workbook tidak ditemukan"
  );
}

function sheetKind(type: string): SheetKind {
  for (const k of ["worksheet", "chartsheet", "dialogsheet", "macrosheet"] as const)
    if (type.endsWith(`/${k}`)) return k;
  return "other";
}

export function readWorkbookPart(pkg: ZipPackage): WorkbookInfo {
  const root = readRels(pkg, "_rels/.rels");
  const office = root.rels.find((r) => r.type.endsWith("/officeDocument") && !r.external);
  const path = office ? locatePart(pkg, "", office.target) : pkg.find("xl/workbook.xml");
  const xml = path ? pkg.text(path) : undefined;
  if (!path || xml === undefined) throw notAWorkbook(pkg);
  // Sheets, definedNames, calcPr and workbookPr all sit directly under the root.
  const elements = scanXml(
    xml,
    path,
    (local, depth) => depth <= 1 || (depth === 2 && local === "sheet")
  );
  if (elements.length === 0 || localName(elements[0].name) !== "workbook") throw notAWorkbook(pkg);
  const rels = readRels(pkg, relsPathFor(path));
  const relById = new Map(rels.rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  for (const el of elements) {
    if (el.depth !== 2 || el.local !== "sheet") continue;
    // The r:id attribute's prefix is whatever the workbook bound to the relationships namespace.
    const rIdKey = Object.keys(el.attrs).find((k) => localName(k) === "id" && k.includes(":"));
    const rId = rIdKey ? el.attrs[rIdKey] : "";
    const rel = relById.get(rId);
    sheets.push({
      name: el.attrs.name ?? "",
      sheetId: Number(el.attrs.sheetId ?? 0),
      rId,
      path: rel && !rel.external ? locatePart(pkg, path, rel.target) : undefined,
      kind: rel ? sheetKind(rel.type) : "other",
      el,
    });
  }
  const workbookPr = elements.find((el) => el.depth === 1 && el.local === "workbookPr");
  const date1904 = /^(1|true)$/i.test(workbookPr?.attrs.date1904 ?? "");
  const partOfType = (suffix: string): string | undefined => {
    const rel = rels.rels.find((r) => r.type.endsWith(`/${suffix}`) && !r.external);
    return rel ? locatePart(pkg, path, rel.target) : undefined;
  };
  return { path, xml, elements, sheets, rels, partOfType, date1904 };
}
