// src/xlsx must run where there is no Node (the task pane): no Node module, no Node global. Checked
// twice: statically, every file the library reaches (its own and the core files it imports) names
// none; and at run time, the library is loaded into a bare `vm` context — JavaScript's built-ins plus
// TextEncoder/TextDecoder, as a browser has them, and no require, Buffer or process — where it reads
// a workbook and patches it exactly as it does under Node.
import fs from "fs";
import { isBuiltin } from "module";
import path from "path";
import ts from "typescript";
import vm from "vm";
import { writeNewWorkbook } from "../../src/cli/newWorkbook";
import { planRecap } from "../../src/core/plan";
import { patchPackage, readSnapshot } from "../../src/xlsx";
import { sampleSheets } from "../helpers/workbooks";

const ROOT = path.join(__dirname, "..", "..");
const LIBRARY = path.join(ROOT, "src", "xlsx");
const ENTRY = path.join(LIBRARY, "index.ts");
/** The packages the library may import, as the file a browser bundle takes from each. */
const PACKAGES: Record<string, string> = {
  fflate: path.join(ROOT, "node_modules/fflate/lib/browser.cjs"),
  saxes: path.join(ROOT, "node_modules/saxes/saxes.js"),
};
const NODE_GLOBALS = new Set([
  "Buffer",
  "process",
  "require",
  "module",
  "exports",
  "__dirname",
  "__filename",
  "global",
  "setImmediate",
  "clearImmediate",
]);

/** A relative import as the .ts file it names. */
function resolveSource(from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  const file = [`${base}.ts`, path.join(base, "index.ts")].find((f) => fs.existsSync(f));
  if (!file) throw new Error(`${from}: cannot resolve ${spec}`);
  return file;
}

function moduleSpecifiers(source: ts.SourceFile): string[] {
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      specs.push(node.moduleSpecifier.text);
    if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === "require"))
    ) {
      const [arg] = node.arguments;
      specs.push(arg && ts.isStringLiteral(arg) ? arg.text : "(computed)");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs;
}

/** Identifiers naming a Node global, except as a property name (`x.process`, `{ global: 1 }`). */
function nodeGlobals(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const propertyName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodDeclaration(parent)) &&
          parent.name === node);
      if (!propertyName) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${path.relative(ROOT, source.fileName)}:${line + 1} ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every source file the library consists of: all of src/xlsx and what it imports, transitively. */
function libraryFiles(): Map<string, ts.SourceFile> {
  const files = new Map<string, ts.SourceFile>();
  const queue = fs
    .readdirSync(LIBRARY)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join(LIBRARY, f));
  while (queue.length) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    const text = fs.readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
    files.set(file, source);
    for (const spec of moduleSpecifiers(source))
      if (spec.startsWith(".")) queue.push(resolveSource(file, spec));
  }
  return files;
}

describe("the .xlsx library names nothing of Node", () => {
  const files = libraryFiles();

  test("it imports only its own files, src/core, fflate and saxes", () => {
    const outside: string[] = [];
    for (const [file, source] of files) {
      for (const spec of moduleSpecifiers(source)) {
        if (spec in PACKAGES) continue;
        const target = spec.startsWith(".") ? resolveSource(file, spec) : undefined;
        const room = target && path.relative(path.join(ROOT, "src"), target).split(path.sep)[0];
        if (room === "xlsx" || room === "core") continue;
        outside.push(`${path.relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect([...files.keys()].some((f) => f.includes(`${path.sep}core${path.sep}`))).toBe(true);
    expect(outside).toEqual([]);
  });

  test("no Buffer, process, require or other Node global in any of its files", () => {
    expect([...files.values()].flatMap(nodeGlobals)).toEqual([]);
  });
});

/** The library's module graph, loaded in a context of its own; anything but its files and packages is refused. */
function loadInBareContext(context: vm.Context): typeof import("../../src/xlsx") {
  const cache = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const cached = cache.get(file);
    if (cached) return cached.exports;
    const text = fs.readFileSync(file, "utf8");
    const code = file.endsWith(".ts")
      ? ts.transpileModule(text, {
          compilerOptions: {
            module: ts.ModuleKind.CommonJS,
            target: ts.ScriptTarget.ES2020,
            esModuleInterop: true,
          },
        }).outputText
      : text;
    const module = { exports: {} };
    cache.set(file, module);
    const wrapped = vm.runInContext(`(function (exports, require, module) {${code}\n})`, context, {
      filename: file,
    }) as (exports: unknown, require: (spec: string) => unknown, module: unknown) => void;
    wrapped(module.exports, (spec) => load(resolve(file, spec)), module);
    return module.exports;
  };
  const resolve = (from: string, spec: string): string => {
    if (isBuiltin(spec)) throw new Error(`${path.relative(ROOT, from)} requires Node's ${spec}`);
    if (spec.startsWith("."))
      return from.endsWith(".ts")
        ? resolveSource(from, spec)
        : require.resolve(spec, { paths: [path.dirname(from)] });
    if (from.endsWith(".ts")) {
      if (!(spec in PACKAGES)) throw new Error(`${path.relative(ROOT, from)} requires ${spec}`);
      return PACKAGES[spec];
    }
    return require.resolve(spec, { paths: [path.dirname(from)] }); // a package's own dependency
  };
  return load(ENTRY) as typeof import("../../src/xlsx");
}

test("in a context without require, Buffer or process, the library reads and patches a workbook as under Node", async () => {
  const context = vm.createContext({ TextEncoder, TextDecoder });
  expect(vm.runInContext("[typeof require, typeof Buffer, typeof process]", context)).toEqual([
    "undefined",
    "undefined",
    "undefined",
  ]);
  const bare = loadInBareContext(context);
  const bytes = new Uint8Array(await writeNewWorkbook(sampleSheets()));
  const inside = (vm.runInContext("Uint8Array", context) as typeof Uint8Array).from(bytes);
  const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  const book = readSnapshot(bytes);
  expect(plain(bare.readSnapshot(inside))).toEqual(plain(book));

  const plan = planRecap(book);
  if (!plan.ok) throw new Error("the sample workbook should recap");
  const patched = bare.patchPackage(inside, plan.patch);
  expect(Buffer.compare(Buffer.from(patched), Buffer.from(patchPackage(bytes, plan.patch)))).toBe(
    0
  );
  expect(plain(bare.readSnapshot(patched))).toEqual(plain(readSnapshot(patched)));
});
