// `rekap-kinerja <command>`: exit 0 on success, 1 on validation errors, 2 on usage errors.
import { parseArgs } from "./args";
import { UsageError } from "./files";
import { consoleIo, EXIT, Io } from "./io";
import { XlsxError } from "./xlsx";
import { init } from "./commands/init";
import { check } from "./commands/check";
import { fix } from "./commands/fix";
import { recap } from "./commands/recap";
import { exportReport } from "./commands/export";
import { merge } from "./commands/merge";

const USAGE = [
  "pakai: rekap-kinerja <perintah> …",
  "  init FILE [--year YYYY] [--sample]   buku kerja baru (dengan contoh Satpol PP bila --sample)",
  "  check FILE [--json]                  periksa isian; tiap masalah sebagai Lembar!Sel: pesan",
  "  fix FILE                             ubah angka yang tersimpan sebagai teks/persen menjadi angka",
  "  recap FILE [--period semester1|semester2|tahunan|all] [--out OUT]",
  "  export FILE [--period …] [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--date YYYY-MM-DD]   laporan kinerja",
  "  merge MASTER UNIT.xlsx… [--dry-run]  salin isian triwulan unit ke master; bentrokan dilaporkan, tidak ditimpa",
].join("\n");

const COMMANDS = {
  init: { run: init, valued: ["year"], flags: ["sample"] },
  check: { run: check, valued: [], flags: ["json"] },
  fix: { run: fix, valued: [], flags: [] },
  recap: { run: recap, valued: ["period", "out"], flags: ["quiet"] },
  export: { run: exportReport, valued: ["period", "pdf", "xlsx", "date"], flags: [] },
  merge: { run: merge, valued: [], flags: ["dry-run"] },
} as const;

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const debug = argv.includes("--debug");
  const rest = argv.filter((a) => a !== "--debug");
  const [name, ...args] = rest;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS[name as keyof typeof COMMANDS];
  if (!command) {
    io.err(`perintah tidak dikenal: ${name}\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command.run(parseArgs(args, command.valued, command.flags), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(err.message);
      return EXIT.usage;
    }
    if (err instanceof XlsxError) {
      io.err(`${args[0] ?? ""}: ${err.message}`);
      return EXIT.invalid;
    }
    io.err(
      `galat tak terduga: ${err instanceof Error ? err.message : String(err)}${debug ? "" : " (ulangi dengan --debug untuk rinciannya)"}`
    );
    if (debug && err instanceof Error && err.stack) io.err(err.stack);
    return EXIT.usage;
  }
}
