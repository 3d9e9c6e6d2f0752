// LibreOffice as an independent calculator (shared/NOTES.md): it recomputes every formula we wrote
// and exports each sheet's values to CSV, which the tests compare with the core's own figures.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

/** CI must run these tests; a developer without LibreOffice sees them skipped. */
export const describeWithLibreOffice = SOFFICE || process.env.CI ? describe : describe.skip;

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

function profile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return dir;
}

/** Every sheet of `xlsx`, recalculated by LibreOffice, as rows of raw (unformatted) cell texts. */
export function recalculatedSheets(xlsx: string): Map<string, string[][]> {
  if (!SOFFICE)
    throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc");
  const out = mkdtempSync(path.join(os.tmpdir(), "lo-out-"));
  const filter =
    "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,1033,false,true,false,false,false,-1";
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile()}`,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      out,
      xlsx,
    ],
    {
      stdio: "pipe",
      timeout: 120_000,
    }
  );
  const base = path.basename(xlsx).replace(/\.xlsx$/, "");
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(out)) {
    if (!f.startsWith(`${base}-`) || !f.endsWith(".csv")) continue;
    sheets.set(f.slice(base.length + 1, -4), parseCsv(readFileSync(path.join(out, f), "utf8")));
  }
  return sheets;
}

/** `file` opened and saved again by LibreOffice as .xlsx (a workbook "saved by another tool"). */
export function resavedByLibreOffice(file: string): Uint8Array {
  if (!SOFFICE)
    throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc");
  const out = mkdtempSync(path.join(os.tmpdir(), "lo-xlsx-"));
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile()}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      file,
    ],
    {
      stdio: "pipe",
      timeout: 120_000,
    }
  );
  return readFileSync(path.join(out, path.basename(file).replace(/\.\w+$/, ".xlsx")));
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (row.push(field), (field = ""));
    else if (ch === "\n") (row.push(field), rows.push(row), (row = []), (field = ""));
    else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) (row.push(field), rows.push(row));
  return rows;
}
