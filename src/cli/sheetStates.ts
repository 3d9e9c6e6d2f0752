// What Excel's worksheet collection tells the add-in and readSnapshot does not: which sheets are
// worksheets (chart sheets are not), their visibility (`state` on workbook.xml's <sheet>) and whether
// each is protected (<sheetProtection sheet="1"> in its own part).
import { ZipPackage } from "../xlsx/package";
import { readWorkbookPart } from "../xlsx/structure";
import { includesBytes } from "../xlsx/bytes";
import { SheetVisibility } from "../app/ports";

export type SheetState = {
  name: string;
  visibility: SheetVisibility;
  /** Scanned when asked: only the sheet a use case writes into is, not the big quarter sheets. */
  isProtected: () => boolean;
};

const VISIBILITY: Record<string, SheetVisibility> = { hidden: "Hidden", veryHidden: "VeryHidden" };
const NEEDLE = new TextEncoder().encode("sheetProtection");
const PROTECTION = /<(?:[\w.-]+:)?sheetProtection\b([^>]*)>/;

/** The package's worksheets in workbook order. */
export function sheetStates(bytes: Uint8Array): SheetState[] {
  const pkg = ZipPackage.open(bytes);
  return readWorkbookPart(pkg)
    .sheets.filter((s) => s.kind === "worksheet")
    .map((s) => ({
      name: s.name,
      visibility: VISIBILITY[s.el.attrs.state ?? ""] ?? "Visible",
      isProtected: () => (s.path ? protectedPart(pkg, s.path) : false),
    }));
}

function protectedPart(pkg: ZipPackage, path: string): boolean {
  // Streamed past first: a part without the element name (nearly all) is never held whole. A UTF-16
  // part (byte-order mark), where the ASCII needle cannot match, goes straight to parsing.
  let seen = false;
  let tail: Uint8Array | undefined;
  pkg.each(path, (piece) => {
    if (seen) return;
    if (!tail) {
      seen = (piece[0] === 0xff && piece[1] === 0xfe) || (piece[0] === 0xfe && piece[1] === 0xff);
      tail = new Uint8Array(0);
    }
    const seam = new Uint8Array(tail.length + Math.min(piece.length, NEEDLE.length));
    seam.set(tail);
    seam.set(piece.subarray(0, NEEDLE.length), tail.length);
    seen ||= includesBytes(piece, NEEDLE) || includesBytes(seam, NEEDLE);
    tail = piece.slice(Math.max(0, piece.length - NEEDLE.length));
  });
  if (!seen) return false;
  const attrs = PROTECTION.exec(pkg.text(path) ?? "")?.[1] ?? "";
  // xsd:boolean, default false: <sheetProtection/> alone protects nothing.
  return /\bsheet\s*=\s*["']\s*(1|true)\s*["']/i.test(attrs);
}
