// XML helpers shared by the reader and the writer. Parsing is always saxes; what lives here is the
// small glue around it: text encoding, escaping for the XML we write, and a scan that reports where
// each element sits in the source string so the writer can splice a part instead of re-serialising
// it (re-serialising would change bytes the patch does not own).
import { SaxesParser } from "saxes";
import { concatBytes } from "./bytes";
import { XlsxError } from "./errors";

const utf8 = new TextDecoder("utf-8");
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");
const encoder = new TextEncoder();

/** Bytes of a part to a string; Excel writes UTF-8, but the XML spec allows UTF-16 with a BOM. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return utf16le.decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return utf16be.decode(bytes.subarray(2));
  return utf8.decode(bytes); // strips a UTF-8 BOM
}

/** A part we changed is always written as UTF-8, so a declaration naming another encoding must go. */
export function encodeXml(xml: string): Uint8Array {
  const fixed = xml.replace(
    /^(<\?xml[^>]*?encoding\s*=\s*)(["'])(?!utf-8\2)[^"']*\2/i,
    "$1$2UTF-8$2"
  );
  return encoder.encode(fixed);
}

/** A part's bytes, handed to `take` piece by piece; may be called again to read the part again. */
export type ByteSource = (take: (piece: Uint8Array) => void) => void;

/** Where decoded text goes: a SaxesParser, or the sheet scanner in front of one. */
export type TextSink = { write(text: string): unknown; close(): unknown };

/**
 * Feeds the pieces to the parser as text; a decoder in stream mode keeps characters split between
 * pieces whole. UTF-16 (allowed by XML with a byte-order mark, never written by Excel) is collected
 * and decoded at once.
 */
export function writeDecoded(parser: TextSink, source: ByteSource): void {
  let head: Uint8Array[] | undefined = [];
  let utf16: Uint8Array[] | undefined;
  const decoder = new TextDecoder("utf-8");
  source((piece) => {
    if (head) {
      // The byte-order mark decides; it may (in theory) arrive split over pieces.
      head.push(piece);
      const start = concatBytes(head);
      if (start.length < 2) return;
      head = undefined;
      if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff))
        utf16 = [];
      piece = start;
    }
    if (utf16) utf16.push(piece);
    else parser.write(decoder.decode(piece, { stream: true }));
  });
  if (utf16) parser.write(decodeXml(concatBytes(utf16)));
  else parser.write(decoder.decode(head ? concatBytes(head) : undefined));
  parser.close();
}

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/U+FFFF; a cell value carrying one
// would make Excel refuse the whole file, so they are dropped. Matching control characters is the point.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// One test on the fast path: most cell texts need no change at all.
// eslint-disable-next-line no-control-regex
const NEEDS_WORK = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

export function escapeText(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  return s
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

export function escapeAttr(s: string): string {
  let out = escapeText(s);
  // Tabs and newlines in attribute values are normalised to spaces by parsers unless escaped.
  if (/["\t\n\r]/.test(out))
    out = out
      .replace(/"/g, "&quot;")
      .replace(/\t/g, "&#9;")
      .replace(/\n/g, "&#10;")
      .replace(/\r/g, "&#13;");
  return out;
}

/** Excel stores characters XML cannot carry as `_xHHHH_` (e.g. `_x000D_`) in string values. */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

export function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

/** `x:` for `x:sheet`, `` for `sheet`: new elements must use the prefix the part already uses. */
export function prefixOf(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? "" : qname.slice(0, i + 1);
}

export type XmlElement = {
  name: string;
  local: string;
  attrs: Record<string, string>;
  depth: number;
  /** Index of the element in the scan result, or -1 for the root's parent. */
  parent: number;
  /** Index of `<` of the start tag. */
  start: number;
  /** Index just after the `>` of the start tag. */
  openEnd: number;
  /** Index just after the `>` of the end tag (equal to openEnd when self-closing). */
  end: number;
  /** Index of `<` of the end tag (equal to start when self-closing). */
  closeStart: number;
  selfClosing: boolean;
};

/** Turns a saxes failure into the one-line message the CLI shows. */
export function xmlError(part: string, err: unknown): XlsxError {
  const detail = err instanceof Error ? err.message.split("\n")[0] : String(err);
  return new XlsxError(`bagian ${part} di dalam berkas rusak (XML tidak sah: ${detail})`);
}

/**
 * Every element of a (small) part with its source offsets. `keep` may prune the list by depth or
 * name; parents are still tracked for the elements that are kept.
 */
export function scanXml(
  xml: string,
  part: string,
  keep?: (local: string, depth: number) => boolean
): XmlElement[] {
  const parser = new SaxesParser({ position: true });
  const out: XmlElement[] = [];
  const stack: number[] = []; // indices into out, -1 for pruned elements
  let tagStart = 0;
  parser.on("opentagstart", () => {
    tagStart = xml.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag) => {
    const depth = stack.length;
    const local = localName(tag.name);
    if (keep && !keep(local, depth)) {
      stack.push(-1);
      return;
    }
    let parent = -1;
    for (let i = stack.length - 1; i >= 0; i--)
      if (stack[i] >= 0) {
        parent = stack[i];
        break;
      }
    const pos = parser.position;
    out.push({
      name: tag.name,
      local,
      attrs: tag.attributes as Record<string, string>,
      depth,
      parent,
      start: tagStart,
      openEnd: pos,
      end: pos,
      closeStart: tagStart,
      selfClosing: tag.isSelfClosing,
    });
    stack.push(out.length - 1);
  });
  parser.on("closetag", (tag) => {
    const index = stack.pop();
    if (index === undefined || index < 0 || tag.isSelfClosing) return;
    const el = out[index];
    el.end = parser.position;
    el.closeStart = xml.lastIndexOf("<", parser.position - 1);
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    throw xmlError(part, err);
  }
  return out;
}

/** Sets (or adds) one attribute in the start tag `tag` (the exact source text of a start tag). */
export function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.]/g, "\\.")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const quoted = `"${escapeAttr(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_, lead: string) => `${lead}${quoted}`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  let cut = close;
  while (cut > 0 && /\s/.test(tag[cut - 1])) cut--;
  return `${tag.slice(0, cut)} ${name}=${quoted}${tag.slice(cut)}`;
}

/** Replaces non-overlapping [start, end) ranges of `src`; edits may come in any order. */
export function splice(src: string, edits: { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`overlapping edits at ${e.start}`);
    parts.push(src.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(src.slice(at));
  return parts.join("");
}

/** The prefix bound to namespace `uri` on element attributes (`r` in `xmlns:r="…"`), if any. */
export function prefixForNamespace(attrs: Record<string, string>, uri: string): string | undefined {
  for (const [k, v] of Object.entries(attrs))
    if (k.startsWith("xmlns:") && v === uri) return k.slice(6);
  return undefined;
}

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  strictRel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
} as const;
