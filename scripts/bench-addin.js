#!/usr/bin/env node
// `npm run bench:addin`: what a full recap (Semester I, Semester II, Tahunan) costs the Excel add-in in
// round trips and bytes for 10 / 1,000 / 10,000 indicators, measured on the instrumented fake of
// test/excel (the adapter and core run unchanged); then every use case's writes through Microsoft's real
// Office.js client library (test/excel/realClient.ts), with the real request sizes; and the size of the
// JavaScript the pane loads at start.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { execFileSync } = require("child_process");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const MB5 = 5 * 1024 * 1024;

// Run the TypeScript sources directly: transpile on require, no build step needed for the numbers.
require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      jsx: ts.JsxEmit.ReactJSX,
    },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

const { createFakeExcel } = require(path.join(ROOT, "test/excel/fakeExcel.ts"));
const { workbook } = require(path.join(ROOT, "test/excel/workbooks.ts"));
const { createExcelGateway } = require(path.join(ROOT, "src/excel/gateway.ts"));
const { recap } = require(path.join(ROOT, "src/app/recap.ts"));
const { ALL_PERIODS } = require(path.join(ROOT, "src/core/plan.ts"));
const { USE_CASES, replay } = require(path.join(ROOT, "test/excel/realReplay.ts"));

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const pad = (s, n) => String(s).padStart(n);
const bytes = (n) => (n < 1024 * 1024 ? kb(n) : mb(n));

async function measure(n, web) {
  const fake = createFakeExcel(workbook(n), web ? { responseLimit: MB5, requestLimit: MB5 } : {});
  const gateway = createExcelGateway(fake.host);
  const env = { now: () => new Date(), user: "bench" };
  const started = process.hrtime.bigint();
  const outcome = await recap(gateway, ALL_PERIODS, env);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!outcome.ok) throw new Error(`bench workbook of ${n} has problems`);
  const { syncs, requestBytes, responseBytes, refused } = fake.stats;
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  // A refused answer (over the cap) is counted as a round trip but not as an answer received.
  const answered = responseBytes.filter((b) => !web || b <= MB5);
  return {
    n,
    syncs,
    refused,
    maxRequest: Math.max(...requestBytes),
    request: sum(requestBytes),
    maxResponse: Math.max(...answered),
    response: sum(answered),
    ms,
  };
}

function paneSize() {
  const dist = path.join(ROOT, "dist");
  if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
    console.log("(dist/ missing: building the production bundle first)");
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"],
      { cwd: ROOT, stdio: "ignore" }
    );
  }
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const size = (files) =>
    files.reduce(
      (acc, f) => {
        const bytes = fs.readFileSync(path.join(dist, f));
        return {
          raw: acc.raw + bytes.length,
          gzip: acc.gzip + zlib.gzipSync(bytes, { level: 9 }).length,
        };
      },
      { raw: 0, gzip: 0 }
    );
  const lazy = fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js") && !initial.includes(f) && !/^(commands|dialog)\./.test(f));
  return { initial, start: size(initial), lazy, later: size(lazy) };
}

/** Every write of one use case at `n` indicators, through Microsoft's client library (realClient.ts). */
async function realRequests(useCase, n) {
  const started = process.hrtime.bigint();
  const writes = await useCase.capture(n);
  const sizes = [];
  for (const write of writes) {
    const recording = await replay(write, { keepBodies: false });
    sizes.push(...recording.requests.map((r) => r.bytes));
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return {
    requests: sizes.length,
    max: Math.max(...sizes),
    total: sizes.reduce((a, b) => a + b, 0),
    ms,
  };
}

async function realClientTable() {
  console.log(
    "\nEvery write of each use case through Microsoft's Office.js client library (excel-web-16.00), real request bodies\n"
  );
  console.log(
    `${"use case".padEnd(26)}${pad("indicators", 11)}${pad("requests", 10)}${pad("max request", 13)}${pad("all requests", 14)}${pad("< 5 MB", 8)}${pad("time", 10)}`
  );
  for (const useCase of USE_CASES) {
    for (const n of useCase.sized ? [10, 1000, 10000] : [10]) {
      const r = await realRequests(useCase, n);
      console.log(
        `${useCase.name.padEnd(26)}${pad(useCase.sized ? n.toLocaleString("en") : "any", 11)}${pad(r.requests, 10)}${pad(bytes(r.max), 13)}${pad(bytes(r.total), 14)}${pad(r.max < MB5 ? "yes" : "NO", 8)}${pad(`${Math.round(r.ms)} ms`, 10)}`
      );
    }
  }
  console.log(
    "\nBytes: UTF-8 length of JSON.stringify(request body), as the library's OfficeJsRequestExecutor sends it; Excel on"
  );
  console.log(
    "the web refuses a request over 5 MB. The library splits any 2-D write above 1,500 cells into row chunks itself."
  );
  console.log(
    'Time: the use case on the fake (reads answered there) plus the replay. "any": the write does not depend on N.'
  );
}

async function main() {
  console.log(
    "Full recap (Semester I, Semester II, Tahunan) through the adapter, on the instrumented fake\n"
  );
  console.log(
    `${"host".padEnd(22)}${pad("indicators", 11)}${pad("syncs", 7)}${pad("refused", 9)}${pad("max request", 13)}${pad("all requests", 14)}${pad("max answer", 12)}${pad("all answers", 13)}${pad("time", 9)}`
  );
  for (const web of [false, true]) {
    for (const n of [10, 1000, 10000]) {
      const r = await measure(n, web);
      const host = web ? "web (5 MB caps)" : "desktop (no cap)";
      console.log(
        `${host.padEnd(22)}${pad(n.toLocaleString("en"), 11)}${pad(r.syncs, 7)}${pad(r.refused, 9)}${pad(mb(r.maxRequest), 13)}${pad(mb(r.request), 14)}${pad(mb(r.maxResponse), 12)}${pad(mb(r.response), 13)}${pad(`${Math.round(r.ms)} ms`, 9)}`
      );
    }
  }
  console.log(
    "\nRequest bytes are estimated as the JSON of each queued action's arguments plus 60 bytes per action;"
  );
  console.log(
    'answers as the JSON of the loaded properties. "refused": answers over Excel on the web\'s 5 MB cap, after'
  );
  console.log("which the adapter reads in row windows (src/excel/snapshot.ts).");

  await realClientTable();

  const pane = paneSize();
  console.log(
    `\nTask pane JavaScript loaded at start (${pane.initial.join(", ")}): ${kb(pane.start.raw)} raw, ${kb(pane.start.gzip)} gzip (target ≤ 180 KB gzip)`
  );
  console.log(
    `Loaded on demand (${pane.lazy.join(", ")}): ${kb(pane.later.raw)} raw, ${kb(pane.later.gzip)} gzip`
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
