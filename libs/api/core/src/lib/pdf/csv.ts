/** One cell: always quoted; a leading formula character is defused for spreadsheet programs. */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * A CSV file as Dutch spreadsheet programs read it: semicolons between cells, CRLF between rows,
 * and a byte order mark so the Dutch characters come out right.
 */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
