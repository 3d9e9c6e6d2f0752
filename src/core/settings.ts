// The `Pengaturan` sheet: Kunci / Nilai pairs (office identity, signatory, year), optional `Skala`
// rows that replace the default Kategori bands, `Skala Predikat` rows that replace the default
// predicate table (predikat.ts) and the office's working time, `Jam Kerja` and `Hari Libur`
// (officeTime.ts).
import { normalizeWord, SETTINGS_SHEET } from "./contract";
import { Band, DEFAULT_SCALE } from "./capaian";
import type { CellName } from "./messages";
import { parseNumberText } from "./parse";
import { DEFAULT_OFFICE_TIME, isOfficeTimeKey, OfficeTime, readOfficeTime } from "./officeTime";
import { DEFAULT_PREDIKAT, findPredikat, Predikat } from "./predikat";
import { Problem, problem } from "./problems";
import { checkReadable } from "./unreadable";
import { a1, CellValue, SheetSnapshot } from "./workbook";

export type Settings = {
  values: Record<string, string>;
  scale: readonly Band[];
  predikat: readonly Predikat[];
  year: number | null;
  officeTime: OfficeTime;
};

export const DEFAULT_SETTINGS: Settings = {
  values: {},
  scale: DEFAULT_SCALE,
  predikat: DEFAULT_PREDIKAT,
  year: null,
  officeTime: DEFAULT_OFFICE_TIME,
};

/** `date1904`: the workbook's date system, for Hari Libur typed as dates. */
export function readSettings(
  sheet: SheetSnapshot | undefined,
  problems: Problem[],
  date1904 = false
): Settings {
  if (!sheet) return DEFAULT_SETTINGS;
  const values: Record<string, string> = {};
  const officeRows: { row: number; key: string; value: CellValue | undefined }[] = [];
  const bands: Band[] = [];
  const predikat: Predikat[] = [];
  sheet.rows.forEach((row, r) => {
    const readable = (col: number, what: CellName) =>
      checkReadable(SETTINGS_SHEET, r, col, row?.[col], what, problems);
    if (!readable(0, "Kunci")) return;
    const key = text(row?.[0]?.value);
    if (key === "" || normalizeWord(key) === "kunci") return;
    if (!readable(1, `Nilai ${key.trim()}`)) return;
    if (normalizeWord(key) === "skalapredikat") {
      if (!readable(2, "Nilai Skala Predikat")) return;
      const read = readPredikat(row?.[1]?.value, row?.[2]?.value);
      const twice = read && findPredikat(predikat, read.label);
      if (read && !twice) predikat.push(read);
      else
        problems.push(
          problem({
            sheet: SETTINGS_SHEET,
            cell: a1(r, 1),
            severity: "error",
            text: twice
              ? { key: "predikatTwice", params: { label: read.label } }
              : { key: "predikatRow" },
          })
        );
      return;
    }
    if (normalizeWord(key) === "skala") {
      if (!readable(2, { phrase: "scaleLabel" })) return;
      const band = readBand(row?.[1]?.value, row?.[2]?.value);
      if (band) bands.push(band);
      else
        problems.push(
          problem({
            sheet: SETTINGS_SHEET,
            cell: a1(r, 1),
            severity: "error",
            text: { key: "scaleRow" },
          })
        );
      return;
    }
    if (isOfficeTimeKey(key)) officeRows.push({ row: r, key, value: row?.[1]?.value });
    else values[key.trim()] = text(row?.[1]?.value);
  });
  const officeTime = readOfficeTime(officeRows, date1904);
  problems.push(...officeTime.problems);
  const yearText = values["Tahun"] ?? "";
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;
  return {
    values,
    scale: bands.length > 0 ? bands : DEFAULT_SCALE,
    predikat: predikat.length > 0 ? predikat : DEFAULT_PREDIKAT,
    year,
    officeTime,
  };
}

/** A band from `Nilai` = `91 Sangat Baik` / `91; Sangat Baik`, or `Nilai` = 91 with the label beside it. */
function readBand(value: unknown, beside: unknown): { min: number; label: string } | undefined {
  if (typeof value === "number") {
    const label = text(beside).trim();
    return label ? { min: value, label } : undefined;
  }
  const m = /^\s*([+-]?\d+(?:[.,]\d+)?)\s*(?:%\s*)?(?:[;:=|–—-]\s*)?(.+?)\s*$/.exec(text(value));
  if (!m) return undefined;
  const n = parseNumberText(m[1]);
  return n.kind === "ok" ? { min: n.value, label: m[2] } : undefined;
}

/** A predicate from `Nilai` = `AA 90` / `WTP; 4`, or `Nilai` = `AA` with its number beside it. */
function readPredikat(value: unknown, beside: unknown): Predikat | undefined {
  if (typeof beside === "number") {
    const label = text(value).trim();
    return label ? { label, nilai: beside } : undefined;
  }
  const m = /^\s*(.+?)\s*(?:[;:=|–—-]\s*)?([+-]?\d+(?:[.,]\d+)?)\s*$/.exec(text(value));
  if (!m) return undefined;
  const n = parseNumberText(m[2]);
  return n.kind === "ok" ? { label: m[1], nilai: n.value } : undefined;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  // Error values and the like carry no setting.
  return typeof v === "object" ? "" : String(v);
}
