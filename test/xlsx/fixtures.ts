// Fixture packages for the xlsx tests: ExcelJS-made workbooks (what `init` writes) and hand-made
// packages for the corners ExcelJS never produces (inline strings, shared formulas, missing `r`, …).
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export async function excelJsBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function loadExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

export const unzip = (bytes: Uint8Array): Record<string, Uint8Array> => unzipSync(bytes);
export const entryText = (bytes: Uint8Array, name: string): string =>
  strFromU8(unzipSync(bytes)[name]);

/** A package from part texts, in the given order. */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (const [name, body] of Object.entries(parts))
    files[name] = typeof body === "string" ? strToU8(body) : body;
  return zipSync(files);
}

/** The same package with some entries replaced (string) or removed (null). */
export function withParts(bytes: Uint8Array, changes: Record<string, string | null>): Uint8Array {
  const files = unzipSync(bytes);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    if (name in changes) {
      const c = changes[name];
      if (c !== null) out[name] = strToU8(c);
    } else out[name] = data;
  }
  for (const [name, c] of Object.entries(changes))
    if (!(name in files) && c !== null) out[name] = strToU8(c);
  return zipSync(out);
}

export type HandSheet = { name: string; xml: string; target?: string };

/** A minimal package around hand-written sheet XML. */
export function handPackage(
  sheets: HandSheet[],
  extra: { styles?: string; sharedStrings?: string; workbookPr?: string } = {}
): Uint8Array {
  const parts: Record<string, string> = {};
  const overrides = sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
  );
  if (extra.styles)
    overrides.push(
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`
    );
  if (extra.sharedStrings)
    overrides.push(
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
    );
  parts["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`;
  parts["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const rels = sheets.map(
    (s, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`
  );
  if (extra.styles)
    rels.push(`<Relationship Id="rId90" Type="${REL}/styles" Target="styles.xml"/>`);
  if (extra.sharedStrings)
    rels.push(`<Relationship Id="rId91" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  parts["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${extra.workbookPr ?? ""}<sheets>` +
    sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("") +
    `</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;
  sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml));
  if (extra.styles) parts["xl/styles.xml"] = extra.styles;
  if (extra.sharedStrings) parts["xl/sharedStrings.xml"] = extra.sharedStrings;
  return zipParts(parts);
}

export const sheetXml = (sheetData: string, after = ""): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
