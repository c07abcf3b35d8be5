/**
 * One CSV field as core's `writeCsv` writes it (papaparse's `unparse` rules): quoted when it holds a
 * comma, a quote, a line break or a byte order mark, or starts or ends with a space; quotes doubled.
 * The merge formats its lines itself so it can write a row straight to every file it belongs in.
 */
export function csvField(text: string | undefined): string {
  if (text === undefined || text === '') return '';
  const quoted = text.includes('"');
  const needsQuotes =
    quoted ||
    text.includes(',') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text.includes('\ufeff') ||
    text.startsWith(' ') ||
    text.endsWith(' ');
  if (!needsQuotes) return text;
  return `"${quoted ? text.replaceAll('"', '""') : text}"`;
}

/** A CSV line of already quoted `fields` picked by position, without its line end. */
export function pickedLine(fields: readonly string[], positions: readonly number[]): string {
  let line = '';
  for (const [i, position] of positions.entries()) {
    const field = fields[position];
    if (field === undefined) throw new RangeError(`no field ${position} in a line of ${fields.length}`);
    line += i === 0 ? field : `,${field}`;
  }
  return line;
}

/** The header line of `columns`, without its line end. */
export function csvHeader(columns: readonly string[]): string {
  return columns.map(csvField).join(',');
}
