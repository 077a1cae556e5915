// The one CSV writer of the app: every export goes through csvField, so no file the admin opens in
// a spreadsheet can run a formula, whichever delimiter the spreadsheet splits on.
//
// Spreadsheets run a cell starting with = + - @ (or their full-width forms) as a formula, also after
// leading spaces or quotes; a leading tab or CR can hide one. OWASP's fix is a ' prefix. A French or
// German spreadsheet splits on ";" and a paste splits on tab, and they honour quotes only at the
// start of a cell, so quoting (RFC 4180) protects a field only where it starts: a cell can also
// start after a ";", tab or line break inside a field. The prefix goes there too.

export type CsvCell = string | number | boolean | null;

const FORMULA_CHAR = "=+\\-@\\uff1d\\uff0b\\uff0d\\uff20";
const LEADING_FORMULA = new RegExp(`^(?:[\\s\\u00a0\\u3000"]*[${FORMULA_CHAR}]|[\\t\\r])`);
const INNER_FORMULA = new RegExp(`([;\\t\\r\\n])([\\s\\u00a0\\u3000"]*)(?=[${FORMULA_CHAR}])`, "g");
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** Prefixes ' wherever a spreadsheet could start a cell with a formula. */
export function neutraliseFormulas(text: string): string {
  const inner = text.replace(INNER_FORMULA, "$1$2'");
  return LEADING_FORMULA.test(text) ? `'${inner}` : inner;
}

/** One field: formulas neutralised, then quoted (inner quotes doubled) if it holds , ; tab CR LF or ". */
export function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  const text = neutraliseFormulas(String(cell));
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(",");
}

/** Records separated and terminated by CRLF (RFC 4180). */
export function csvDocument(records: readonly (readonly CsvCell[])[]): string {
  return records.map((record) => `${csvRecord(record)}\r\n`).join("");
}
