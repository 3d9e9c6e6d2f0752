// What the operating system says (errno codes), in one place, as a message a person can act on:
// ordinary conditions (no permission, disk full, a folder where a file was meant) are never
// "galat tak terduga". Exit codes follow README "Command line": 2 when the command as typed cannot
// work (a path that does not exist or is a folder), 1 when the files or the machine must change
// first (permissions, space, a file in use).
import path from "path";

/** A file-system condition explained in Indonesian, with the exit code the CLI returns for it. */
export class FileError extends Error {
  constructor(
    message: string,
    readonly exit: 1 | 2
  ) {
    super(message);
    this.name = "FileError";
  }
}

/**
 * What we were doing with the path when the system refused: reading an input, creating something in
 * the output's folder (temp file, lock), writing bytes, or replacing the old file with the new one.
 */
export type FileStep = "read" | "create" | "write" | "replace";

type Explain = (file: string, step: FileStep) => [message: string, exit: 1 | 2];

const folderOf = (file: string): string => path.dirname(file) || ".";

const noPermission: Explain = (file, step) =>
  step === "read"
    ? [`tidak ada izin membaca berkas: ${file}`, 1]
    : step === "create"
      ? [
          `tidak ada izin menulis di folder ${folderOf(file)} (untuk ${file}) — periksa izin foldernya`,
          1,
        ]
      : [`tidak ada izin menulis berkas: ${file} — periksa izin berkas dan foldernya`, 1];

/** A file held open by another program: on Windows a rename over it fails with EPERM/EBUSY. */
const inUse = (file: string): [string, 1] => [
  `${file} sedang dibuka program lain (mis. Excel) — tutup berkas itu lalu ulangi; berkas lama tidak diubah`,
  1,
];

const OS_ERRORS: Record<string, Explain> = {
  ENOENT: (file, step) =>
    step === "read"
      ? [`berkas tidak ditemukan: ${file}`, 2]
      : [`folder tujuan tidak ada: ${folderOf(file)} (untuk ${file})`, 2],
  ENOTDIR: (file) => [`jalur ${file} melewati sesuatu yang bukan folder`, 2],
  EISDIR: (file) => [`${file} adalah folder, bukan berkas — sebutkan nama berkasnya`, 2],
  ENAMETOOLONG: (file) => [`nama atau jalur berkas terlalu panjang: ${file}`, 2],
  ELOOP: (file) => [`tautan simbolik berputar tanpa ujung: ${file}`, 2],
  EACCES: (file, step) =>
    process.platform === "win32" && step === "replace" ? inUse(file) : noPermission(file, step),
  EPERM: (file, step) =>
    process.platform === "win32" && step === "replace" ? inUse(file) : noPermission(file, step),
  EBUSY: (file) => inUse(file),
  ETXTBSY: (file) => inUse(file),
  EROFS: (file, step) =>
    step === "read"
      ? [`berkas tidak dapat dibaca: ${file}`, 1]
      : [
          `sistem berkas hanya-baca: ${file} tidak dapat ditulis — simpan ke folder lain (mis. --out)`,
          1,
        ],
  ENOSPC: (file) => [
    `ruang disk penuh saat menulis ${file} — kosongkan ruang lalu ulangi; berkas lama tidak diubah`,
    1,
  ],
  EDQUOT: (file) => [
    `kuota disk habis saat menulis ${file} — kosongkan ruang lalu ulangi; berkas lama tidak diubah`,
    1,
  ],
  EFBIG: (file) => [`berkas terlalu besar untuk sistem berkas ini: ${file}`, 1],
  EIO: (file) => [
    `galat perangkat (I/O) saat mengakses ${file} — periksa disk atau jaringannya`,
    1,
  ],
  EMFILE: (file) => [`terlalu banyak berkas terbuka saat mengakses ${file} — ulangi nanti`, 1],
  ENFILE: (file) => [`terlalu banyak berkas terbuka saat mengakses ${file} — ulangi nanti`, 1],
};

const codeOf = (err: unknown): string | undefined =>
  typeof err === "object" && err !== null && typeof (err as { code?: unknown }).code === "string"
    ? (err as { code: string }).code
    : undefined;

/** The system's refusal as a FileError naming `file`; undefined when it is no ordinary OS condition. */
export function osError(err: unknown, file: string, step: FileStep): FileError | undefined {
  if (err instanceof FileError) return err;
  const code = codeOf(err);
  const explain = code === undefined ? undefined : OS_ERRORS[code];
  if (!explain) return undefined;
  const [message, exit] = explain(file, step);
  return new FileError(message, exit);
}

/**
 * An error thrown by `fs` that reached the top without being explained where it happened: it carries
 * its own path (`err.path`), so it can still be told in words.
 */
export function strayOsError(err: unknown): FileError | undefined {
  const file = (err as { path?: unknown } | null)?.path;
  if (typeof file !== "string") return undefined;
  const syscall = String((err as { syscall?: unknown }).syscall ?? "");
  const step: FileStep = /^(open|read|stat|lstat|access|scandir|realpath)/.test(syscall)
    ? "read"
    : "write";
  return osError(err, file, step);
}

/**
 * Data bigger than Node can hold: a string over V8's limit (~512 million characters; a shared-strings
 * part that expands that far), or a buffer the machine cannot allocate. Undefined for anything else.
 */
export function tooLargeError(err: unknown, file: string): FileError | undefined {
  const code = codeOf(err);
  const message = err instanceof Error ? err.message : "";
  if (
    code === "ERR_STRING_TOO_LONG" ||
    (err instanceof RangeError && /Invalid string length/i.test(message))
  ) {
    return new FileError(
      `${file}: isi berkas terlalu besar untuk dibaca — teks di dalamnya (mis. sharedStrings.xml) melebihi batas panjang teks Node.js; ditolak`,
      1
    );
  }
  if (code === "ERR_FS_FILE_TOO_LARGE")
    return new FileError(
      `${file}: berkas terlalu besar untuk dibaca (lebih dari 2 GB); ditolak`,
      1
    );
  if (
    code === "ERR_BUFFER_TOO_LARGE" ||
    (err instanceof RangeError && /allocation failed|Array buffer allocation/i.test(message))
  ) {
    return new FileError(`${file}: memori tidak cukup untuk membaca berkas ini; ditolak`, 1);
  }
  return undefined;
}
