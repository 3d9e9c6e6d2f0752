// What a command may touch, checked before it reads a byte: no output is one of its inputs, every
// output lands in a folder that exists, the workbook it rewrites is locked for the whole run (the
// file gateway refuses a structure-protected one). A refusal here leaves every file as it was.
import { promises as fs } from "fs";
import path from "path";
import { UsageError } from "./files";
import { lockForWriting } from "./lock";
import { FileStep, osError } from "./osErrors";
import { FileIdentity, identify, sameFile } from "./paths";

export type FileRoles = {
  /** Workbooks only read (merge's units, the workbook a report is made from). */
  inputs?: readonly string[];
  /** The workbook read, patched and replaced (fix, merge's master, recap's FILE or --out). */
  target?: string;
  /** Where the target's content comes from when that may be another file (recap FILE --out OUT). */
  source?: string;
  /** New files written whole (reports, a new workbook). */
  outputs?: readonly string[];
};

export async function guard(roles: FileRoles, run: () => Promise<number>): Promise<number> {
  const inputs = await Promise.all((roles.inputs ?? []).map((f) => identifyFor(f, "read")));
  const target = roles.target === undefined ? undefined : await identifyFor(roles.target, "create");
  const source = roles.source === undefined ? undefined : await identifyFor(roles.source, "read");
  const outputs = await Promise.all((roles.outputs ?? []).map((f) => identifyFor(f, "create")));

  for (const [i, a] of inputs.entries())
    for (const b of inputs.slice(i + 1))
      if (await sameFile(a, b))
        throw new UsageError(
          `${a.given} dan ${b.given} adalah berkas yang sama — sebut tiap berkas sekali; tidak ada yang ditulis`
        );
  if (target)
    for (const a of inputs)
      if (await sameFile(a, target))
        throw new UsageError(
          `${a.given} adalah ${target.given} itu sendiri — berkas yang ditulis tidak boleh juga menjadi masukan; tidak ada yang ditulis`
        );
  // recap FILE --out FILE is recap in place; any other output must be a file of its own.
  const read = [...inputs, ...(source ? [source] : []), ...(target ? [target] : [])];
  for (const [i, out] of outputs.entries()) {
    for (const a of read)
      if (await sameFile(out, a))
        throw new UsageError(
          `keluaran ${out.given} adalah berkas masukan ${a.given} — pilih nama lain; tidak ada yang ditulis`
        );
    for (const b of outputs.slice(i + 1))
      if (await sameFile(out, b))
        throw new UsageError(
          `${out.given} dan ${b.given} adalah berkas yang sama — beri tiap keluaran nama sendiri; tidak ada yang ditulis`
        );
  }
  for (const out of [...outputs, ...(target ? [target] : [])]) await assertOutputPath(out);
  if (!target) return run();

  // A read-only target is refused by writeAtomic, before anything is written: `fix` with nothing
  // to fix and `merge --dry-run` still run on it.
  const release = await lockForWriting(target.given);
  try {
    return await run();
  } finally {
    await release();
  }
}

/** Resolving an output's path fails when its folder is missing: "create" explains it that way. */
async function identifyFor(file: string, step: FileStep): Promise<FileIdentity> {
  try {
    return await identify(file);
  } catch (err) {
    throw osError(err, file, step) ?? err;
  }
}

/** An output names a file, not a folder (its folder exists: identify resolved it). */
async function assertOutputPath(out: FileIdentity): Promise<void> {
  const stat = await fs.stat(out.real).catch(() => undefined);
  if (stat?.isDirectory())
    throw new UsageError(
      `${out.given} adalah folder, bukan berkas — sebutkan nama berkasnya, mis. ${path.join(out.given, "laporan")}`
    );
}
