// `distribute MASTER --quarter N --dir FOLDER`: one new workbook per Penanggung Jawab in FOLDER
// (prepareDistribution), the master only read. A file already in FOLDER is never replaced: the
// command names it and writes nothing.
import { promises as fs } from "fs";
import path from "path";
import { Args } from "../args";
import { UsageError } from "../files";
import { guard } from "../guard";
import { EXIT, Io } from "../io";
import { createFileGateway } from "../fileGateway";
import { commandEnv, requiredOption } from "../options";
import { osError } from "../osErrors";
import { prepareDistribution } from "../../app/distribute";
import { normalizeWord, Quarter, QUARTER_LABEL, QUARTERS } from "../../core/contract";
import { formatProblem } from "../../core/problems";
import { renderNewWorkbook } from "../../report/newWorkbook";

const USAGE = "pakai: rekap-kinerja distribute MASTER --quarter 1|2|3|4 --dir FOLDER [--oleh NAMA]";

export async function distribute(args: Args, io: Io): Promise<number> {
  const [master, ...extra] = args.positional;
  if (!master || extra.length > 0) throw new UsageError(USAGE);
  const quarter = quarterOption(requiredOption(args, "quarter", USAGE));
  const dir = requiredOption(args, "dir", USAGE);
  if (!(await fs.stat(dir).catch(() => undefined))?.isDirectory())
    throw new UsageError(`--dir ${dir}: folder tidak ada — buat foldernya dulu`);

  const plan = await prepareDistribution(
    createFileGateway(master),
    quarter,
    path.basename(master),
    commandEnv(args)
  );
  if (!plan.ok) {
    for (const p of plan.problems) io.out(formatProblem(p));
    io.err(
      `${master}: tidak dibagikan — perbaiki masalah di atas dulu; tidak ada berkas yang dibuat`
    );
    return EXIT.invalid;
  }
  for (const w of plan.warnings) io.out(formatProblem(w));
  const files = plan.files.map((f) => ({ ...f, file: path.join(dir, f.fileName) }));
  const there = [];
  for (const { file } of files) if (await exists(file)) there.push(file);
  if (there.length > 0)
    throw new UsageError(
      `${there.join(", ")} sudah ada — distribute tidak menimpa berkas; pindahkan atau pilih folder lain; tidak ada yang ditulis`
    );
  return guard({ inputs: [master], outputs: files.map((f) => f.file) }, async () => {
    for (const f of files) {
      await writeNew(f.file, await renderNewWorkbook(f.sheets));
      io.out(`${f.file}: ${f.pj} — ${f.kodes.length} indikator ${QUARTER_LABEL[quarter]}`);
    }
    return EXIT.ok;
  });
}

/** `2`, `II`, `TW II`, `tw2`: the quarter meant. */
function quarterOption(text: string): Quarter {
  const word = normalizeWord(text).replace(/^tw/, "");
  const quarter = QUARTERS.find(
    (q) => word === String(q) || word === normalizeWord(QUARTER_LABEL[q]).replace(/^tw/, "")
  );
  if (quarter === undefined)
    throw new UsageError(`--quarter tidak dikenal: ${text} (1, 2, 3, 4 atau I, II, III, IV)`);
  return quarter;
}

async function exists(file: string): Promise<boolean> {
  return (await fs.lstat(file).catch(() => undefined)) !== undefined;
}

/**
 * Created exclusively ("wx"): a file that appeared since the check above is refused, never replaced.
 * A write that fails removes the file it had just created.
 */
async function writeNew(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(file, "wx").catch((err: unknown) => {
    if ((err as { code?: unknown }).code === "EEXIST")
      throw new UsageError(`${file} sudah ada — distribute tidak menimpa berkas`);
    throw osError(err, file, "create") ?? err;
  });
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await fs.rm(file, { force: true });
    throw osError(err, file, "write") ?? err;
  }
  await handle.close();
}
