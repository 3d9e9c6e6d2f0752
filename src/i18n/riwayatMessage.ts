// An import into Riwayat as the pane's one message: what each year gave, what was left out and why.
import type { RiwayatOutcome } from "../app";
import { Message, problemList } from "./messages";
import { Strings } from "./strings";

export function riwayatMessage(outcome: RiwayatOutcome, t: Strings): Message {
  const r = t.riwayat;
  if (!outcome.ok) {
    const files = outcome.refused.map(
      (f) => `${r.fileRefused(f.label)} ${problemList(f.problems, t)}`
    );
    const count =
      outcome.problems.length + outcome.refused.reduce((n, f) => n + f.problems.length, 0);
    const own = outcome.problems.length > 0 ? [problemList(outcome.problems, t)] : [];
    return { intent: "error", text: [r.refused(count), ...own, ...files].join(" ") };
  }
  const years = outcome.years.map((y) => r.year(y.tahun, y.label, y.imported));
  const dropped = outcome.years.flatMap((y) => y.dropped);
  const text = [
    r.done(years, outcome.rows.length),
    ...(dropped.length > 0 ? [r.dropped([...new Set(dropped)])] : []),
    ...(outcome.pending.length > 0 ? [r.pending(outcome.pending.length)] : []),
  ].join(" ");
  return { intent: outcome.pending.length > 0 ? "warning" : "success", text };
}
