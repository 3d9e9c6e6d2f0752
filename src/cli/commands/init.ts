// `init`: a new workbook file holding every contract sheet (planNewWorkbook), never over a file.
import { promises as fs } from "fs";
import { Args } from "../args";
import { UsageError, writeAtomic } from "../files";
import { EXIT, Io } from "../io";
import { writeNewWorkbook } from "../newWorkbook";
import { planNewWorkbook } from "../../app/newWorkbook";

export async function init(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError("pakai: rekap-kinerja init FILE [--year YYYY] [--sample]");
  const yearOption = args.options.get("year");
  if (yearOption !== undefined && !/^\d{4}$/.test(String(yearOption)))
    throw new UsageError("--year harus tahun empat angka, mis. 2024");
  const plan = planNewWorkbook({
    ...(yearOption === undefined ? {} : { year: Number(yearOption) }),
    sample: args.options.get("sample") === true,
  });
  if (await exists(file)) throw new UsageError(`${file} sudah ada — init tidak menimpa berkas`);
  await writeAtomic(file, await writeNewWorkbook(plan.sheets));
  io.out(
    `${file}: buku kerja baru tahun ${plan.year}${plan.sampleIndicators > 0 ? ` dengan contoh ${plan.sampleIndicators} indikator` : ""}`
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
