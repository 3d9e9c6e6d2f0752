// Ribbon function names: manifest.xml's <FunctionName> values must be exactly these keys (a jest test
// reads the manifest and checks them against what register.ts associates).
import { PeriodId } from "../core/contract";

export const RIBBON_RECAPS: Readonly<Record<string, PeriodId>> = {
  recapSemester1: "semester1",
  recapSemester2: "semester2",
  recapTahunan: "tahunan",
};
