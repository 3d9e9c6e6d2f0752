// `step`: one SOP step recorded in `Tahapan SOP` (and the Log) by the pane's own use case, recordStep.
import { Args } from "../args";
import { UsageError } from "../files";
import { EXIT, Io } from "../io";
import { requiredOption } from "../options";
import { createFileGateway } from "../fileGateway";
import { recordStep } from "../../app/steps";
import { Env } from "../../app/ports";
import { PERIODE_KEYS, PERIODE_LABEL, parsePeriode } from "../../core/tracker";
import { formatProblem } from "../../core/problems";
import { PROCESS_STRINGS } from "../../i18n/processStrings";

const USAGE =
  'pakai: rekap-kinerja step FILE --langkah N --periode "TW II 2023" --mulai ISO --selesai ISO --oleh NAMA';
const { sop } = PROCESS_STRINGS.id;

export async function step(args: Args, io: Io): Promise<number> {
  const [file] = args.positional;
  if (!file) throw new UsageError(USAGE);
  const langkahText = requiredOption(args, "langkah", USAGE);
  if (!/^\d+$/.test(langkahText.trim()))
    throw new UsageError(`--langkah harus nomor langkah SOP (mis. 2), bukan "${langkahText}"`);
  const periodeText = requiredOption(args, "periode", USAGE);
  const periode = parsePeriode(periodeText);
  if (!periode) {
    const labels = PERIODE_KEYS.map((k) => PERIODE_LABEL[k]).join(", ");
    throw new UsageError(
      `--periode tidak dikenal: "${periodeText}" (${labels}, dengan tahun bila perlu: "TW II 2023")`
    );
  }
  const mulai = timeOption(requiredOption(args, "mulai", USAGE), "mulai");
  const selesai = timeOption(requiredOption(args, "selesai", USAGE), "selesai");
  const name = requiredOption(args, "oleh", USAGE);

  // One wall clock for both cells, so the duration is the real one: the offset written with the
  // times (Selesai's first), else this computer's.
  const offset = selesai.offset ?? mulai.offset;
  const env: Env = {
    now: () => selesai.at,
    user: name,
    ...(offset === undefined ? {} : { utcOffset: () => offset }),
  };
  const outcome = await recordStep(
    createFileGateway(file),
    {
      step: Number(langkahText),
      periode: periode.key,
      ...(periode.year === null ? {} : { year: periode.year }),
      name,
      startedAt: mulai.at,
    },
    env
  );
  if (!outcome.ok) {
    for (const p of outcome.problems) io.out(formatProblem(p));
    io.err(
      `${file}: ${sop.refused(outcome.problems.length)} lihat di atas; tidak ada yang ditulis`
    );
    return EXIT.invalid;
  }
  const e = outcome.entry;
  const over = e.sesuai === "Tidak";
  const recorded = sop.recorded(e.langkah ?? 0, e.periode, e.durasi ?? 0, e.satuan, over);
  io.out(`${file}: ${recorded} (Tahapan SOP baris ${e.row + 1})`);
  return EXIT.ok;
}

/**
 * `2023-07-01T08:30`, with seconds and an offset (`Z`, `+07:00`) if wanted. Without an offset it is
 * this computer's wall-clock time, as JavaScript reads it.
 */
export function timeOption(text: string, name: string): { at: Date; offset?: number } {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text.trim()
    );
  const bad = () =>
    new UsageError(`--${name} bukan waktu ISO: "${text}" (mis. 2023-07-01T08:30 atau …+07:00)`);
  if (!m) throw bad();
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => Number(v ?? 0));
  const zone = m[7];
  const offset =
    zone === undefined
      ? undefined
      : zone.toUpperCase() === "Z"
        ? 0
        : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  // Date.UTC rolls 30 February over into March: the fields read back must be the ones given.
  const wall = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const same =
    wall.getUTCFullYear() === y &&
    wall.getUTCMonth() === mo - 1 &&
    wall.getUTCDate() === d &&
    wall.getUTCHours() === h &&
    wall.getUTCMinutes() === mi &&
    wall.getUTCSeconds() === s;
  if (!same || (offset !== undefined && Math.abs(offset) > 14 * 60)) throw bad();
  if (offset !== undefined) return { at: new Date(wall.getTime() - offset * 60_000), offset };
  return { at: new Date(y, mo - 1, d, h, mi, s) };
}
