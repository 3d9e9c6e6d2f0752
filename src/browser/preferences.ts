// Pane preferences: the user's name and a step they started. They belong to the person at this
// browser, not to the workbook (a shared file must not carry one user's name into another's pane), so
// they live in localStorage. Some hosts refuse storage — private windows, locked-down WebViews throw
// on the mere access — and then the pane keeps them in memory for as long as it is open. No React
// here: the ribbon's function file reads the name too, so it lives outside both front ends.
import { PERIODE_KEYS, PeriodeKey } from "../core/tracker";

export const NAME_KEY = "rekap-kinerja.nama";
export const STARTED_KEY = "rekap-kinerja.langkah-berjalan";

export function browserStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    const probe = "rekap-kinerja.uji";
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null; // denied (SecurityError) or full: no storage, by design not an error
  }
}

export function readPreference(key: string): string | null {
  try {
    return browserStorage()?.getItem(key) ?? null;
  } catch {
    return null; // storage revoked since the probe: as if nothing was stored
  }
}

/** A step someone pressed "Mulai" on; "Selesai" records it with this start. */
export type StartedStep = { step: number; periode: PeriodeKey; startedAt: string };

/** Stored JSON back to a started step; anything else (an older format, a hand edit) is no step. */
export function parseStarted(text: string | null): StartedStep | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<StartedStep>;
    const ok =
      typeof v.step === "number" &&
      PERIODE_KEYS.includes(v.periode as PeriodeKey) &&
      typeof v.startedAt === "string" &&
      !Number.isNaN(Date.parse(v.startedAt));
    return ok ? (v as StartedStep) : null;
  } catch {
    return null; // not JSON: treat as nothing started
  }
}
