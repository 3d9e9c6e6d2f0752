// The dependency rules (`npm run depcheck`) must fail on a breach, not only pass on today's tree: plant
// one breach of each rule in a small throwaway tree and run the same config and scripts on it.
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "..");
const DEPCRUISE = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
const CONFIG = path.join(ROOT, ".dependency-cruiser.js");
const GLOBALS = path.join(ROOT, "scripts/check-globals.js");

type Tree = Record<string, string>;
type Run = { code: number | null; output: string };

/** Entry files and an adapter as they should be: the entries may wait for Office and wire src/excel. */
const CLEAN: Tree = {
  "tsconfig.json": JSON.stringify({ compilerOptions: { module: "commonjs", jsx: "react-jsx" } }),
  "src/core/sum.ts": "export const sum = (a: number, b: number): number => a + b;\n",
  "src/excel/gateway.ts": [
    'import { sum } from "../core/sum";',
    "export const gateway = () => Excel.run(async () => sum(1, 2));",
  ].join("\n"),
  "src/app/recap.ts": [
    'import { sum } from "../core/sum";',
    "export const recap = (read: () => Promise<number>) => read().then((n) => sum(n, 1));",
  ].join("\n"),
  "src/taskpane/index.tsx": [
    'import { gateway } from "../excel/gateway";',
    'import { recap } from "../app/recap";',
    "// Excel.run is for the adapter; this comment and the string below are not uses.",
    'export const note = "Office.context is not touched here";',
    "void Office.onReady(() => recap(gateway));",
  ].join("\n"),
  "src/commands/commands.ts": [
    'import { gateway } from "../excel/gateway";',
    'void Office.onReady(() => Office.actions.associate("recap", () => gateway()));',
  ].join("\n"),
  "src/cli/main.ts": 'import { readFileSync } from "fs";\nexport const read = readFileSync;\n',
};

/** One breach per rule, each in a file named for what it does wrong. */
const PLANTED: Tree = {
  ...CLEAN,
  "src/core/bad.ts": 'import { gateway } from "../excel/gateway";\nexport const g = gateway;\n',
  "src/core/disk.ts": 'import { readFileSync } from "fs";\nexport const r = readFileSync;\n',
  "src/taskpane/x.ts": "export const run = () => Excel.run(async () => undefined);\n",
  "src/taskpane/adapter.ts":
    'import { gateway } from "../excel/gateway";\nexport const g = gateway;\n',
  "src/commands/fromPane.ts": 'import { run } from "../taskpane/x";\nexport const r = run;\n',
  "src/app/callsUi.ts": 'import { r } from "../commands/fromPane";\nexport const u = r;\n',
  "src/app/cycleA.ts": 'import { b } from "./cycleB";\nexport const a = () => b();\n',
  "src/app/cycleB.ts": 'import { a } from "./cycleA";\nexport const b = () => a();\n',
  "src/xlsx/deflate.ts": 'import zlib from "zlib";\nexport const z = zlib;\n',
};

function plant(tree: Tree): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rekap-arch-"));
  for (const [file, text] of Object.entries(tree)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** `npm run depcheck`'s two halves, in dir, with this repository's config and script. */
function depcheck(dir: string): { cruise: Run; globals: Run } {
  const run = (args: string[]): Run => {
    const r = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
    // err-long wraps long lines; one space between words keeps the assertions about words.
    return { code: r.status, output: `${r.stdout}${r.stderr}`.replace(/\s+/g, " ") };
  };
  return {
    cruise: run([DEPCRUISE, "src", "--config", CONFIG, "--output-type", "err-long"]),
    globals: run([GLOBALS, dir]),
  };
}

describe("architecture rules", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  test("a tree that keeps the rules passes, entry files' Office.onReady and wiring included", () => {
    const dir = plant(CLEAN);
    dirs.push(dir);
    const { cruise, globals } = depcheck(dir);
    expect(cruise).toEqual({
      code: 0,
      output: expect.stringContaining("no dependency violations"),
    });
    expect(globals.code).toBe(0);
  });

  test("each planted breach fails with its rule's name and the offending files", () => {
    const dir = plant(PLANTED);
    dirs.push(dir);
    const { cruise, globals } = depcheck(dir);

    expect(cruise.code).not.toBe(0);
    const breaches = [
      "core-is-pure: src/core/bad.ts → src/excel/gateway.ts",
      "core-is-pure: src/core/disk.ts → fs",
      "node-builtins-only-in-cli: src/core/disk.ts → fs",
      "ui-goes-through-app: src/taskpane/adapter.ts → src/excel/gateway.ts",
      "pane-is-private: src/commands/fromPane.ts → src/taskpane/x.ts",
      "app-not-ui-or-cli: src/app/callsUi.ts → src/commands/fromPane.ts",
      "xlsx-is-portable: src/xlsx/deflate.ts → zlib",
    ];
    for (const breach of breaches) expect(cruise.output).toContain(breach);
    expect(cruise.output).toMatch(/no-circular: src\/app\/cycle[AB]\.ts → src\/app\/cycle[AB]\.ts/);
    // The entry files' own wiring is not among them.
    expect(cruise.output).not.toMatch(/src\/(taskpane\/index\.tsx|commands\/commands\.ts) →/);

    expect(globals.code).toBe(1);
    expect(globals.output).toContain("office-only-in-excel: src/taskpane/x.ts:1 Excel.run");
    // Only that one: src/excel, the entries' Office.onReady and the comment and string are not uses.
    expect(globals.output).toContain("x 1 Office.js global use(s)");
  });
});
