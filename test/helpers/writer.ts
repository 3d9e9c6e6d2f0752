// LibreOffice Writer as an independent reader of the .docx files we write: it converts them to text
// or PDF headless. Writer is a package of its own on Debian (libreoffice-writer); Calc alone cannot
// open a .docx.
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, realpathSync } from "fs";
import os from "os";
import path from "path";
import { SOFFICE } from "./libreoffice";

const WRITER =
  SOFFICE !== undefined && existsSync(path.join(path.dirname(realpathSync(SOFFICE)), "swriter"));

/** CI must run these tests; a developer without LibreOffice Writer sees them skipped. */
export const describeWithWriter = WRITER || process.env.CI ? describe : describe.skip;

/** `file` converted by Writer (`txt:Text`, `pdf`) into `outDir`; the path of the result. */
export function writerConvert(file: string, filter: string, outDir: string): string {
  if (!SOFFICE) throw new Error("LibreOffice is not installed: apt-get install libreoffice-writer");
  // A profile of its own: parallel test files must not hand their jobs to one another's soffice.
  const profile = mkdtempSync(path.join(os.tmpdir(), "lo-writer-"));
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      file,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  const extension = filter.startsWith("txt") ? "txt" : filter.split(":")[0];
  const out = path.join(outDir, `${path.basename(file).replace(/\.\w+$/, "")}.${extension}`);
  if (!existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  return out;
}
