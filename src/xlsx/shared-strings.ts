// sharedStrings.xml: one <si> per string, either a plain <t> or rich-text runs <r><t>…</t></r> whose
// texts concatenate. Phonetic guides (<rPh>, furigana) also hold <t> but are not part of the value.
import { SaxesParser } from "saxes";
import { decodeOoxmlEscapes, localName, xmlError } from "./xml";

export function readSharedStrings(
  xml: string | undefined,
  part = "xl/sharedStrings.xml"
): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const parser = new SaxesParser({ position: false });
  let inSi = false;
  let phonetic = 0;
  let inT = false;
  let text = "";
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") {
      inSi = true;
      text = "";
    } else if (!inSi) {
      return;
    } else if (name === "rPh") {
      phonetic++;
    } else if (name === "t" && phonetic === 0 && !tag.isSelfClosing) {
      inT = true;
    }
  });
  parser.on("text", (t) => {
    if (inT) text += t;
  });
  parser.on("cdata", (t) => {
    if (inT) text += t;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "t") inT = false;
    else if (name === "rPh") phonetic--;
    else if (name === "si") {
      out.push(decodeOoxmlEscapes(text));
      inSi = false;
    }
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    throw xmlError(part, err);
  }
  return out;
}
