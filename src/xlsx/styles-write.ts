// Styles for what the writer produces, added to styles.xml by APPENDING only: user cells point at
// cellXfs (and xfs at fonts, fills, borders) by index, so no existing entry may move. Every entry we
// need is looked up by its exact serialized text first, so patching our own output again appends
// nothing and leaves styles.xml byte-identical.
import { CellStyle } from "../core/workbook";
import { escapeAttr, NS, prefixOf, scanXml, setAttribute, splice, XmlElement } from "./xml";

const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

type SectionName = "fonts" | "fills" | "borders" | "cellXfs";

type Section = { el: XmlElement | undefined; children: string[]; added: string[] };

/** A styles.xml for a package that has none (Excel's own minimum). */
export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS.main}">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

export const STYLE_ROLES: readonly CellStyle[] = [
  "title",
  "subtitle",
  "header",
  "text",
  "number",
  "decimal",
  "integer",
  "dateTime",
];

export class StyleBook {
  private readonly p: string;
  private readonly root: XmlElement;
  private readonly sections = new Map<SectionName, Section>();
  private readonly sectionEls = new Map<string, XmlElement>();
  private readonly fontName: string;
  private readonly fontSize: string;
  private readonly hasStyleXfs: boolean;
  private readonly roleCache = new Map<CellStyle, number>();

  constructor(
    private readonly xml: string,
    part: string
  ) {
    const elements = scanXml(xml, part, (_l, depth) => depth <= 3);
    this.root = elements[0];
    this.p = prefixOf(this.root.name);
    for (const el of elements) if (el.depth === 1) this.sectionEls.set(el.local, el);
    for (const name of ["fonts", "fills", "borders", "cellXfs"] as SectionName[]) {
      const el = this.sectionEls.get(name);
      const index = el ? elements.indexOf(el) : -1;
      const children = elements
        .filter((c) => c.depth === 2 && c.parent === index && index >= 0)
        .map((c) => xml.slice(c.start, c.end));
      this.sections.set(name, { el, children, added: [] });
    }
    // New fonts take the workbook's body font, so the recap looks like the rest of the workbook.
    const fontsIndex = elements.findIndex((el) => el.depth === 1 && el.local === "fonts");
    const font0 = elements.findIndex(
      (el) => el.depth === 2 && el.parent === fontsIndex && fontsIndex >= 0
    );
    const prop = (local: string): string | undefined =>
      font0 >= 0
        ? elements.find((el) => el.depth === 3 && el.parent === font0 && el.local === local)?.attrs
            .val
        : undefined;
    this.fontName = prop("name") ?? "Calibri";
    this.fontSize = prop("sz") ?? "11";
    const styleXfs = this.sectionEls.get("cellStyleXfs");
    this.hasStyleXfs =
      !!styleXfs &&
      elements.some((el) => el.depth === 2 && el.parent === elements.indexOf(styleXfs));
    this.ensureDefaults();
  }

  /** The cellXfs index for a presentation role. */
  role(role: CellStyle): number {
    const cached = this.roleCache.get(role);
    if (cached !== undefined) return cached;
    const p = this.p;
    const top = `<${p}alignment vertical="top"/>`;
    let index: number;
    switch (role) {
      case "title":
        index = this.xf(0, this.font(`<${p}b/><${p}sz val="14"/>`), 0, 0, "");
        break;
      case "subtitle":
        index = this.xf(
          0,
          this.font(
            `<${p}i/><${p}sz val="${escapeAttr(this.fontSize)}"/><${p}color rgb="FF595959"/>`
          ),
          0,
          0,
          ""
        );
        break;
      case "header": {
        const fill = this.add(
          "fills",
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FFD9E1F2"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`
        );
        const side = (s: string) => `<${p}${s} style="thin"><${p}color auto="1"/></${p}${s}>`;
        const border = this.add(
          "borders",
          `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`
        );
        const font = this.font(`<${p}b/><${p}sz val="${escapeAttr(this.fontSize)}"/>`);
        index = this.xf(
          0,
          font,
          fill,
          border,
          `<${p}alignment horizontal="center" vertical="center" wrapText="1"/>`
        );
        break;
      }
      case "text":
        index = this.xf(0, 0, 0, 0, `<${p}alignment vertical="top" wrapText="1"/>`);
        break;
      case "number":
        index = this.xf(0, 0, 0, 0, top);
        break;
      case "decimal":
        index = this.xf(2, 0, 0, 0, top); // built-in "0.00"
        break;
      case "integer":
        index = this.xf(1, 0, 0, 0, top); // built-in "0"
        break;
      case "dateTime":
        index = this.dateTime();
        break;
    }
    this.roleCache.set(role, index);
    return index;
  }

  /**
   * A date-and-time cell: built-in number format 22, which Excel shows in the user's locale (d/m/yyyy
   * h:mm in Indonesian); built in, so styles.xml needs no custom numFmt.
   */
  dateTime(): number {
    this.dateTimeXf ??= this.xf(22, 0, 0, 0, "");
    return this.dateTimeXf;
  }
  private dateTimeXf: number | undefined;

  /** A copy of cellXfs[xfIndex] showing its number as General (for the `fix` command). */
  plainCopy(xfIndex: number): number {
    const xfs = this.sections.get("cellXfs")!;
    const all = [...xfs.children, ...xfs.added];
    const source = all[xfIndex] ?? all[0];
    const index = all[xfIndex] !== undefined ? xfIndex : 0;
    const tagEnd = source.indexOf(">") + 1;
    const startTag = source.slice(0, tagEnd);
    const id = /\snumFmtId\s*=\s*["']([^"']*)["']/.exec(startTag)?.[1] ?? "0";
    if (Number(id) === 0) return index;
    return this.add("cellXfs", setAttribute(startTag, "numFmtId", "0") + source.slice(tagEnd));
  }

  /** The new styles.xml, or undefined when nothing had to be added. */
  result(): string | undefined {
    if (this.root.selfClosing) return this.rebuildEmptyRoot();
    const edits: { start: number; end: number; text: string }[] = [];
    for (const name of ["fonts", "fills", "borders", "cellXfs"] as SectionName[]) {
      const s = this.sections.get(name)!;
      if (s.added.length === 0) continue;
      const count = String(s.children.length + s.added.length);
      const body = s.added.join("");
      if (s.el && !s.el.selfClosing) {
        const startTag = this.xml.slice(s.el.start, s.el.openEnd);
        edits.push({
          start: s.el.start,
          end: s.el.openEnd,
          text: setAttribute(startTag, "count", count),
        });
        edits.push({ start: s.el.closeStart, end: s.el.closeStart, text: body });
      } else if (s.el) {
        const open = setAttribute(this.xml.slice(s.el.start, s.el.end), "count", count).replace(
          /\s*\/>$/,
          ">"
        );
        edits.push({ start: s.el.start, end: s.el.end, text: `${open}${body}</${s.el.name}>` });
      } else {
        const at = this.insertionPoint(name);
        edits.push({
          start: at,
          end: at,
          text: `<${this.p}${name} count="${count}">${body}</${this.p}${name}>`,
        });
      }
    }
    return edits.length ? splice(this.xml, edits) : undefined;
  }

  /** `<styleSheet/>` (never written by Excel, but well-formed): the sections become its content. */
  private rebuildEmptyRoot(): string {
    const body = (["fonts", "fills", "borders", "cellXfs"] as SectionName[])
      .map((name) => {
        const s = this.sections.get(name)!;
        return `<${this.p}${name} count="${s.added.length}">${s.added.join("")}</${this.p}${name}>`;
      })
      .join("");
    const open = this.xml.slice(this.root.start, this.root.end).replace(/\s*\/>$/, ">");
    return splice(this.xml, [
      { start: this.root.start, end: this.root.end, text: `${open}${body}</${this.root.name}>` },
    ]);
  }

  /** Where a missing section goes: before the first later section present, else before the end. */
  private insertionPoint(name: string): number {
    for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(name) + 1)) {
      const el = this.sectionEls.get(later);
      if (el) return el.start;
    }
    return this.root.selfClosing ? this.root.end : this.root.closeStart;
  }

  /** Sections a usable stylesheet cannot lack; only a hand-made package misses them. */
  private ensureDefaults(): void {
    const p = this.p;
    const defaults: [SectionName, string[]][] = [
      ["fonts", [`<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`]],
      [
        "fills",
        [
          `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`,
          `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`,
        ],
      ],
      [
        "borders",
        [`<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`],
      ],
      ["cellXfs", [`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`]],
    ];
    for (const [name, items] of defaults) {
      const s = this.sections.get(name)!;
      for (let i = s.children.length; i < items.length; i++) s.added.push(items[i]);
    }
  }

  private font(props: string): number {
    const p = this.p;
    return this.add(
      "fonts",
      `<${p}font>${props}<${p}name val="${escapeAttr(this.fontName)}"/></${p}font>`
    );
  }

  private xf(
    numFmtId: number,
    fontId: number,
    fillId: number,
    borderId: number,
    alignment: string
  ): number {
    const p = this.p;
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"`;
    if (this.hasStyleXfs) attrs += ` xfId="0"`;
    if (numFmtId) attrs += ` applyNumberFormat="1"`;
    if (fontId) attrs += ` applyFont="1"`;
    if (fillId) attrs += ` applyFill="1"`;
    if (borderId) attrs += ` applyBorder="1"`;
    if (alignment) attrs += ` applyAlignment="1"`;
    return this.add(
      "cellXfs",
      alignment ? `<${p}xf ${attrs}>${alignment}</${p}xf>` : `<${p}xf ${attrs}/>`
    );
  }

  /** Index of an identical entry, appending one when there is none. */
  private add(name: SectionName, text: string): number {
    const s = this.sections.get(name)!;
    const existing = s.children.indexOf(text);
    if (existing >= 0) return existing;
    const added = s.added.indexOf(text);
    if (added >= 0) return s.children.length + added;
    s.added.push(text);
    return s.children.length + s.added.length - 1;
  }
}
