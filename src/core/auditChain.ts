// Hash chains for the sheets people must not edit by hand (`Log`, `Persetujuan`): each row's hash is
// the SHA-256 of the previous row's stored hash and this row's fields, so editing a row breaks its own
// link and removing one breaks the next. The core says what is hashed; src/app hashes it (Web Crypto).
import { escapeField } from "./approval";

/** What a row's hash is taken of: the previous row's hash ("" for the first), a newline, the fields. */
export const linkText = (previous: string, fields: readonly string[]): string =>
  `${previous}\n${fields.map(escapeField).join("\t")}`;

/** A SHA-256 in hex, as the chains store it. */
export const isSha256Hex = (s: string): boolean => /^[0-9a-f]{64}$/.test(s);
