// `npm run demo`: the main job on the embedded sample — a Satpol PP office's workbook is created,
// checked and recapped (the Tahunan results are printed), submitted and approved by the Kasubag, and
// its annual report exported as PDF with the approval under the signature, and the LKjIP draft (chapter
// III A, Word) written beside it.
const { rmSync, mkdirSync } = require("fs");
const path = require("path");
const { main } = require("../dist/node/cli/main.js");

async function run() {
  const dir = path.join(__dirname, "..", "demo-output");
  const file = path.join(dir, "contoh-satpolpp-2023.xlsx");
  mkdirSync(dir, { recursive: true });
  const pdf = path.join(dir, "contoh-satpolpp-2023-laporan-kinerja-tahunan-2023.pdf");
  const docx = path.join(dir, "contoh-satpolpp-2023-draf-lkjip-2023.docx");
  rmSync(file, { force: true });
  rmSync(pdf, { force: true });
  rmSync(docx, { force: true });
  for (const argv of [
    ["init", file, "--sample"],
    ["check", file],
    ["recap", file, "--oleh", "Staf Perencanaan"],
    ["submit", file, "--period", "tahunan", "--oleh", "Staf Perencanaan"],
    ["decide", file, "--period", "tahunan", "--ya", "--oleh", "Kasubag Perencanaan"],
    ["export", file, "--period", "tahunan"],
    ["lkjip", file],
  ]) {
    console.log(`\n$ rekap-kinerja ${argv.join(" ")}`);
    const code = await main(argv);
    if (code !== 0) process.exit(code);
  }
  console.log(
    `\nBuka ${file} di Excel atau LibreOffice: lembar Semester I, Semester II dan Tahunan berisi rumus hidup.` +
      `\nLaporan Tahunan yang disetujui: ${pdf}` +
      `\nDraf LKjIP Bab III A (Word): ${docx}`
  );
}

run();
