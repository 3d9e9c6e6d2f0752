// The XML tokens the <sheetData> scanner (sheet-scan.ts) reads by hand: attributes, character data
// and its references, exactly as saxes reads them, or FALLBACK where saxes would read them otherwise
// (or refuse them) — the part is then read again with saxes.

/** The part needs the full XML parser: read it again from the start with saxes. */
export const FALLBACK = new Error("sheet needs the full XML parser");

export const LT = 60;
export const GT = 62;
export const SLASH = 47;
export const AMP = 38;
export const RBRACKET = 93;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
// ASCII names only; anything else is saxes's to judge.
const isNameStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
const isNameChar = (c: number): boolean =>
  isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;
/** The character that may follow an element name in a start tag. */
export const endsName = (c: number): boolean => isSpace(c) || c === GT || c === SLASH;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML 1.0's Char production, which a character reference must match. */
function isChar(c: number): boolean {
  return (
    c === 9 ||
    c === 10 ||
    c === 13 ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

function entity(name: string): string {
  const named = Object.prototype.hasOwnProperty.call(ENTITIES, name) ? ENTITIES[name] : undefined;
  if (named !== undefined) return named;
  const code = /^#[0-9]+$/.test(name)
    ? parseInt(name.slice(1), 10)
    : /^#x[0-9a-fA-F]+$/.test(name)
      ? parseInt(name.slice(2), 16)
      : NaN;
  if (!isChar(code)) throw FALLBACK;
  return String.fromCodePoint(code);
}

/** Character data [a, b) with its references resolved; what saxes would refuse or rewrite falls back. */
export function decodeText(s: string, a: number, b: number): string {
  const cdataEnd = s.indexOf("]]>", a);
  if (cdataEnd >= 0 && cdataEnd + 3 <= b) throw FALLBACK;
  let out = "";
  let run = a;
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    if (c === AMP) {
      const semi = s.indexOf(";", k);
      if (semi < 0 || semi >= b) throw FALLBACK;
      out += s.slice(run, k) + entity(s.slice(k + 1, semi));
      k = semi;
      run = semi + 1;
    } else if ((c < 32 && c !== 9 && c !== 10) || c >= 0xfffe) {
      // Controls are not XML; a carriage return would need XML's line-end normalisation.
      throw FALLBACK;
    }
  }
  return out + s.slice(run, b);
}

/** The attributes the reader uses, of the start tag being scanned. */
export class Attributes {
  r: string | undefined;
  t: string | undefined;
  s: string | undefined;
  si: string | undefined;
  selfClosing = false;
  // Where the tag's attribute names are, to refuse a repeated one as saxes does.
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /**
   * Reads attributes from `i` (just after the element name) through the tag's end; the index
   * after it, or -1 when the text ends first.
   */
  read(s: string, i: number): number {
    this.r = this.t = this.s = this.si = undefined;
    const n = s.length;
    for (let count = 0; ; count++) {
      if (i >= n) return -1;
      let c = s.charCodeAt(i);
      let spaced = false;
      while (isSpace(c)) {
        spaced = true;
        if (++i >= n) return -1;
        c = s.charCodeAt(i);
      }
      if (c === GT) {
        this.selfClosing = false;
        return i + 1;
      }
      if (c === SLASH) {
        if (i + 1 >= n) return -1;
        if (s.charCodeAt(i + 1) !== GT) throw FALLBACK;
        this.selfClosing = true;
        return i + 2;
      }
      if (!spaced || !isNameStart(c)) throw FALLBACK;
      const nameStart = i;
      do {
        if (++i >= n) return -1;
        c = s.charCodeAt(i);
      } while (isNameChar(c));
      const nameEnd = i;
      while (isSpace(c)) {
        if (++i >= n) return -1;
        c = s.charCodeAt(i);
      }
      if (c !== 61) throw FALLBACK; // =
      do {
        if (++i >= n) return -1;
        c = s.charCodeAt(i);
      } while (isSpace(c));
      if (c !== 34 && c !== 39) throw FALLBACK; // " or '
      const valueStart = i + 1;
      let valueEnd = valueStart;
      for (; ; valueEnd++) {
        if (valueEnd >= n) return -1;
        const d = s.charCodeAt(valueEnd);
        if (d === c) break;
        // Entities, and the blanks saxes normalises to spaces, are left to saxes.
        if (d < 32 || d === AMP || d === LT || d >= 0xfffe) throw FALLBACK;
      }
      if (this.repeats(s, nameStart, nameEnd, count)) throw FALLBACK;
      this.starts[count] = nameStart;
      this.ends[count] = nameEnd;
      const first = s.charCodeAt(nameStart);
      if (nameEnd - nameStart === 1) {
        if (first === 114) this.r = s.slice(valueStart, valueEnd);
        else if (first === 116) this.t = s.slice(valueStart, valueEnd);
        else if (first === 115) this.s = s.slice(valueStart, valueEnd);
      } else if (
        nameEnd - nameStart === 2 &&
        first === 115 &&
        s.charCodeAt(nameStart + 1) === 105
      ) {
        this.si = s.slice(valueStart, valueEnd);
      }
      i = valueEnd + 1;
    }
  }

  private repeats(s: string, start: number, end: number, count: number): boolean {
    const length = end - start;
    for (let a = 0; a < count; a++) {
      if (this.ends[a] - this.starts[a] !== length) continue;
      let k = 0;
      while (k < length && s.charCodeAt(this.starts[a] + k) === s.charCodeAt(start + k)) k++;
      if (k === length) return true;
    }
    return false;
  }
}

/** 1 when `s` holds `lit` at `i`, 0 when `s` ends before telling, -1 when it holds something else. */
export function holds(s: string, i: number, lit: string): number {
  const length = Math.min(lit.length, s.length - i);
  for (let k = 0; k < length; k++) if (s.charCodeAt(i + k) !== lit.charCodeAt(k)) return -1;
  return length === lit.length ? 1 : 0;
}

export function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}
