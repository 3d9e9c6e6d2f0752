// Excel keeps a date-time as a serial number: days since 1899-12-30 on the wall clock of whoever typed
// it, with no time zone. The tracker writes the user's local time, so converting a JavaScript Date
// (an instant) needs the UTC offset the user's clock had at that instant — minutes east of UTC:
// WIB +420, WITA +480, WIT +540. Valid from 1900-03-01 on (Excel's serials before that carry the
// Lotus 1-2-3 leap-year bug). The core counts in this 1900 system; a workbook saved in the 1904 date
// system (WorkbookSnapshot.date1904) holds every serial DAYS_1900_TO_1904 lower, and the tracker and
// Pengaturan shift them as they read and write.

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 00:00 as a serial. */
const UNIX_EPOCH_SERIAL = 25_569;
/** 1904-01-01, serial 0 of the 1904 date system, in the 1900 system. */
export const DAYS_1900_TO_1904 = 1462;

/** The number format the tracker gives Mulai and Selesai: Indonesian order, 24-hour clock. */
export const DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";

export function toSerial(instant: Date, offsetMinutes: number): number {
  return (instant.getTime() + offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The instant a serial stands for on a clock `offsetMinutes` east of UTC, to the millisecond. */
export function fromSerial(serial: number, offsetMinutes: number): Date {
  return new Date(
    Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY) - offsetMinutes * MS_PER_MINUTE
  );
}

const two = (n: number): string => String(n).padStart(2, "0");

/** `dd/mm/yyyy hh:mm`, the wall-clock time the serial holds (no zone is involved). */
export function formatSerial(serial: number): string {
  const d = fromSerial(serial, 0);
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** The calendar year of a serial's wall-clock date. */
export const serialYear = (serial: number): number => fromSerial(serial, 0).getUTCFullYear();
