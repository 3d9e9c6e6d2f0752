// "Siapkan buku kerja": adds every contract sheet the workbook lacks, laid out by the core's templates;
// quarter sheets come pre-filled from the Perjanjian Kinerja already there. Existing sheets are never
// touched, so running it twice changes nothing.
import { Indicator } from "../core/model";
import { readBook } from "../core/reading";
import { byName } from "../core/workbook";
import { TemplateIndicator } from "../core/newSheet";
import { newWorkbook } from "../core/template";
import { Planned, WorkbookGateway, WorkbookRead } from "./ports";
import { defaultEnv, Env, logEntry } from "./log";

export type SetupOutcome = { created: string[]; prefilled: number };

export function setUpWorkbook(
  gateway: WorkbookGateway,
  env: Env = defaultEnv()
): Promise<SetupOutcome> {
  return gateway.update((read) => planSetup(read, env));
}

export function planSetup(read: WorkbookRead, env: Env): Planned<SetupOutcome> {
  const { model } = readBook(read.book).withStubs;
  const indicators = (model?.indicators ?? []).map(templateIndicator);
  const year = model?.settings.year ?? env.now().getFullYear();
  const create = newWorkbook({ year, settings: {}, indicators }).filter(
    (s) => !byName(read.sheets, s.name)
  );
  const created = create.map((s) => s.name);
  const prefilled = created.some((name) => name.startsWith("TW ")) ? indicators.length : 0;
  if (create.length === 0) return { result: { created, prefilled } };
  return {
    result: { created, prefilled },
    write: {
      create,
      log: [
        logEntry(
          env,
          "siapkan buku kerja",
          created.join(", "),
          `${prefilled} indikator diisikan ke lembar triwulan baru`
        ),
      ],
    },
  };
}

/**
 * The template's indicator type is the sample's (Kode text, four numeric targets); a workbook's own
 * indicators may have a numeric Kode and blank quarter targets. The template only copies both into
 * cells (OutCell takes numbers and null; capaian of a blank target is blank), so the casts are safe.
 */
function templateIndicator(ind: Indicator): TemplateIndicator {
  const t = ind.quarterTargets;
  return {
    kode: ind.kode as string,
    sasaran: ind.sasaran,
    indikator: ind.indikator,
    satuan: ind.satuan,
    polaritas: ind.polaritas,
    agregasi: ind.agregasi,
    targetTahunan: ind.targetTahunan,
    penanggungJawab: ind.penanggungJawab,
    quarterTargets: [t[1], t[2], t[3], t[4]] as [number, number, number, number],
  };
}
