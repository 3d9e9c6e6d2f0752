// Surgery on .xlsx packages for corpus cases the object model cannot express (inline strings,
// shared formulas, a chart made by another tool, broken zips).
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export type Entries = Record<string, Uint8Array>;

export function editZip(bytes: Uint8Array, edit: (entries: Entries) => void): Uint8Array {
  const entries = unzipSync(bytes);
  edit(entries);
  return zipSync(entries);
}

export const text = (entries: Entries, name: string): string => {
  const e = entries[name];
  if (!e) throw new Error(`no ${name} in package`);
  return strFromU8(e);
};
export const setText = (entries: Entries, name: string, value: string): void => {
  entries[name] = strToU8(value);
};

/** The part of a sheet by its name, through workbook.xml and its relationships. */
export function sheetPart(entries: Entries, sheet: string): string {
  const wb = text(entries, "xl/workbook.xml");
  const m =
    new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wb) ??
    new RegExp(`<sheet [^>]*r:id="([^"]+)"[^>]*name="${sheet}"`).exec(wb);
  if (!m) throw new Error(`no sheet ${sheet}`);
  const rels = text(entries, "xl/_rels/workbook.xml.rels");
  const t =
    new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels) ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
  if (!t) throw new Error(`no relationship ${m[1]}`);
  return t[1].startsWith("/") ? t[1].slice(1) : `xl/${t[1]}`;
}

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'TW I'!$E$3:$E$6</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik Realisasi"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

/** Adds a column chart of TW I's Realisasi on that sheet, as a chart made by another tool would be. */
export function addChart(entries: Entries, sheet: string): void {
  const part = sheetPart(entries, sheet);
  const relsName = part.replace(/([^/]+)$/, "_rels/$1.rels");
  if (entries[relsName]) throw new Error("sheet already has relationships; pick another sheet");
  setText(entries, "xl/charts/chart91.xml", CHART);
  setText(entries, "xl/drawings/drawing91.xml", DRAWING);
  setText(
    entries,
    "xl/drawings/_rels/drawing91.xml.rels",
    rels(
      "rId1",
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
      "../charts/chart91.xml"
    )
  );
  setText(
    entries,
    relsName,
    rels(
      "rId91",
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
      "../drawings/drawing91.xml"
    )
  );
  const xml = text(entries, part);
  const withNs = xml.includes('xmlns:r="')
    ? xml
    : xml.replace(
        "<worksheet ",
        '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      );
  setText(entries, part, withNs.replace("</worksheet>", '<drawing r:id="rId91"/></worksheet>'));
  const types = text(entries, "[Content_Types].xml").replace(
    "</Types>",
    '<Override PartName="/xl/charts/chart91.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/xl/drawings/drawing91.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>'
  );
  setText(entries, "[Content_Types].xml", types);
}

const rels = (id: string, type: string, target: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`;
