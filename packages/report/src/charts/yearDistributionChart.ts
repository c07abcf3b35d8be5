import type { TopLevelSpec } from 'vega-lite';
import { formatCount } from '../figures/index.js';
import { COLORS } from './chartConfig.js';
import { placeholderChart } from './placeholderChart.js';

/** Shaded spans; `end` is exclusive (a year is drawn from its start to the next year's start). */
export const WARS = [
  { name: 'WWI 1914–1918', start: 1914, end: 1919 },
  { name: 'WWII 1939–1945', start: 1939, end: 1946 },
] as const;

/**
 * Images per year, one bar a year, both world wars shaded where they fall inside the axis. Undated images
 * are counted in the caption. One year or none at all still gives a readable chart.
 */
export function yearDistributionChart(years: ReadonlyMap<number, number>, undated: number): TopLevelSpec {
  const title = 'Year distribution';
  const sorted = [...years].sort(([a], [b]) => a - b);
  const earliest = sorted.at(0);
  const latest = sorted.at(-1);
  if (earliest === undefined || latest === undefined) return placeholderChart(title, `No dated images (${formatCount(undated)} undated)`);
  const [first] = earliest;
  const [last] = latest;
  const margin = Math.max(1, Math.round((last - first) * 0.02));
  const domain: [number, number] = [first - margin, last + 1 + margin];
  const dated = sorted.reduce((sum, [, count]) => sum + count, 0);
  const wars = WARS.filter(({ start, end }) => start < domain[1] && end > domain[0]).map((war) => ({
    name: war.name,
    start: Math.max(war.start, domain[0]),
    end: Math.min(war.end, domain[1]),
  }));
  const x = {
    field: 'start',
    type: 'quantitative',
    title: 'year',
    scale: { domain, nice: false, zero: false },
    axis: { format: 'd', tickMinStep: 1 },
  } as const;
  return {
    title: {
      text: title,
      subtitle: [
        `${formatCount(dated)} dated images, ${first === last ? first : `${first}–${last}`}; ` +
          `${formatCount(undated)} undated images (not plotted)`,
        `peak ${peakYear(sorted)}; shaded: ${WARS.map(({ name }) => name).join(', ')}`,
      ],
    },
    width: 720,
    height: 280,
    layer: [
      {
        data: { values: wars },
        mark: { type: 'rect', color: COLORS.war, opacity: 0.18 },
        encoding: { x, x2: { field: 'end' } },
      },
      {
        data: { values: wars },
        // Above the plot area, where no bar can hide it.
        mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 2, dy: -3, color: '#5a4232' },
        encoding: { x, y: { value: 0 }, text: { field: 'name' } },
      },
      {
        data: { values: sorted.map(([year, count]) => ({ start: year, end: year + 1, count })) },
        mark: { type: 'bar', color: COLORS.bar, stroke: 'white', strokeWidth: 0.3 },
        encoding: {
          x,
          x2: { field: 'end' },
          y: { field: 'count', type: 'quantitative', title: 'images', axis: { format: ',d', tickMinStep: 1 } },
          y2: { datum: 0 },
        },
      },
    ],
  };
}

function peakYear(sorted: readonly [number, number][]): string {
  const [year, count] = sorted.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  return `${year} (${formatCount(count)} images)`;
}
