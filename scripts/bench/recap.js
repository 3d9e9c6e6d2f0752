#!/usr/bin/env node
// `npm run bench:cli`: what `rekap-kinerja recap` costs on generated workbooks of 1,000 / 10,000 /
// 50,000 indicators (issue #4), against the floor of a bare ExcelJS read + write of the recap's own
// output, and what our formulas cost LibreOffice to recalculate. A script, never a timed test: the
// numbers depend on the machine, so every comparison is measured in the same run.
//   node scripts/bench/recap.js [--sizes 1000,10000] [--full] [--no-libreoffice]
//   (--full: the ExcelJS floor at 50,000 too; --no-libreoffice: skip the recalculation timing)
// Every measured command runs in a child process of its own (this file in --child mode), so its wall
// time includes Node's start-up as a user's would, and its peak RSS is its own.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync, execFileSync } = require("child_process");

const DIST = path.join(__dirname, "..", "..", "dist", "node");
const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const argv = process.argv.slice(2);

// ---- child modes: one measured job, one JSON line out ----------------------------------------------

const silent = { out: () => undefined, err: (line) => process.stderr.write(`${line}\n`) };

const CHILD = {
  async recap(file) {
    const { main } = require(path.join(DIST, "cli", "main.js"));
    const code = await main(["recap", file, "--quiet"], silent);
    if (code !== 0) throw new Error(`recap exited ${code}`);
  },
  async floor(file, out) {
    const ExcelJS = require("exceljs");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    await book.xlsx.writeFile(out);
  },
  /** planRecap alone, on the snapshot the CLI reads (timed inside, without the read). */
  async core(file) {
    const { readSnapshot } = require(path.join(DIST, "xlsx"));
    const { planRecap } = require(path.join(DIST, "core", "plan.js"));
    const { modelNeed } = require(path.join(DIST, "core", "needs.js"));
    const book = readSnapshot(fs.readFileSync(file), { need: modelNeed });
    const start = process.hrtime.bigint();
    const plan = planRecap(book);
    if (!plan.ok) throw new Error("plan failed");
    return { coreMs: Number(process.hrtime.bigint() - start) / 1e6 };
  },
  /** The recap with every lookup replaced by a direct reference to the source cell (see directPatch). */
  async direct(file, out) {
    const { readSnapshot, patchPackage } = require(path.join(DIST, "xlsx"));
    const { zlibCompression } = require(path.join(DIST, "cli", "compression.js"));
    const { planRecap } = require(path.join(DIST, "core", "plan.js"));
    const bytes = fs.readFileSync(file);
    const plan = planRecap(readSnapshot(bytes));
    if (!plan.ok) throw new Error("plan failed");
    const { formulaAt } = require(path.join(DIST, "core", "workbook.js"));
    const patch = directPatch(plan.patch, formulaAt);
    fs.writeFileSync(out, patchPackage(bytes, patch, { compression: zlibCompression }));
  },
};

const LOOKUP = /INDEX\(((?:'(?:[^']|'')*'|[^'!(),]+)!)\$([A-Z]{1,3}):\$\2,\$([A-Z]{1,3})(\d+)\)/g;
const columnIndex = (letters) =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * The direct-reference floor: each INDEX(sheet!$E:$E,$N7) becomes sheet!$E$57, 57 being what the
 * position cell N7 holds, and the position cells (the MATCH by Kode) become that constant. The rest
 * of each formula is unchanged, so the difference is exactly the cost of looking sources up by Kode.
 */
function directPatch(patch, formulaAt) {
  return {
    edits: patch.edits,
    sheets: patch.sheets.map((sheet) => {
      const byColumn = new Map((sheet.formulaColumns ?? []).map((fc) => [fc.col, fc]));
      const rows = sheet.rows.map((row, r) =>
        row.map((cell, c) => {
          const fc = byColumn.get(c);
          const formula =
            fc && r >= fc.firstRow && r <= fc.lastRow ? formulaAt(fc, r) : cell.formula;
          if (!formula) return cell;
          if (formula.startsWith("IFERROR(MATCH(")) return { value: cell.value, style: cell.style };
          return {
            ...cell,
            formula: formula.replace(
              LOOKUP,
              (_m, sheetRef, col, posCol) => `${sheetRef}$${col}$${row[columnIndex(posCol)].value}`
            ),
          };
        })
      );
      // Every row's formulas now differ (each names its own source rows): written cell by cell.
      return { ...sheet, rows, formulaColumns: [] };
    }),
  };
}

/**
 * The same cells in every sheet but `Tahapan SOP` and the Log, where each recap records its SOP step
 * and a row (the zip dates are fixed and the compression deterministic, so the recap sheets' parts
 * are byte-identical too: test/cli says so).
 */
function sameButRecords(a, b) {
  const { readSnapshot } = require(path.join(DIST, "xlsx"));
  const cells = (file) =>
    readSnapshot(fs.readFileSync(file))
      .sheets.filter((s) => s.name !== "Tahapan SOP" && s.name !== "Log")
      .map((s) => JSON.stringify(s));
  return JSON.stringify(cells(a)) === JSON.stringify(cells(b));
}

async function child([mode, ...args]) {
  const start = process.hrtime.bigint();
  const extra = (await CHILD[mode](...args)) ?? {};
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(
    `${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, ...extra })}\n`
  );
}

// ---- the parent: generate, measure, print ----------------------------------------------------------

/** Runs a child mode; wall time as seen from here (Node start-up included), peak RSS as it reports. */
function measure(mode, ...args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [__filename, "--child", mode, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${mode} ${args.join(" ")} failed:\n${run.stderr}`);
  return { wallMs, ...JSON.parse(run.stdout.trim().split("\n").pop()) };
}

function timeLibreOffice(profile, file) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-lo-"));
  const start = process.hrtime.bigint();
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      file,
    ],
    { stdio: "pipe", timeout: 600_000 }
  );
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** LibreOffice's profile forcing a full recalculation on load (shared/NOTES.md, test/helpers/libreoffice.ts). */
function recalcProfile(dir) {
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n` +
      `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>`
  );
  return dir;
}

const s = (ms) => (ms === undefined ? "—" : (ms / 1000).toFixed(2));
const mb = (x) => (x === undefined ? "—" : String(Math.round(x)));
const ratio = (a, b) => (a === undefined || b === undefined ? "—" : (a / b).toFixed(2));
const count = (n) => n.toLocaleString("en-US");
const mark = (ok) => (ok === undefined ? "not measured" : ok ? "met" : "NOT met");

async function parent() {
  if (!fs.existsSync(path.join(DIST, "cli", "main.js")))
    throw new Error("dist/node is missing: run `npm run build:cli` first");
  const { generate } = require("./generate.js");
  const sizesAt = argv.indexOf("--sizes");
  const sizes = sizesAt >= 0 ? argv[sizesAt + 1].split(",").map(Number) : [1000, 10000, 50000];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-recap-"));
  const rows = [];
  const files = {};
  for (const n of sizes) {
    const input = path.join(dir, `input-${n}.xlsx`);
    await generate(input, n);
    const file = path.join(dir, `recap-${n}.xlsx`);
    fs.copyFileSync(input, file);
    process.stderr.write(`${count(n)} indicators: recap…`);
    const recap = measure("recap", file);
    const row = { n, recap, core: measure("core", input) };
    if (n <= 10000 || argv.includes("--full")) {
      process.stderr.write(" floor…");
      try {
        row.floor = measure("floor", file, path.join(dir, `floor-${n}.xlsx`));
      } catch (err) {
        row.floorFailed =
          err.message.split("\n").find((l) => /heap out of memory|Error/.test(l)) ?? "failed";
      }
    }
    // Recap of the recap, as people run it: the recap sheets are there (protected) and are replaced.
    const again = path.join(dir, `again-${n}.xlsx`);
    fs.copyFileSync(file, again);
    process.stderr.write(" again…");
    row.again = measure("recap", again);
    if (n === sizes[0]) row.identical = sameButRecords(file, again);
    process.stderr.write(" done\n");
    rows.push(row);
    files[n] = { input, file };
  }

  let lo;
  const loSize = sizes.includes(10000) ? 10000 : sizes[sizes.length - 1];
  if (SOFFICE && !argv.includes("--no-libreoffice")) {
    process.stderr.write(`LibreOffice recalculation at ${count(loSize)}…\n`);
    const profile = recalcProfile(fs.mkdtempSync(path.join(os.tmpdir(), "bench-lo-profile-")));
    timeLibreOffice(profile, files[sizes[0]].input); // first start builds the profile: not timed
    const direct = path.join(dir, `direct-${loSize}.xlsx`);
    measure("direct", files[loSize].input, direct);
    lo = {
      baseline: timeLibreOffice(profile, files[loSize].input),
      direct: timeLibreOffice(profile, direct),
      ours: timeLibreOffice(profile, files[loSize].file),
    };
    lo.ratio = (lo.ours - lo.baseline) / (lo.direct - lo.baseline);
  }
  report(rows, lo, loSize);
  fs.rmSync(dir, { recursive: true, force: true });
}

function report(rows, lo, loSize) {
  const head = [
    "indicators",
    "recap s",
    "again s",
    "recap MB",
    "floor s",
    "floor MB",
    "recap/floor",
    "core s",
  ];
  const table = rows.map((r) => [
    count(r.n),
    s(r.recap.wallMs),
    s(r.again.wallMs),
    mb(r.recap.maxRssMB),
    s(r.floor?.wallMs),
    mb(r.floor?.maxRssMB),
    ratio(r.recap.wallMs, r.floor?.wallMs),
    s(r.core.coreMs),
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells) => cells.map((c, i) => c.padStart(width[i])).join("  ");
  const notes = [];
  const at = (n) => rows.find((r) => r.n === n);
  notes.push(
    "again: the recap of the recap's own output (recap sheets present and protected), as people run it"
  );
  notes.push(
    "floor: a bare ExcelJS read + write of the recap's output file, in a child process like the recap"
  );
  for (const r of rows.filter((x) => x.floorFailed))
    notes.push(`floor at ${count(r.n)}: ${r.floorFailed.trim()}`);
  if (rows.some((r) => !r.floor && !r.floorFailed)) {
    notes.push(
      "floor above 10,000 skipped: ExcelJS ran out of Node's default ~4 GB heap after ~75 s at 50,000 here (--full tries)"
    );
  }
  if (lo) {
    notes.push(
      `LibreOffice full recalculation at ${count(loSize)} (load, recalculate, save as .xlsx): ours ${s(lo.ours)} s, direct references ${s(lo.direct)} s, ` +
        `without recap sheets ${s(lo.baseline)} s; (ours − baseline) ÷ (direct − baseline) = ${lo.ratio.toFixed(2)}`
    );
  } else notes.push("LibreOffice recalculation: skipped (soffice not installed)");
  const first = rows.find((r) => r.identical !== undefined);
  if (first)
    notes.push(
      `recap of its own output at ${count(first.n)}: ${first.identical ? "the same cells (Tahapan SOP and Log gain the recap's rows)" : "DIFFERENT CELLS"}`
    );
  const big = at(50000);
  const ten = at(10000);
  const targets = [
    `50,000 indicators in < 10 s: ${mark(big && big.recap.wallMs < 10000)} (again: ${mark(big && big.again.wallMs < 10000)})`,
    `50,000 indicators in < 1 GB: ${mark(big && big.recap.maxRssMB < 1024)}`,
    `10,000 indicators ≤ 0.5 × floor: ${mark(ten?.floor && ten.recap.wallMs <= 0.5 * ten.floor.wallMs)}`,
    `LibreOffice ≤ 2 × direct references: ${mark(lo && lo.ratio <= 2)}`,
  ];
  console.log(`\n${line(head)}\n${table.map(line).join("\n")}\n`);
  for (const n of [...notes, `targets: ${targets.join(" · ")}`]) console.log(n);
  console.log(`\nMarkdown (${os.cpus().length} CPUs, Node ${process.version}):\n`);
  console.log(`| ${head.join(" | ")} |\n|${head.map(() => "---:").join("|")}|`);
  for (const t of table) console.log(`| ${t.join(" | ")} |`);
  console.log("");
  for (const n of [...notes, ...targets]) console.log(`- ${n}`);
}

(argv[0] === "--child" ? child(argv.slice(1)) : parent()).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
