// `riwayat`: previous years' workbooks into FILE's `Riwayat` sheet (importRiwayat). Kodes whose
// Indikator Kinerja reads differently this year are listed and left out until confirmed with
// `--terima`; the rest is written, and the exit is 1 while something awaits confirmation.
import path from "path";
import { Args } from "../args";
import { UsageError } from "../files";
import { EXIT, Io } from "../io";
import { createFileGateway } from "../fileGateway";
import { commandEnv, valueOption } from "../options";
import { importRiwayat } from "../../app/riwayat";
import { RIWAYAT_SHEET } from "../../core/riwayat";
import { formatProblem } from "../../core/problems";

const USAGE =
  "pakai: rekap-kinerja riwayat FILE TAHUN-LALU.xlsx… [--terima KODE[,KODE…]] [--oleh NAMA]";

export async function riwayat(args: Args, io: Io): Promise<number> {
  const [file, ...previousFiles] = args.positional;
  if (!file || previousFiles.length === 0) throw new UsageError(USAGE);
  const confirmed = (valueOption(args, "terima") ?? "")
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k !== "");
  const previous = [];
  for (const f of previousFiles)
    previous.push({ label: path.basename(f), book: (await createFileGateway(f).read()).book });
  const outcome = await importRiwayat(
    createFileGateway(file),
    previous,
    confirmed,
    commandEnv(args)
  );
  if (!outcome.ok) {
    for (const p of outcome.problems) io.out(formatProblem(p));
    for (const { label, problems } of outcome.refused) {
      for (const p of problems) io.out(`${label} › ${formatProblem(p)}`);
      io.out(`${label}: tidak diambil — betulkan berkas itu dulu (lihat di atas)`);
    }
    io.err(`${file}: ${RIWAYAT_SHEET} tidak ditulis — tidak ada yang ditulis`);
    return EXIT.invalid;
  }
  for (const y of outcome.years) {
    const accepted =
      y.confirmed.length > 0 ? `, termasuk ${y.confirmed.join(", ")} (diterima)` : "";
    io.out(`Tahun ${y.tahun} (${y.label}): ${y.imported} indikator diambil${accepted}`);
    if (y.dropped.length > 0)
      io.out(`  tidak ada di Perjanjian Kinerja tahun ini, tidak diambil: ${y.dropped.join(", ")}`);
  }
  for (const p of outcome.pending)
    io.out(
      `menunggu konfirmasi: ${p.kode} Tahun ${p.tahun} (${p.label}) bernama "${p.was}", kini "${p.now}" — ambil dengan --terima ${p.kode}`
    );
  io.out(`${file}: ${RIWAYAT_SHEET} ditulis, ${outcome.rows.length} baris`);
  return outcome.pending.length > 0 ? EXIT.invalid : EXIT.ok;
}
