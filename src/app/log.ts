// Audit entries for the very hidden `Log` sheet: who did what to which sheet. The gateway seals them
// into the Log's hash chain when it writes (audit.ts).
import { toSerial } from "../core/excelDate";
import { CalendarDate, dateOfSerial } from "../core/schedule";
import { Env, LogDraft } from "./ports";

export type { Env };

/** FNV-1a, 32 bits, as 8 hex digits: the hash of Log rows written before the SHA-256 chain (audit.ts). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Who acts when nobody gave a name: "pengguna" (add-ins get no identity without single sign-on). */
export const defaultEnv = (): Env => ({ now: () => new Date(), user: "pengguna" });

/** An instant as the Excel serial of the user's wall-clock time, for the tracker's Mulai and Selesai. */
export function serialAt(env: Env, at: Date): number {
  return toSerial(at, env.utcOffset ? env.utcOffset(at) : -at.getTimezoneOffset());
}

/** The user's calendar day now: which quarters have ended is judged on it. */
export const todayOf = (env: Env): CalendarDate => dateOfSerial(serialAt(env, env.now()));

export function logEntry(env: Env, action: string, sheet: string, detail: string): LogDraft {
  return { time: env.now().toISOString(), user: env.user, action, sheet, detail };
}
