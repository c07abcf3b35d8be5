import { formatPercent } from '../figures/index.js';
import type { CardInput } from './CardInput.js';
import { chartFigure } from './chartFigure.js';
import { section, table, type Cell } from './html.js';

export function yearsSection({ profile, charts }: CardInput): string {
  const rows: Cell[][] = [...profile.years]
    .sort(([a], [b]) => a - b)
    .map(([year, images]) => [String(year), images, formatPercent(images, profile.rows)]);
  rows.push(['undated', profile.undated, formatPercent(profile.undated, profile.rows)]);
  return section(
    'years',
    'Years',
    chartFigure(charts.get('year_distribution')) + table(['year', 'images', 'share'], rows, `images per year (${rows.length - 1} years)`),
  );
}
