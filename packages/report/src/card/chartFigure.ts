import type { RenderedChart } from '../charts/index.js';
import { escapeXml } from '../figures/index.js';

/**
 * A chart inlined as a data URL: the card needs no other file and no network, and each SVG keeps its own
 * ids (two SVGs pasted into one page would share `clip1`).
 */
export function chartFigure(chart: RenderedChart | undefined): string {
  if (!chart) return '';
  const source = `data:image/svg+xml;base64,${Buffer.from(chart.svg).toString('base64')}`;
  return (
    `<figure><img src="${source}" alt="${escapeXml(chart.title)}">` +
    `<figcaption>${escapeXml(chart.title)} — outputs/${escapeXml(chart.name)}.svg, .png</figcaption></figure>`
  );
}

export function pngFigure(png: Buffer, title: string, file: string): string {
  return (
    `<figure><img src="data:image/png;base64,${png.toString('base64')}" alt="${escapeXml(title)}">` +
    `<figcaption>${escapeXml(title)} — ${escapeXml(file)}</figcaption></figure>`
  );
}
