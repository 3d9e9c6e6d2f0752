// A brand-new workbook (the command line's `init`): every contract sheet, for the year asked or the
// current one as "Siapkan buku kerja" takes it, optionally filled with the Satpol PP sample. In Excel
// the user makes the workbook and the pane sets it up (setup.ts); a front end that writes files
// writes these sheets into a new one.
import { SAMPLE_INDICATORS, SAMPLE_SETTINGS } from "../core/sample";
import { NewSheet } from "../core/newSheet";
import { newWorkbook } from "../core/template";
import { defaultEnv, Env } from "./log";

export type NewWorkbookPlan = { year: number; sheets: NewSheet[]; sampleIndicators: number };

export function planNewWorkbook(
  options: { year?: number; sample: boolean },
  env: Env = defaultEnv()
): NewWorkbookPlan {
  const { sample } = options;
  const year = options.year ?? (sample ? Number(SAMPLE_SETTINGS.Tahun) : env.now().getFullYear());
  const indicators = sample ? SAMPLE_INDICATORS : [];
  return {
    year,
    sheets: newWorkbook({ year, settings: sample ? SAMPLE_SETTINGS : {}, indicators }),
    sampleIndicators: indicators.length,
  };
}
