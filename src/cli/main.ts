// `rekap-kinerja <command>`: exit 0 on success, 1 on validation errors, 2 on usage errors.
import { Args, parseArgs } from "./args";
import { UsageError } from "./files";
import { FileRoles, guard } from "./guard";
import { consoleIo, EXIT, Io } from "./io";
import { FileError, strayOsError, tooLargeError } from "./osErrors";
import { valueOption } from "./options";
import { XlsxError } from "../xlsx";
import { check } from "./commands/check";
import { fix } from "./commands/fix";
import { recap } from "./commands/recap";
import { merge } from "./commands/merge";
import { riwayat } from "./commands/riwayat";
import { status } from "./commands/status";
import { step } from "./commands/step";
import { decide, submit } from "./commands/decide";

const USAGE = [
  "pakai: rekap-kinerja <perintah> …",
  "  init FILE [--year YYYY] [--sample]   buku kerja baru (dengan contoh Satpol PP bila --sample)",
  "  check FILE [--json]                  periksa isian; tiap masalah sebagai Lembar!Sel: pesan",
  "  fix FILE [--oleh NAMA]              ubah angka yang tersimpan sebagai teks/persen menjadi angka",
  "  recap FILE [--period semester1|semester2|tahunan|all] [--out OUT] [--oleh NAMA]",
  "  export FILE [--period …] [--pdf OUT.pdf] [--xlsx OUT.xlsx] [--date YYYY-MM-DD] [--abaikan-persetujuan]   laporan kinerja",
  "  lkjip FILE [--docx OUT.docx]         draf LKjIP Bab III A (Word): pengukuran, perbandingan tahun lalu dan target Renstra",
  "  distribute MASTER --quarter 1|2|3|4 --dir FOLDER [--oleh NAMA]   satu berkas baru per Penanggung Jawab untuk diisi bidangnya",
  "  merge MASTER UNIT.xlsx… [--dry-run] [--oleh NAMA]  salin isian triwulan unit ke master; bentrokan dilaporkan, tidak ditimpa",
  "  riwayat FILE TAHUN-LALU.xlsx… [--terima KODE[,KODE…]] [--oleh NAMA]  angka tahunan tahun-tahun sebelumnya ke lembar Riwayat",
  "  status FILE [--json]                 keadaan tiap periode (rekap, keputusan Kasubag), langkah SOP terakhir, masalah",
  '  step FILE --langkah N --periode "TW II 2023" --mulai ISO --selesai ISO --oleh NAMA   catat langkah SOP',
  "  submit FILE --period semester1|semester2|tahunan --oleh NAMA   ajukan laporan ke Kasubag",
  "  decide FILE --period semester1|semester2|tahunan --ya|--tidak [--catatan TEKS] --oleh NAMA [--atas-nama-kasubag]   keputusan Kasubag",
].join("\n");

/** Which of a command's paths it reads, rewrites or creates: guard.ts checks them before it runs. */
const reportOutputs = (args: Args): string[] =>
  // Without either, export names its PDF once the workbook's year is read, and checks it then.
  [valueOption(args, "pdf"), valueOption(args, "xlsx")].filter((p): p is string => p !== undefined);

type Command = {
  run: (args: Args, io: Io) => Promise<number>;
  valued: readonly string[];
  flags: readonly string[];
  files: (args: Args) => FileRoles;
};

// init, export, lkjip and distribute load ExcelJS, jsPDF or docx (half a second at start-up): only
// when they run.
const COMMANDS: Record<string, Command> = {
  init: {
    run: async (args, io) => (await import("./commands/init")).init(args, io),
    valued: ["year"],
    flags: ["sample"],
    files: ({ positional: [file] }) => ({ outputs: file === undefined ? [] : [file] }),
  },
  check: {
    run: check,
    valued: [],
    flags: ["json"],
    files: ({ positional: [file] }) => ({ inputs: file === undefined ? [] : [file] }),
  },
  fix: {
    run: fix,
    valued: ["oleh"],
    flags: [],
    files: ({ positional: [file] }) => ({ target: file }),
  },
  recap: {
    run: recap,
    valued: ["period", "out", "oleh"],
    flags: ["quiet"],
    // --out naming FILE itself (even through a link) is recap in place, as without --out.
    files: (args) => ({
      source: args.positional[0],
      target: valueOption(args, "out") ?? args.positional[0],
    }),
  },
  export: {
    run: async (args, io) => (await import("./commands/export")).exportReport(args, io),
    valued: ["period", "pdf", "xlsx", "date"],
    flags: ["abaikan-persetujuan"],
    files: (args) => ({ inputs: args.positional.slice(0, 1), outputs: reportOutputs(args) }),
  },
  lkjip: {
    run: async (args, io) => (await import("./commands/lkjip")).lkjip(args, io),
    valued: ["docx"],
    flags: [],
    files: (args) => ({
      inputs: args.positional.slice(0, 1),
      outputs: [valueOption(args, "docx")].filter((p): p is string => p !== undefined),
    }),
  },
  // Its files are named once the master is read (distribute.ts checks them then).
  distribute: {
    run: async (args, io) => (await import("./commands/distribute")).distribute(args, io),
    valued: ["quarter", "dir", "oleh"],
    flags: [],
    files: ({ positional: [master] }) => ({ inputs: master === undefined ? [] : [master] }),
  },
  merge: {
    run: merge,
    valued: ["oleh"],
    flags: ["dry-run"],
    files: ({ positional: [master, ...units] }) => ({ target: master, inputs: units }),
  },
  // The previous years' workbooks are only read; FILE is locked and replaced as merge's master.
  riwayat: {
    run: riwayat,
    valued: ["terima", "oleh"],
    flags: [],
    files: ({ positional: [file, ...previous] }) => ({ target: file, inputs: previous }),
  },
  status: {
    run: status,
    valued: [],
    flags: ["json"],
    files: ({ positional: [file] }) => ({ inputs: file === undefined ? [] : [file] }),
  },
  // step, submit and decide write through the file gateway: `target` holds the lock for the whole run.
  step: {
    run: step,
    valued: ["langkah", "periode", "mulai", "selesai", "oleh"],
    flags: [],
    files: ({ positional: [file] }) => ({ target: file }),
  },
  submit: {
    run: submit,
    valued: ["period", "oleh"],
    flags: [],
    files: ({ positional: [file] }) => ({ target: file }),
  },
  decide: {
    run: decide,
    valued: ["period", "catatan", "oleh"],
    flags: ["ya", "tidak", "atas-nama-kasubag"],
    files: ({ positional: [file] }) => ({ target: file }),
  },
};

export async function main(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  const debug = argv.includes("--debug");
  const rest = argv.filter((a) => a !== "--debug");
  const [name, ...args] = rest;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`perintah tidak dikenal: ${name}\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    const parsed = parseArgs(args, command.valued, command.flags);
    return await guard(command.files(parsed), () => command.run(parsed, io));
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(err.message);
      return EXIT.usage;
    }
    if (err instanceof XlsxError) {
      io.err(`${args[0] ?? ""}: ${err.message}`);
      return EXIT.invalid;
    }
    // Ordinary conditions of the machine (permissions, disk full, a file in use), never a bug.
    const known =
      err instanceof FileError ? err : (strayOsError(err) ?? tooLargeError(err, args[0] ?? ""));
    if (known) {
      io.err(known.message);
      return known.exit;
    }
    io.err(
      `galat tak terduga: ${err instanceof Error ? err.message : String(err)}${debug ? "" : " (ulangi dengan --debug untuk rinciannya)"}`
    );
    if (debug && err instanceof Error && err.stack) io.err(err.stack);
    return EXIT.usage;
  }
}
