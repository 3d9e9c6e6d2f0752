// What the browser test needs around the production build: a fresh dist/, a tiny static server on
// 127.0.0.1, Office.js from the npm package instead of the CDN, and the Excel fake as page script.
// Nothing here reaches the network; a request to any other host is refused.
import { execFileSync } from "child_process";
import fs from "fs";
import http from "http";
import { AddressInfo } from "net";
import path from "path";
import { Browser, chromium, Page } from "playwright-core";
import ts from "typescript";
import { FakeSheetInit } from "../excel/fakeExcel";

export const ROOT = path.resolve(__dirname, "../..");
/** Debian's chromium; never downloaded. */
export const CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"].find((p) =>
  fs.existsSync(p)
);
/** Without Debian's chromium there is nothing to run: say so (skipped) instead of failing. */
export const describeIfChromium = CHROMIUM ? describe : describe.skip;
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];
const DIST = path.join(ROOT, "dist");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

function newest(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "cli" ? t : Math.max(t, newest(p));
    return Math.max(t, fs.statSync(p).mtimeMs);
  }, 0);
}

const BUILD_LOCK = path.join(ROOT, ".tmp", "browser-build.lock");
const STALE_LOCK_MS = 10 * 60 * 1000;

/** Waits `ms` without a busy loop (beforeAll may block: nothing else runs in this worker meanwhile). */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds the production bundle when dist/ is missing or older than the sources that make it. Jest
 * runs the browser test files in parallel workers: one builds while the others wait on a lock
 * directory, then find dist/ fresh — two webpack runs writing one dist/ would break each other.
 */
export function ensureBuild(): void {
  fs.mkdirSync(path.dirname(BUILD_LOCK), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(BUILD_LOCK);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > STALE_LOCK_MS) fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
      else sleep(500);
    }
  }
  try {
    const built = path.join(DIST, "taskpane.html");
    const inputs = [
      newest(path.join(ROOT, "src")),
      ...["webpack.config.js", "tsconfig.web.json", "package.json", "manifest.xml"].map(
        (f) => fs.statSync(path.join(ROOT, f)).mtimeMs
      ),
    ];
    if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= Math.max(...inputs)) return;
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"],
      { cwd: ROOT, stdio: "pipe" }
    );
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
};

export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Office.js's CDN answered from node_modules; every other outside host refused. */
export async function offline(page: Page, origin: string): Promise<void> {
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    if (url.startsWith(CDN)) {
      const file = path.join(OFFICE_DIST, url.slice(CDN.length).split("?")[0]);
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file))
        return route.fulfill({ path: file, contentType: "text/javascript" });
    }
    return route.abort();
  });
}

function transpile(file: string): string {
  const source = fs.readFileSync(path.join(ROOT, file), "utf8");
  return ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
}

/** The jest fake (test/excel/fakeExcel.ts) as a page script: `window.Excel` before the pane loads. */
export function fakeExcelScript(sheets: FakeSheetInit[]): string {
  const modules = {
    "./formulaShift": transpile("test/excel/formulaShift.ts"),
    "./typing": transpile("test/excel/typing.ts"),
    "./fakeExcel": transpile("test/excel/fakeExcel.ts"),
  };
  const defs = Object.entries(modules)
    .map(
      ([name, code]) => `${JSON.stringify(name)}: function (module, exports, require) {\n${code}\n}`
    )
    .join(",\n");
  return `(() => {
    const defs = {${defs}};
    const cache = {};
    const req = (name) => {
      if (!cache[name]) { cache[name] = { exports: {} }; defs[name](cache[name], cache[name].exports, req); }
      return cache[name].exports;
    };
    const fake = req("./fakeExcel").createFakeExcel(${JSON.stringify(sheets)}, { modern: false });
    window.__fake = fake;
    window.Excel = fake.Excel;
  })();`;
}

/**
 * For a describe block: the production build (once, under the build lock), dist/ served on 127.0.0.1
 * and Chromium, set up before its tests and closed after them. Read `browser` and `url` in tests only.
 */
export function chromiumSession(timeout = 180_000): { browser: Browser; url: string } {
  const session = {} as { browser: Browser; url: string };
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    ensureBuild();
    server = await serveDist();
    session.url = server.url;
    session.browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, timeout);
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
  });
  return session;
}
