import type { ArchiveOutcome } from '../commands/collectMany.js';

/** The final table of a multi-archive collection: one line per archive, ✓ or ✗. */
export function formatCollectionTable(outcomes: ArchiveOutcome[]): string[] {
  const header = ['archive', 'rows', 'images', 'failed', 'time', ''];
  const lines = outcomes.map((o) => [
    o.archive,
    String(o.rows),
    String(o.images),
    String(o.failedImages),
    `${o.seconds}s`,
    o.ok ? '✓' : `✗ ${o.error ?? ''}`.trim(),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]?.length ?? 0)));
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return ['COLLECTION SUMMARY', format(header), ...lines.map(format)];
}
