// What Excel does with text written into a cell that is not formatted as Text: it parses it like
// typing. The fake applies this so a test sees what a real workbook would hold. It is deliberately
// broader than any one locale (Indonesian Excel reads "1.10" as 110, English as 1.1; German reads
// "2.1.3" as a date): whatever some locale turns into a number or date becomes a number here, because
// the add-in cannot know the user's locale and must format text cells as Text in every case.
export type Typed = { value: string | number | boolean | null; formula?: string };

const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}([.,]\d{3})+([.,]\d+)?$/;
const PERCENT = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)\s*%$/;
const DATE = /^\d{1,4}([/.-])\d{1,2}(\1\d{1,4})?$/;
const TIME = /^\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?$/;
const CURRENCY = /^(Rp|\$)\s?\d/;

export function typeIn(text: string): Typed {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text === "") return { value: null };
  // "=", and "+"/"-" followed by something that is not a number, start a formula.
  if (text.startsWith("=") && text.length > 1) return { value: null, formula: text.slice(1) };
  const t = text.trim();
  if (/^(TRUE|FALSE)$/i.test(t)) return { value: /^TRUE$/i.test(t) };
  if (NUMBER.test(t)) return { value: Number(t.replace(",", ".")) };
  if (GROUPED.test(t)) return { value: Number(t.replace(/[.,]/g, "")) };
  if (PERCENT.test(t)) return { value: Number(t.replace("%", "").replace(",", ".").trim()) / 100 };
  if (DATE.test(t) || TIME.test(t) || CURRENCY.test(t)) return { value: serialLike(t) };
  if (/^[+-]./.test(t)) return { value: null, formula: t };
  return { value: text };
}

/** Some number: the fake need not know which date Excel would pick, only that it is no longer text. */
function serialLike(text: string): number {
  return [...text].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 100_000, 7);
}
