/** Right-aligned columns under their titles, the first column left-aligned. */
export function formatTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const format = (row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  return [format(header), ...rows.map(format)];
}

export function percent(ratio) {
  return Number.isFinite(ratio) ? `${(ratio * 100).toFixed(0)}%` : '-';
}

export function fixed(value, digits = 1) {
  return Number.isFinite(value) ? value.toFixed(digits) : '-';
}

export function megabytes(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / (1024 * 1024)).toFixed(0)} MB` : '-';
}

/** run-summary.json's `politeness`: per host and lane, what was sent and where the adaptive limits settled. */
export function politenessTable(lanes) {
  const limits = ({ concurrency, requestsPerSecond }) => `${concurrency} in flight, ${Number(requestsPerSecond.toFixed(1))}/s`;
  return formatTable(
    ['host', 'lane', 'requests', 'throttled', 'timeouts', 'settled at', 'ceiling'],
    lanes.map((lane) => [
      lane.host,
      lane.lane,
      String(lane.requests),
      String(lane.throttled),
      String(lane.timeouts),
      limits(lane.settled),
      limits(lane.ceiling),
    ]),
  );
}

/** `{ 'http-404': 6, corrupt: 8 }` → `6 http-404, 8 corrupt`; `none` when empty. */
export function formatCounts(counts) {
  return (
    Object.entries(counts)
      .map(([what, count]) => `${count} ${what}`)
      .join(', ') || 'none'
  );
}
