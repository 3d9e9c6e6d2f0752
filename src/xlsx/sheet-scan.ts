// The hot path of a worksheet: the content of `<sheetData>` read by hand instead of through saxes,
// which spent ~5 s of a 50,000-indicator recap turning every tag into an object. The scanner
// accepts only the plain shape every spreadsheet writer uses — rows of `<c>` holding `<v>`, `<f>`
// or `<is><t>`, attributes in quotes, the five XML entities and character references — and throws
// FALLBACK at anything else (comments, CDATA, rich text, prefixes, a stray character), so the
// part is read again with saxes, which stays the one judge of what is well-formed. Everything
// outside <sheetData> still goes through saxes.
import type { SaxesParser } from "saxes";
import type { CellSink } from "./sheet-cells";
import {
  AMP,
  Attributes,
  decodeText,
  endsName,
  FALLBACK,
  GT,
  holds,
  LT,
  RBRACKET,
  skipSpace,
  SLASH,
} from "./xml-scan";
import type { TextSink } from "./xml";

const OPEN = "<sheetData>";
const CLOSE = "</sheetData>";
/** Kept text past one cell means a huge cell: rescanning it per piece would be quadratic. */
const MAX_CARRY = 1 << 20;

const BEFORE = 0;
const SCANNING = 1;
const AFTER = 2;

/**
 * Stands between the decoded text and saxes: saxes reads the part up to `<sheetData>` and from
 * `</sheetData>` on, the scanner what lies between, into the same CellSink. `opened` counts the
 * sheetData start tags saxes has reported, so a `<sheetData>` inside a comment or CDATA is not
 * taken for the element.
 */
export class SheetDataSplitter implements TextSink {
  private mode = BEFORE;
  private carry = "";
  private inRow = false;
  private done = false;
  private readonly tag = new Attributes();
  /** Index after the end tag of the last content() or inline() read. */
  private end = 0;
  /** The text of the last inline() read. */
  private text = "";

  constructor(
    private readonly parser: SaxesParser,
    private readonly cells: CellSink,
    private readonly opened: () => number
  ) {}

  write(piece: string): void {
    if (this.mode === AFTER) {
      this.parser.write(piece);
      return;
    }
    let s = this.carry + piece;
    this.carry = "";
    while (this.mode === BEFORE) {
      const at = s.indexOf(OPEN);
      if (at < 0) {
        // Keep a `<` that may begin the start tag in the next piece.
        const lt = s.lastIndexOf("<");
        const cut = lt >= 0 && s.length - lt < OPEN.length ? lt : s.length;
        if (cut > 0) this.parser.write(s.slice(0, cut));
        this.carry = s.slice(cut);
        return;
      }
      // Saxes reports the start tag on its `>`: written alone, it tells whether this is the element.
      const gt = at + OPEN.length - 1;
      this.parser.write(s.slice(0, gt));
      const before = this.opened();
      this.parser.write(">");
      s = s.slice(gt + 1);
      // XML 1.1 normalises more line ends than XML 1.0: left to saxes.
      const version = this.parser.xmlDecl.version;
      if (this.opened() !== before && (version === undefined || version === "1.0"))
        this.mode = SCANNING;
    }
    if (this.mode === AFTER) {
      if (s !== "") this.parser.write(s);
      return;
    }
    const i = this.scan(s);
    if (this.done) {
      this.mode = AFTER;
      this.parser.write(s.slice(i));
    } else {
      this.carry = s.slice(i);
      if (this.carry.length > MAX_CARRY) throw FALLBACK;
    }
  }

  close(): void {
    // The part ends inside <sheetData>: saxes says how it is broken.
    if (this.mode === SCANNING) throw FALLBACK;
    if (this.carry !== "") this.parser.write(this.carry);
    this.parser.close();
  }

  /** Reads whole rows' tags and whole cells from `s`; the index up to which it read. */
  private scan(s: string): number {
    const n = s.length;
    let i = 0;
    for (;;) {
      const j = skipSpace(s, i);
      if (j >= n) return j;
      if (s.charCodeAt(j) !== LT) throw FALLBACK;
      if (j + 3 > n) return i;
      if (this.inRow) {
        if (s.charCodeAt(j + 1) === 99 && endsName(s.charCodeAt(j + 2))) {
          const next = this.cell(s, j);
          if (next < 0) return i;
          i = next;
          continue;
        }
        const end = holds(s, j, "</row>");
        if (end === 0) return i;
        if (end < 0) throw FALLBACK;
        this.inRow = false;
        i = j + 6;
        continue;
      }
      const row = holds(s, j, "<row");
      if (row === 1) {
        if (j + 4 >= n) return i;
        if (endsName(s.charCodeAt(j + 4))) {
          const next = this.tag.read(s, j + 4);
          if (next < 0) return i;
          this.cells.openRow(this.tag.r);
          this.inRow = !this.tag.selfClosing;
          i = next;
          continue;
        }
      }
      const close = holds(s, j, CLOSE);
      if (close === 1) {
        this.done = true;
        return j;
      }
      if (row === 0 || close === 0) return i;
      throw FALLBACK;
    }
  }

  /** One `<c>` from `i` through its end tag into the sink; the index after it, -1 when `s` ends first. */
  private cell(s: string, i: number): number {
    const tag = this.tag;
    i = tag.read(s, i + 2);
    if (i < 0) return -1;
    const { r, t, s: style, selfClosing } = tag;
    let v: string | undefined;
    let f: string | undefined;
    let fType: string | undefined;
    let fSi: string | undefined;
    let is: string | undefined;
    while (!selfClosing) {
      i = skipSpace(s, i);
      // Every child still leaves `</c>` to come.
      if (i + 4 > s.length) return -1;
      if (s.charCodeAt(i) !== LT) throw FALLBACK;
      const c1 = s.charCodeAt(i + 1);
      const c2 = s.charCodeAt(i + 2);
      if (c1 === SLASH) {
        if (c2 !== 99 || s.charCodeAt(i + 3) !== GT) throw FALLBACK;
        i += 4;
        break;
      }
      if (c1 === 118 && v === undefined) {
        // <v>
        if (c2 === GT) {
          v = this.content(s, i + 3, "</v>");
          if (v === undefined) return -1;
          i = this.end;
        } else if (c2 === SLASH && s.charCodeAt(i + 3) === GT) {
          v = "";
          i += 4;
        } else throw FALLBACK;
      } else if (c1 === 102 && f === undefined && endsName(c2)) {
        // <f>
        i = tag.read(s, i + 2);
        if (i < 0) return -1;
        fType = tag.t;
        fSi = tag.si;
        if (tag.selfClosing) f = "";
        else {
          f = this.content(s, i, "</f>");
          if (f === undefined) return -1;
          i = this.end;
        }
      } else if (c1 === 105 && c2 === 115 && is === undefined) {
        // <is>
        i = this.inline(s, i + 3);
        if (i < 0) return -1;
        is = this.text;
      } else throw FALLBACK;
    }
    const cells = this.cells;
    cells.openCell(r, t, style);
    if (v !== undefined) {
      cells.hasV = true;
      cells.vText = v;
    }
    if (f !== undefined) {
      cells.hasF = true;
      cells.fText = f;
      cells.fType = fType;
      cells.fSi = fSi;
    }
    if (is !== undefined) {
      cells.hasIs = true;
      cells.isText = is;
    }
    cells.finishCell();
    return i;
  }

  /** Text content from `i` up to the end tag `close`; undefined when `s` ends first. */
  private content(s: string, i: number, close: string): string | undefined {
    const n = s.length;
    let plain = true;
    let lt = i;
    for (; ; lt++) {
      if (lt >= n) return undefined;
      const c = s.charCodeAt(lt);
      if (c === LT) break;
      if (c < 32 || c === AMP || c === RBRACKET || c >= 0xfffe) plain = false;
    }
    const end = holds(s, lt, close);
    if (end === 0) return undefined;
    if (end < 0) throw FALLBACK;
    this.end = lt + close.length;
    return plain ? s.slice(i, lt) : decodeText(s, i, lt);
  }

  /** `<is>` from just after its name: one optional plain `<t>`, no runs or phonetic guides. */
  private inline(s: string, i: number): number {
    const n = s.length;
    if (i + 1 >= n) return -1;
    const c = s.charCodeAt(i);
    this.text = "";
    if (c === SLASH) {
      if (s.charCodeAt(i + 1) !== GT) throw FALLBACK;
      return i + 2;
    }
    if (c !== GT) throw FALLBACK;
    i++;
    let t: string | undefined;
    for (;;) {
      i = skipSpace(s, i);
      if (i + 5 > n) return -1;
      if (s.charCodeAt(i) !== LT) throw FALLBACK;
      if (s.startsWith("</is>", i)) {
        this.text = t ?? "";
        return i + 5;
      }
      if (t !== undefined || s.charCodeAt(i + 1) !== 116 || !endsName(s.charCodeAt(i + 2)))
        throw FALLBACK;
      i = this.tag.read(s, i + 2);
      if (i < 0) return -1;
      if (this.tag.selfClosing) t = "";
      else {
        t = this.content(s, i, "</t>");
        if (t === undefined) return -1;
        i = this.end;
      }
    }
  }
}
