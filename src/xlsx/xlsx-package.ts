// A workbook package opened once for a whole command: the zip directory and workbook.xml are read
// once, the reader inflates the parts it needs, and the patch is written from the same entries — a
// read–modify–write never opens the package a second time. What Excel's worksheet collection tells
// the add-in and the snapshot does not (visibility, protection, Protect Workbook) is asked here too.
import { WorkbookPatch, WorkbookSnapshot } from "../core/workbook";
import { concatBytes, includesBytes } from "./bytes";
import { MAX_UNZIPPED_BYTES, ZipPackage } from "./package";
import { notedProtection } from "./part-notes";
import { ReadOptions, readSheets } from "./reader";
import { readWorkbookPart, SheetEntry, WorkbookInfo } from "./structure";
import { PatchOptions, patchOpened } from "./writer";
import { decodeXml } from "./xml";

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";
export type WorksheetState = { name: string; visibility: SheetVisibility };

const VISIBILITY: Record<string, SheetVisibility> = { hidden: "Hidden", veryHidden: "VeryHidden" };
const NEEDLE = new TextEncoder().encode("sheetProtection");
const PROTECTION = /<(?:[\w.-]+:)?sheetProtection\b([^>]*)(>)?/;
/** Bytes kept from a piece's end: a prefixed element name split between two pieces. */
const CARRY = 64;
const latin1 = new TextDecoder("latin1");

export class XlsxPackage {
  private patched = false;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly pkg: ZipPackage,
    private readonly book: WorkbookInfo
  ) {}

  /** Refuses what is not an .xlsx workbook (XlsxError); inflates only workbook.xml and its relationships. */
  static open(bytes: Uint8Array, maxUnzippedBytes = MAX_UNZIPPED_BYTES): XlsxPackage {
    const pkg = ZipPackage.open(bytes, maxUnzippedBytes);
    return new XlsxPackage(bytes, pkg, readWorkbookPart(pkg));
  }

  /** The worksheets in workbook order (chart sheets are not worksheets). */
  worksheets(): WorksheetState[] {
    return this.book.sheets
      .filter((s) => s.kind === "worksheet")
      .map((s) => ({ name: s.name, visibility: VISIBILITY[s.el.attrs.state ?? ""] ?? "Visible" }));
  }

  read(options: Omit<ReadOptions, "maxUnzippedBytes"> = {}): WorkbookSnapshot {
    this.assertUnpatched();
    return readSheets(this.pkg, this.book, options);
  }

  /**
   * Whether the worksheet holds <sheetProtection sheet="1">: as noted when we wrote the part and it
   * is unchanged since (part-notes.ts), else inflated piece by piece, never held whole.
   */
  isProtected(sheet: string): boolean {
    this.assertUnpatched();
    const entry = this.book.sheets.find((s) => s.name === sheet);
    if (entry?.kind !== "worksheet" || !entry.path) return false;
    return notedProtection(this.pkg.noted(entry.path)) ?? protectedPart(this.pkg, entry);
  }

  /** Protect Workbook: `<workbookProtection lockStructure="1"/>` in workbook.xml. */
  structureLocked(): boolean {
    const protection = this.book.elements.find(
      (el) => el.depth === 1 && el.local === "workbookProtection"
    );
    // xsd:boolean: "1" or "true" (attributes are unqualified in every producer seen).
    return /^\s*(1|true)\s*$/i.test(protection?.attrs.lockStructure ?? "");
  }

  /**
   * The package with `patch` applied, as bytes; the package as it was for an empty patch. Once: the
   * patch changes the entries this object reads.
   */
  patch(patch: WorkbookPatch, options: PatchOptions = {}): Uint8Array {
    this.assertUnpatched();
    if (patch.sheets.length === 0 && patch.edits.length === 0) return this.bytes.slice();
    this.patched = true;
    return patchOpened(this.pkg, this.book, patch, options);
  }

  private assertUnpatched(): void {
    if (this.patched) throw new Error("XlsxPackage: already patched");
  }
}

/**
 * Streamed past: nearly every part lacks the element and is never decoded; a piece holding the
 * element name is decoded alone, and a tag split between two pieces is carried over. A UTF-16 part
 * (byte-order mark), where the ASCII needle cannot match, is decoded whole.
 */
function protectedPart(pkg: ZipPackage, entry: SheetEntry): boolean {
  const path = entry.path as string;
  let utf16: boolean | undefined;
  let carry = new Uint8Array(0);
  let attrs: string | undefined;
  pkg.each(path, (piece) => {
    if (attrs !== undefined || utf16) return;
    utf16 ??= (piece[0] === 0xff && piece[1] === 0xfe) || (piece[0] === 0xfe && piece[1] === 0xff);
    const window = concatBytes([carry, piece]);
    const keep = () => window.slice(Math.max(0, window.length - CARRY));
    if (!includesBytes(window, NEEDLE)) return void (carry = keep());
    const m = PROTECTION.exec(latin1.decode(window));
    if (!m)
      carry = keep(); // the name in a cell's text, not an element
    else if (m[2] === undefined)
      carry = window.slice(m.index); // the tag goes on in the next piece
    else attrs = m[1];
  });
  if (utf16) attrs = PROTECTION.exec(decodeXml(pkg.get(path) as Uint8Array))?.[1];
  // xsd:boolean, default false: <sheetProtection/> alone protects nothing.
  return /\bsheet\s*=\s*["']\s*(1|true)\s*["']/i.test(attrs ?? "");
}
