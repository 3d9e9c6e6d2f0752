import { readFileSync, writeFileSync } from "fs";
import { cli } from "../helpers/cli";
import {
  rowOfKode,
  sampleSheets,
  setCell,
  sheetNamed,
  tmpDir,
  writeBook,
} from "../helpers/workbooks";
import { readSnapshot } from "../../src/xlsx";
import { editZip, sheetPart, setText, text } from "../corpus/zip";
import { NewSheet } from "../../src/core/newSheet";
import { OutCell } from "../../src/core/workbook";

const REALISASI = 4;
const KENDALA = 8;

function withTw4(edit: (tw4: NewSheet) => void): NewSheet[] {
  const sheets = sampleSheets();
  edit(sheetNamed(sheets, "TW IV"));
  return sheets;
}
const put = (tw: NewSheet, kode: string, col: number, cell: OutCell) =>
  setCell(tw, rowOfKode(tw, kode), col, cell);

/** Rewrites cells of TW IV in a written file as raw XML (what other tools save), keeping their style. */
function rewriteTw4(file: string, cells: Record<string, (attrs: string) => string>): void {
  const bytes = editZip(readFileSync(file), (e) => {
    const part = sheetPart(e, "TW IV");
    let xml = text(e, part);
    for (const [ref, make] of Object.entries(cells)) {
      const re = new RegExp(`<c r="${ref}"([^>]*?)(?: t="\\w+")?(?:/>|>.*?</c>)`);
      if (!re.test(xml)) throw new Error(`no ${ref}`);
      xml = xml.replace(re, (_m, attrs: string) => make(attrs));
    }
    setText(e, part, xml);
  });
  writeFileSync(file, bytes);
}

describe("merge", () => {
  const dir = tmpDir();

  test("fills empty master cells from units by Kode, appends missing rows, reports conflicts and never overwrites", async () => {
    const master = await writeBook(
      dir,
      "master.xlsx",
      withTw4((tw) => {
        put(tw, "IK-02", REALISASI, { value: null });
        put(tw, "IK-03", REALISASI, { value: null });
        tw.rows.splice(rowOfKode(tw, "IK-12"), 1); // the master has no TW IV row for IK-12 yet
      })
    );
    const unitA = await writeBook(
      dir,
      "bidang-a.xlsx",
      withTw4((tw) => {
        put(tw, "IK-03", KENDALA, { value: "hujan deras" });
      })
    );
    const unitB = await writeBook(
      dir,
      "bidang-b.xlsx",
      withTw4((tw) => {
        put(tw, "IK-03", REALISASI, { value: 50 }); // disagrees with bidang-a's 44
        put(tw, "IK-04", REALISASI, { value: 52 }); // master already says 49
        put(tw, "IK-05", 0, { value: "IK-77" }); // not in the master's Perjanjian Kinerja
        put(tw, "IK-08", REALISASI, { value: "lima" });
      })
    );
    const before = readSnapshot(readFileSync(master));
    const tw4Before = before.sheets.find((s) => s.name === "TW IV")!;

    const r = await cli("merge", master, unitA, unitB);
    expect(r.code).toBe(1);
    expect(r.out).toContain("TW IV!E4 ← bidang-a.xlsx (TW IV!E4): 37");
    expect(r.out).toContain("TW IV!E5 ← bidang-a.xlsx (TW IV!E5): 44");
    expect(r.out).toContain(
      `TW IV!E5: master berisi "44", bidang-b.xlsx (TW IV!E5) berisi "50" — tidak ditimpa`
    );
    expect(r.out).toContain(
      `TW IV!E6: master berisi "49", bidang-b.xlsx (TW IV!E6) berisi "52" — tidak ditimpa`
    );
    expect(r.out).toContain(
      `Kode "IK-77" dari bidang-b.xlsx (TW IV!A7) tidak ada di Perjanjian Kinerja master`
    );
    expect(r.out).toMatch(/Realisasi dari bidang-b\.xlsx \(TW IV!E10\) bermasalah \("lima"\)/);

    const after = readSnapshot(readFileSync(master));
    const tw4 = after.sheets.find((s) => s.name === "TW IV")!;
    const value = (row: number, col: number) => tw4.rows[row]?.[col]?.value ?? null;
    expect(value(3, REALISASI)).toBe(37);
    expect(value(4, REALISASI)).toBe(44);
    expect(value(4, KENDALA)).toBe("hujan deras");
    expect(value(5, REALISASI)).toBe(49);
    // IK-12 appended after the last row (17 = 2 header rows + 15 indicators)
    expect([value(17, 0), value(17, 2), value(17, REALISASI)]).toEqual(["IK-12", "Indeks", 83.1]);
    // nothing else changed, anywhere
    const changed: string[] = [];
    for (const s of before.sheets.filter((x) => x.name !== "Log")) {
      const t = after.sheets.find((x) => x.name === s.name)!;
      for (let r2 = 0; r2 < Math.max(s.rows.length, t.rows.length); r2++)
        for (let c = 0; c < 12; c++)
          if (
            JSON.stringify(s.rows[r2]?.[c]?.value ?? null) !==
            JSON.stringify(t.rows[r2]?.[c]?.value ?? null)
          )
            changed.push(`${s.name}!${r2},${c}`);
    }
    expect(changed.sort()).toEqual(
      [
        "TW IV!17,0",
        "TW IV!17,1",
        "TW IV!17,10",
        "TW IV!17,2",
        "TW IV!17,4",
        "TW IV!3,4",
        "TW IV!4,4",
        "TW IV!4,8",
      ].sort()
    );
    expect(tw4Before.rows.length).toBe(17);
    // the Log gains one row for the merge
    const log = (book: typeof before) => book.sheets.find((s) => s.name === "Log")!.rows;
    expect(log(after)).toHaveLength(log(before).length + 1);
    const copied = /(\d+) sel disalin dari 2 berkas unit/.exec(r.out)?.[1];
    expect(
      log(after)
        .at(-1)
        ?.slice(2, 5)
        .map((c) => c?.value)
    ).toEqual([
      "gabung unit",
      "TW IV",
      `${copied} sel dari 2 berkas unit (bidang-a.xlsx, bidang-b.xlsx)`,
    ]);
    // the merged master recaps
    expect((await cli("check", master)).code).toBe(0);
  });

  test("a formula in the master is never replaced, whatever it shows; a unit cell without a saved result is not copied", async () => {
    const master = await writeBook(
      dir,
      "m-rumus.xlsx",
      withTw4((tw) => {
        put(tw, "IK-04", REALISASI, { value: null });
        put(tw, "IK-06", REALISASI, { value: null });
      })
    );
    rewriteTw4(master, {
      // IK-02: a formula showing blank; IK-03: a formula saved without its result; Unit Pelapor of
      // IK-02: a formula showing what the unit says too.
      E4: (a) => `<c r="E4"${a} t="str"><f>IF(1,"","")</f><v></v></c>`,
      E5: (a) => `<c r="E5"${a}><f>40+4</f></c>`,
      K4: (a) => `<c r="K4"${a} t="str"><f>"Bidang "&amp;"PPUD"</f><v>Bidang PPUD</v></c>`,
    });
    const unit = await writeBook(dir, "u-rumus.xlsx", sampleSheets());
    rewriteTw4(unit, { E6: (a) => `<c r="E6"${a}><f>20+29</f></c>` });

    const r = await cli("merge", master, unit);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `TW IV!E4: master berisi rumus =IF(1,"","") (tampil kosong), u-rumus.xlsx (TW IV!E4) berisi "37" — tidak ditimpa; putuskan sendiri`
    );
    expect(r.out).toContain(
      `TW IV!E5: master berisi rumus =40+4 (tanpa nilai tersimpan), u-rumus.xlsx (TW IV!E5) berisi "44" — tidak ditimpa; putuskan sendiri`
    );
    expect(r.out).toContain(
      `TW IV!E6: isi dari u-rumus.xlsx (TW IV!E6) tidak disalin — rumus tanpa nilai tersimpan — buka dan simpan berkas ini di Excel atau LibreOffice dulu (Realisasi: =20+29)`
    );
    expect(r.out).toContain("TW IV!E8 ← u-rumus.xlsx (TW IV!E8): 0");
    expect(r.out).not.toContain("TW IV!K4");

    const tw4 = readSnapshot(readFileSync(master)).sheets.find((s) => s.name === "TW IV")!;
    expect(tw4.rows[3][REALISASI]).toEqual(
      expect.objectContaining({ formula: 'IF(1,"","")', value: "" })
    );
    expect(tw4.rows[4][REALISASI]).toEqual(
      expect.objectContaining({ formula: "40+4", value: null })
    );
    expect(tw4.rows[3][10]).toEqual(expect.objectContaining({ formula: '"Bidang "&"PPUD"' }));
    expect(tw4.rows[5][REALISASI]).toBeUndefined();
    expect(tw4.rows[7][REALISASI]?.value).toBe(0);
  });

  test("--dry-run reports without writing; an unreadable unit stops everything", async () => {
    const master = await writeBook(
      dir,
      "m2.xlsx",
      withTw4((tw) => put(tw, "IK-02", REALISASI, { value: null }))
    );
    const unit = await writeBook(dir, "u2.xlsx", sampleSheets());
    const bytes = readFileSync(master);
    const dry = await cli("merge", master, unit, "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("TW IV!E4 ← u2.xlsx (TW IV!E4): 37");
    expect(Buffer.compare(readFileSync(master), bytes)).toBe(0);
    const broken = await writeBook(
      dir,
      "u3.xlsx",
      sampleSheets().filter((s) => s.name !== "TW II")
    );
    const r = await cli("merge", master, unit, broken);
    expect(r.code).toBe(1);
    expect(r.out).toContain("u3.xlsx: susunan lembar tidak sesuai");
    expect(Buffer.compare(readFileSync(master), bytes)).toBe(0);
  });
});
