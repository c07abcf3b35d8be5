import { formatCount, formatPercent, type Count } from '../figures/index.js';

/**
 * With thousands of labels a chart is unreadable: it shows the most frequent ones and says in a note how
 * many labels and images the rest hold (the card's table lists them all).
 */
export function topWithRest(sorted: readonly Count[], limit: number): { shown: Count[]; note: string | null } {
  const shown = sorted.slice(0, limit);
  if (shown.length === sorted.length) return { shown, note: null };
  const hidden = sorted.slice(limit);
  const all = sorted.reduce((sum, { count }) => sum + count, 0);
  const rest = hidden.reduce((sum, { count }) => sum + count, 0);
  return {
    shown,
    note:
      `top ${limit} of ${formatCount(sorted.length)} labels shown; the other ${formatCount(hidden.length)} ` +
      `hold ${formatCount(rest)} images (${formatPercent(rest, all)}), listed in report.html`,
  };
}
