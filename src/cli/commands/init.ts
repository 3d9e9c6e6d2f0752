import { promises as fs } from "fs";
import { Args } from "../args";
import { UsageError, writeAtomic } from "../files";
import { EXIT, Io } from "../io";
import { writeNewWorkbook } from "../newWorkbook";
import { newWorkbook } from "../../core/template";
import { SAMPLE_INDICATORS, SAMPLE_SETTINGS } from "../../core/sample";

export async function init(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError("pakai: rekap-kinerja init FILE [--year YYYY] [--sample]");
  const yearOption = args.options.get("year");
  const sample = args.options.get("sample") === true;
  if (yearOption !== undefined && !/^\d{4}$/.test(String(yearOption)))
    throw new UsageError("--year harus tahun empat angka, mis. 2024");
  const year =
    yearOption !== undefined
      ? Number(yearOption)
      : sample
        ? Number(SAMPLE_SETTINGS.Tahun)
        : new Date().getFullYear();
  if (await exists(file)) throw new UsageError(`${file} sudah ada — init tidak menimpa berkas`);
  const sheets = newWorkbook({
    year,
    settings: sample ? SAMPLE_SETTINGS : {},
    indicators: sample ? SAMPLE_INDICATORS : [],
  });
  await writeAtomic(file, await writeNewWorkbook(sheets));
  io.out(
    `${file}: buku kerja baru tahun ${year}${sample ? ` dengan contoh ${SAMPLE_INDICATORS.length} indikator` : ""}`
  );
  return EXIT.ok;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
