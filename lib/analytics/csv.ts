export type CsvValue = string | number | boolean | null | undefined | Date;

/**
 * Spreadsheets run a cell that starts with one of = + - @ (or a tab or CR before them) as a formula
 * (CSV injection), and several skip leading spaces first, so " =cmd" is as dangerous as "=cmd".
 * The prefix may hide behind any whitespace, including the invisible zero-width kinds.
 */
const FORMULA_START = /^[\s\u200B-\u200D\u2060]*[=+\-@\t\r]/;

/**
 * Quoted when the field holds a separator: ',' (RFC 4180), ';' (what spreadsheets in many locales
 * split on), a quote or a line break; or when it has leading or trailing spaces a reader might trim.
 */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One RFC 4180 field. Text that a spreadsheet would read as a formula is prefixed with an
 * apostrophe; numbers stay numbers (a negative number is data, not a formula).
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLines = (rows: ReadonlyArray<readonly CsvValue[]>) => rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");

/** A whole CSV document: header row, then rows, CRLF line ends, with a BOM so Excel reads UTF-8. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return `\uFEFF${csvLines([header, ...rows])}`;
}

/**
 * The same document as a stream, one page of rows at a time (each page read only when the reader
 * wants more), so an export's memory does not grow with the cohort's history.
 */
export function csvStream(header: readonly string[], pages: AsyncIterator<ReadonlyArray<readonly CsvValue[]>>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLines([header])}`));
        return;
      }
      const page = await pages.next();
      if (page.done) controller.close();
      else if (page.value.length > 0) controller.enqueue(encoder.encode(csvLines(page.value)));
    },
    async cancel() {
      await pages.return?.();
    },
  });
}

/** A file name safe for Content-Disposition: letters, digits and dashes. */
export function csvFileName(...parts: string[]): string {
  const base = parts.join("-").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return `${base || "export"}.csv`;
}
