// Audit entries for the very hidden `Log` sheet: who did what to which sheet, with a short hash so
// an edited row stands out when someone recomputes it.
import { toSerial } from "../core/excelDate";
import { CalendarDate, dateOfSerial } from "../core/schedule";
import { Env, LogEntry } from "./ports";

export type { Env };

/** FNV-1a, 32 bits, as 8 hex digits: synchronous and tiny; tamper evidence, not security. */
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

export function logEntry(env: Env, action: string, sheet: string, detail: string): LogEntry {
  const time = env.now().toISOString();
  return {
    time,
    user: env.user,
    action,
    sheet,
    detail,
    hash: fnv1a([time, env.user, action, sheet, detail].join("|")),
  };
}
