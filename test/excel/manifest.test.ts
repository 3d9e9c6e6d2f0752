// manifest.xml checked offline (Microsoft's validator needs the network and does not follow resid
// references anyway): well-formed, every resid resolves, ids unique, https only, Office's string
// limits, and the ribbon's function names exactly those src/commands registers.
import fs from "fs";
import path from "path";
import { SaxesParser } from "saxes";
import { registerCommands } from "../../src/commands/register";
import { STRINGS } from "../../src/i18n/strings";
import { WorkbookGateway } from "../../src/app/ports";

type El = { name: string; attrs: Record<string, string>; children: El[]; text: string };

function parse(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const root: El = { name: "#document", attrs: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const el: El = {
      name: tag.local,
      attrs: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.local, a.value])),
      children: [],
      text: "",
    };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on("text", (t) => (stack[stack.length - 1].text += t));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close(); // throws on anything not well-formed
  return root;
}

const all = (el: El): El[] => [el, ...el.children.flatMap(all)];
const ROOT = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const elements = all(parse(xml));
const named = (name: string) => elements.filter((e) => e.name === name);
const resources = (group: string) => named(group).flatMap((g) => g.children);

describe("manifest.xml", () => {
  test("has a GUID id, the Excel host, and Rekap Kinerja as its name", () => {
    expect(named("Id")[0].text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(named("Host").map((h) => h.attrs.Name ?? h.attrs.type)).toEqual([
      "Workbook",
      "Workbook",
    ]);
    expect(named("DisplayName")[0].attrs.DefaultValue).toBe("Rekap Kinerja");
  });

  test("every resid names a resource, every resource is used, and ids are unique", () => {
    const ids = ["Images", "Urls", "ShortStrings", "LongStrings"]
      .flatMap(resources)
      .map((r) => r.attrs.id);
    const used = new Set(elements.map((e) => e.attrs.resid).filter(Boolean));
    expect([...used].filter((r) => !ids.includes(r))).toEqual([]);
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const controls = [...named("Control"), ...named("Group")].map((c) => c.attrs.id);
    expect(new Set(controls).size).toBe(controls.length);
  });

  test("every URL is https, and every icon it names is in assets/", () => {
    const urls = elements.flatMap((e) =>
      [
        e.attrs.DefaultValue,
        e.attrs.Value,
        e.name === "AppDomain" || e.name === "SourceLocation" ? e.text : undefined,
      ].filter((v): v is string => typeof v === "string" && /^[a-z]+:\/\//i.test(v))
    );
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
    for (const icon of urls.filter((u) => u.endsWith(".png")))
      expect(fs.existsSync(path.join(ROOT, new URL(icon).pathname))).toBe(true);
  });

  test("strings stay within Office's limits (short 125, long 250; name 125, description 250)", () => {
    const texts = (els: El[]) =>
      els.flatMap((s) => [s.attrs.DefaultValue, ...s.children.map((o) => o.attrs.Value)]);
    expect(texts(resources("ShortStrings")).filter((s) => s.length > 125)).toEqual([]);
    expect(texts(resources("LongStrings")).filter((s) => s.length > 250)).toEqual([]);
    expect(texts(named("DisplayName")).filter((s) => s.length > 125)).toEqual([]);
    expect(texts(named("Description").slice(0, 1)).filter((s) => s.length > 250)).toEqual([]);
  });

  test("the ribbon's function names are exactly those src/commands associates", () => {
    const associated: string[] = [];
    registerCommands((name) => associated.push(name), {
      gateway: () => ({}) as WorkbookGateway,
      strings: STRINGS.id,
      notify: async () => undefined,
    });
    const inManifest = named("FunctionName").map((f) => f.text.trim());
    expect([...inManifest].sort()).toEqual([...associated].sort());
    expect(named("Action").map((a) => a.attrs.type)).toEqual([
      "ExecuteFunction",
      "ExecuteFunction",
      "ExecuteFunction",
      "ShowTaskpane",
    ]);
  });
});
