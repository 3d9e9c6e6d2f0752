// The `Pengaturan` sheet: Kunci / Nilai pairs (office identity, signatory, year) and optional `Skala`
// rows that replace the default Kategori bands.
import { normalizeWord, SETTINGS_SHEET } from "./contract";
import { Band, DEFAULT_SCALE } from "./capaian";
import { parseNumberText } from "./parse";
import { Problem } from "./problems";
import { checkReadable } from "./unreadable";
import { a1, SheetSnapshot } from "./workbook";

export type Settings = {
  values: Record<string, string>;
  scale: readonly Band[];
  year: number | null;
};

export const DEFAULT_SETTINGS: Settings = { values: {}, scale: DEFAULT_SCALE, year: null };

export function readSettings(sheet: SheetSnapshot | undefined, problems: Problem[]): Settings {
  if (!sheet) return DEFAULT_SETTINGS;
  const values: Record<string, string> = {};
  const bands: Band[] = [];
  sheet.rows.forEach((row, r) => {
    const readable = (col: number, what: string) =>
      checkReadable(SETTINGS_SHEET, r, col, row?.[col], what, problems);
    if (!readable(0, "Kunci")) return;
    const key = text(row?.[0]?.value);
    if (key === "" || normalizeWord(key) === "kunci") return;
    if (!readable(1, `Nilai ${key.trim()}`)) return;
    if (normalizeWord(key) === "skala") {
      if (!readable(2, "label Skala")) return;
      const band = readBand(row?.[1]?.value, row?.[2]?.value);
      if (band) bands.push(band);
      else
        problems.push({
          sheet: SETTINGS_SHEET,
          cell: a1(r, 1),
          severity: "error",
          message: 'baris Skala harus berisi batas bawah dan label, mis. "91 Sangat Baik"',
        });
      return;
    }
    values[key.trim()] = text(row?.[1]?.value);
  });
  const yearText = values["Tahun"] ?? "";
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : null;
  return { values, scale: bands.length > 0 ? bands : DEFAULT_SCALE, year };
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

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  // Error values and the like carry no setting.
  return typeof v === "object" ? "" : String(v);
}
