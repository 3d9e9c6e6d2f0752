// An independent consumer opens what patchPackage wrote: LibreOffice loads the package, recalculates
// the generated formulas (forced, see shared/NOTES.md) and saves it; ExcelJS reads the results back.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { patchPackage } from "../../src/xlsx";
import { excelJsBytes, loadExcelJs } from "./fixtures";

const SOFFICE = "/usr/bin/soffice";
const run = existsSync(SOFFICE) ? test : test.skip;

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

run(
  "LibreOffice opens the patched workbook and computes the generated formulas",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "xlsx-lo-"));
    try {
      mkdirSync(join(dir, "profile/user"), { recursive: true });
      writeFileSync(join(dir, "profile/user/registrymodifications.xcu"), RECALC_PROFILE);
      const user = await excelJsBytes((wb) => {
        const ws = wb.addWorksheet("TW I");
        ws.addRow(["Kode", "Realisasi"]);
        ws.addRow(["IK-01", 14.5]);
        ws.addRow(["IK-02", 20]);
        wb.addWorksheet("Semester I").getCell("A1").value = "lama";
      });
      const patched = patchPackage(user, {
        sheets: ["Semester I", "Tahunan"].map((name) => ({
          name,
          rows: [
            [{ value: `Rekap ${name}`, style: "title" as const }],
            [
              { value: "Jumlah", style: "header" as const },
              { value: "Status", style: "header" as const },
            ],
            // Cached values deliberately stale: the recalculated ones must come from the formulas.
            [
              {
                value: 0,
                formula: "SUMIFS('TW I'!B:B,'TW I'!A:A,\"IK-*\")",
                style: "decimal" as const,
              },
              { value: "?", formula: `IF(C3="","kosong","ada")`, style: "text" as const },
            ],
          ],
          columns: [{ width: 12 }, { width: 20 }],
          frozenRows: 2,
          protect: true,
        })),
        edits: [{ sheet: "TW I", row: 2, col: 1, value: 25.5, plainFormat: false }],
      });
      writeFileSync(join(dir, "in.xlsx"), patched);
      execFileSync(
        SOFFICE,
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "xlsx",
          "--outdir",
          join(dir, "out"),
          join(dir, "in.xlsx"),
        ],
        {
          stdio: "ignore",
          timeout: 90000,
        }
      );
      const wb = await loadExcelJs(readFileSync(join(dir, "out/in.xlsx")));
      expect(wb.worksheets.map((w) => w.name)).toEqual(["TW I", "Semester I", "Tahunan"]);
      for (const name of ["Semester I", "Tahunan"]) {
        const ws = wb.getWorksheet(name)!;
        expect(ws.getCell("A1").value).toBe(`Rekap ${name}`);
        expect((ws.getCell("A3").value as { result?: number }).result).toBe(40);
        expect((ws.getCell("B3").value as { result?: string }).result).toBe("kosong");
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  120000
);
