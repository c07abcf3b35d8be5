import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { itemAt } from '@hx4/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reporter } from '@hx4/core';
import { labelDistributionChart, longTailChart, renderChart, trainValChart, yearDistributionChart } from '../src/charts/index.js';
import type { TopLevelSpec } from 'vega-lite';

let outputsDir: string;
const messages: string[] = [];
const reporter: Reporter = { log: (level, message) => level === 'error' && messages.push(message), progress() {} };

beforeAll(async () => {
  outputsDir = await mkdtemp(join(tmpdir(), 'hx4-report-charts-'));
});

async function render(spec: TopLevelSpec, name: string) {
  const chart = await renderChart(spec, { outputsDir, name, title: name, reporter });
  const svgText = await readFile(join(outputsDir, `${name}.svg`), 'utf8');
  expect(svgText).toBe(chart.svg);
  expect(svgText).toMatch(/^<svg /);
  expect(svgText).not.toMatch(/NaN|Infinity|undefined/);
  const { data, info } = await sharp(join(outputsDir, `${name}.png`))
    .raw()
    .toBuffer({ resolveWithObject: true });
  expect(info.width).toBeGreaterThan(300);
  expect(dark(data, info.channels)).toBeGreaterThan(0.002);
  return { svg: svgText, text: svgText.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&') };
}

/** Share of clearly non-white pixels: text and bars, not an empty canvas. */
function dark(pixels: Buffer, channels: number): number {
  let count = 0;
  for (let i = 0; i < pixels.length; i += channels) if (pixels.subarray(i, i + 3).reduce((sum, value) => sum + value, 0) < 600) count++;
  return count / (pixels.length / channels);
}

const labels = (n: number, count: (i: number) => number) =>
  new Map(Array.from({ length: n }, (_, i) => [`label ${String(i).padStart(5, '0')}`, count(i)]));

describe('label distribution chart', () => {
  it('draws a single label', async () => {
    const { text } = await render(labelDistributionChart(new Map([['tank', 3]])), 'one_label');
    expect(text).toContain('tank');
    expect(text).toMatch(/max\/min 1, median 3 images per label, Gini 0\.000/);
  });

  it('keeps 10,000 labels readable: top 50 drawn, the rest summed in a note, log scale for a long tail', async () => {
    const many = labels(10_000, (i) => Math.max(1, Math.round(20_000 / (i + 1))));
    const { svg, text } = await render(labelDistributionChart(many), 'many_labels');
    expect(text).toContain('top 50 of 10,000 labels shown; the other 9,950');
    expect(text).toContain('images (log scale)');
    expect(text).toContain('label 00049');
    expect(text).not.toContain('label 00050');
    expect(svg.length).toBeLessThan(200_000);
  });

  it('writes a placeholder when there are no labels', async () => {
    const { text } = await render(labelDistributionChart(new Map()), 'no_labels');
    expect(text).toContain('No labelled images');
  });
});

describe('train vs val chart', () => {
  it('aligns both splits and the val share on one label order, most images first', () => {
    const spec = trainValChart({
      train: new Map([
        ['a', 1],
        ['b', 9],
        ['c', 4],
      ]),
      val: new Map([
        ['c', 6],
        ['a', 1],
        ['d', 2],
      ]),
      valFraction: 0.35,
    }) as { hconcat: { encoding?: { y: { sort: string[] } }; layer?: { encoding: { y?: { sort: string[] } } }[] }[] };
    const bars = itemAt(spec.hconcat, 0, 'bar chart').encoding?.y.sort;
    const shares = itemAt(spec.hconcat, 1, 'share chart').layer?.[0]?.encoding.y?.sort;
    expect(bars).toEqual(['c', 'b', 'a', 'd']);
    expect(shares).toEqual(bars);
  });

  it('draws a placeholder for empty splits', async () => {
    const { text } = await render(trainValChart({ train: new Map(), val: new Map() }), 'empty_splits');
    expect(text).toContain('Both splits are empty');
  });

  it('draws a split where the val file is empty', async () => {
    const { text } = await render(trainValChart({ train: new Map([['a', 2]]), val: new Map(), valFraction: 0.35 }), 'no_val');
    expect(text).toContain('val 0 images');
  });
});

describe('year distribution chart', () => {
  it('draws a single year, shading the war it falls in', async () => {
    const { text } = await render(yearDistributionChart(new Map([[1944, 7]]), 2), 'one_year');
    expect(text).toContain('7 dated images, 1944; 2 undated images');
    expect(text).toContain('WWII 1939–1945');
  });

  it('shades both world wars across a century and counts the undated rows', async () => {
    const years = new Map(Array.from({ length: 71 }, (_, i) => [1900 + i, 1 + (i % 5)]));
    const { svg, text } = await render(yearDistributionChart(years, 12), 'century');
    expect(text).toContain('1900–1970; 12 undated images (not plotted)');
    expect(svg.match(/WWI 1914–1918|WWII 1939–1945/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('says so when no row is dated', async () => {
    const { text } = await render(yearDistributionChart(new Map(), 5), 'no_dates');
    expect(text).toContain('No dated images (5 undated)');
  });
});

describe('long tail chart', () => {
  it('draws 10,000 labels as a compact rank plot with the three tiers', async () => {
    const { svg, text } = await render(longTailChart(labels(10_000, (i) => Math.max(1, 5000 - i))), 'tail_many');
    expect(text).toContain('head: 2,000 labels');
    expect(text).toContain('tail: 5,000 labels');
    // Runs of equal counts collapse to their ends: a small file for ten thousand labels.
    expect(svg.length).toBeLessThan(100_000);
  });

  it('draws one label', async () => {
    const { text } = await render(longTailChart(new Map([['only', 4]])), 'tail_one');
    expect(text).toContain('head: 1 label,');
  });
});

it('renders the same chart to the same bytes every time', async () => {
  const spec = () => longTailChart(labels(30, (i) => 30 - i));
  const first = await render(spec(), 'same_a');
  await render(labelDistributionChart(labels(5, (i) => i + 1)), 'in_between');
  const second = await render(spec(), 'same_b');
  expect(second.svg).toBe(first.svg);
  const [a, b] = await Promise.all([readFile(join(outputsDir, 'same_a.png')), readFile(join(outputsDir, 'same_b.png'))]);
  expect(a.equals(b)).toBe(true);
  expect(messages).toEqual([]);
});
