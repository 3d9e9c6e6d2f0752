// Number formats per cell style. The core only needs the format code (to tell a percent or a date
// from a plain number), so the rest of styles.xml is ignored when reading.
import { scanXml } from "./xml";

// ECMA-376 §18.8.30 built-in formats. Ids 5–8, 27–36 and 50–58 depend on the locale and are not
// listed in the standard's table; 14 is written the way Excel shows it in an en-US install.
const BUILTIN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtinFormat(id: number): string | undefined {
  return BUILTIN[id];
}

export const isGeneral = (code: string | undefined): boolean =>
  code === undefined || /^general$/i.test(code.trim());

/**
 * The number format code of each cellXfs entry (index = the cell's `s`), or undefined for General
 * and for ids we cannot name.
 */
export function readCellFormats(
  xml: string | undefined,
  part = "xl/styles.xml"
): (string | undefined)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  const elements = scanXml(
    xml,
    part,
    (local, depth) =>
      depth === 0 || (depth === 1 && (local === "numFmts" || local === "cellXfs")) || depth === 2
  );
  for (const el of elements) {
    if (el.depth !== 2 || el.parent < 0) continue;
    const parent = elements[el.parent].local;
    if (parent === "numFmts" && el.local === "numFmt") {
      custom.set(Number(el.attrs.numFmtId), el.attrs.formatCode ?? "");
    }
  }
  for (const el of elements) {
    if (
      el.depth !== 2 ||
      el.parent < 0 ||
      elements[el.parent].local !== "cellXfs" ||
      el.local !== "xf"
    )
      continue;
    const id = Number(el.attrs.numFmtId ?? 0);
    const code = custom.get(id) ?? BUILTIN[id];
    formats.push(isGeneral(code) ? undefined : code);
  }
  return formats;
}
