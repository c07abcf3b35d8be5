import { formatRate } from './formatRate.js';
import type { StageMeter } from './StageMeter.js';

const MIN_BAR = 10;
const MAX_BAR = 60;

interface Cells {
  name: string;
  count: string;
  rate: string;
  eta: string;
  fraction: number;
}
type TextCell = Exclude<keyof Cells, 'fraction'>;

/** What a line shows, widest first: a narrow terminal shortens the bar, then drops it, then the rate, then the ETA. */
const layouts: { bar: boolean; tail: TextCell[] }[] = [
  { bar: true, tail: ['count', 'rate', 'eta'] },
  { bar: false, tail: ['count', 'rate', 'eta'] },
  { bar: false, tail: ['count', 'eta'] },
  { bar: false, tail: ['count'] },
];

/**
 * The live status area: one line per active stage (`[europeana] images ████░░░░ 312/623  15.2 images/s  ETA 0:21`),
 * columns aligned across lines, the bar taking what the width leaves. Every line stays short of the last
 * column: a line that fills it leaves the cursor pending a wrap, and terminals differ on what comes next.
 * Lengths count UTF-16 units, which is the width here: names are archive ids and stages, the glyphs single-width.
 */
export function formatStatusLines(meters: readonly StageMeter[], now: number, columns: number, maxLines = Infinity): string[] {
  const width = Math.max(1, columns - 1);
  const room = Math.max(1, maxLines);
  const shown = meters.length > room ? meters.slice(0, room - 1) : meters;
  const lines = layOut(
    shown.map((meter) => cellsOf(meter, now)),
    width,
  );
  if (shown.length < meters.length) lines.push(`… ${meters.length - shown.length} more`);
  return lines.map((line) => (line.length > width ? line.slice(0, width) : line));
}

function cellsOf(meter: StageMeter, now: number): Cells {
  return {
    name: meter.label ? `[${meter.label}] ${meter.stage}` : meter.stage,
    count: `${meter.done}/${meter.total}`,
    rate: formatRate(meter.rate(now), meter.stage),
    eta: `ETA ${formatClock(meter.eta(now))}`,
    fraction: meter.total > 0 ? Math.min(1, meter.done / meter.total) : 1,
  };
}

function layOut(rows: Cells[], width: number): string[] {
  if (rows.length === 0) return [];
  const widest = (cell: TextCell) => Math.max(...rows.map((row) => row[cell].length));
  const nameWidth = widest('name');
  for (const { bar, tail } of layouts) {
    const tailWidth = tail.reduce((sum, cell) => sum + widest(cell), 0) + 2 * (tail.length - 1);
    const barWidth = Math.min(MAX_BAR, width - nameWidth - tailWidth - 2);
    if (bar ? barWidth < MIN_BAR : nameWidth + 1 + tailWidth > width) continue;
    return rows.map((row) =>
      [
        row.name.padEnd(nameWidth),
        ...(bar ? [drawBar(row.fraction, barWidth)] : []),
        tail.map((cell) => row[cell].padStart(widest(cell))).join('  '),
      ].join(' '),
    );
  }
  // Narrower still: the names give way to the counts.
  const countWidth = widest('count');
  const nameRoom = width - countWidth - 1;
  return rows.map((row) => `${shorten(row.name, nameRoom).padEnd(nameRoom)} ${row.count.padStart(countWidth)}`);
}

function drawBar(fraction: number, width: number): string {
  const filled = Math.round(fraction * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

function shorten(text: string, width: number): string {
  if (text.length <= width) return text;
  return width <= 0 ? '' : `${text.slice(0, width - 1)}…`;
}

/** `0:21`, `12:05`, `1:02:03`; `-:--` while there is no rate to go by. */
function formatClock(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '-:--';
  const whole = Math.ceil(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  const minutes = Math.floor(whole / 60);
  return minutes < 60 ? `${minutes}:${pad(whole % 60)}` : `${Math.floor(minutes / 60)}:${pad(minutes % 60)}:${pad(whole % 60)}`;
}
