// Writes the sheets of a brand-new workbook with ExcelJS, for the command line and the pane alike
// (no Node API). Only for files we create from nothing: a user's workbook is never loaded and
// re-saved through ExcelJS (docs/CONTRACT.md "Nothing lost").
import ExcelJS from "exceljs";
import { DATE_TIME_FORMAT } from "../core/excelDate";
import { NewSheet } from "../core/newSheet";
import { CellStyle, columnLetter, OutCell } from "../core/workbook";

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFD9E1F2" },
};
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  switch (style) {
    case "title":
      cell.font = { bold: true, size: 14 };
      break;
    case "subtitle":
      cell.font = { italic: true, color: { argb: "FF595959" } };
      break;
    case "header":
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: "middle" };
      break;
    case "decimal":
      cell.numFmt = "0.00";
      break;
    case "integer":
      cell.numFmt = "0";
      break;
    case "dateTime":
      cell.numFmt = DATE_TIME_FORMAT;
      break;
    default:
      break;
  }
}

function writeCell(cell: ExcelJS.Cell, out: OutCell): void {
  if (out.formula)
    cell.value = {
      formula: out.formula,
      result: out.value ?? undefined,
    } as ExcelJS.CellFormulaValue;
  else if (out.value !== null && out.value !== "") cell.value = out.value;
  applyStyle(cell, out.style);
}

async function addSheet(book: ExcelJS.Workbook, spec: NewSheet): Promise<void> {
  const ws = book.addWorksheet(spec.name, {
    state: spec.visibility,
    views: spec.frozenRows > 0 ? [{ state: "frozen", ySplit: spec.frozenRows }] : [],
  });
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  spec.rows.forEach((row, r) => row.forEach((out, c) => writeCell(ws.getCell(r + 1, c + 1), out)));
  for (const v of spec.validations) {
    const letter = columnLetter(v.col);
    // ExcelJS has no range-wide validation; one rule per cell in the range.
    for (let r = v.fromRow; r <= v.toRow; r++) {
      ws.getCell(`${letter}${r + 1}`).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${v.values.join(",")}"`],
        showErrorMessage: true,
        errorTitle: "Nilai tidak dikenal",
        error: `Pilih salah satu: ${v.values.join(", ")}`,
      };
    }
  }
  if (spec.unlocked) {
    const { fromRow, toRow, cols } = spec.unlocked;
    for (let r = fromRow; r <= toRow; r++)
      for (const c of cols) ws.getCell(r + 1, c + 1).protection = { locked: false };
  }
  // Without a password: against accidental typing, as the recap sheets are.
  if (spec.protect) await ws.protect("", { formatColumns: true, formatRows: true });
}

/** The sheets as a new .xlsx file: `init`'s workbook, a unit file of `distribute`. */
export async function renderNewWorkbook(sheets: readonly NewSheet[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Rekap Kinerja";
  book.calcProperties.fullCalcOnLoad = true;
  for (const s of sheets) await addSheet(book, s);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
