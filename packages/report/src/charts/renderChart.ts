import { join } from 'node:path';
import { writeFileAtomic, type Reporter } from '@hx4/core';
import sharp from 'sharp';
import { parse, resetSVGDefIds, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { chartConfig } from './chartConfig.js';
import { chartLogger } from './chartLogger.js';

/** A chart drawn for the report: its SVG text (inlined in report.html) and the files written. */
export interface RenderedChart {
  name: string;
  title: string;
  svg: string;
  files: string[];
}

/** PNGs at twice the SVG's CSS pixel size, sharp enough for slides. */
const PNG_DENSITY = 144;

/** Vega-Lite spec → `outputs/<name>.svg` and `.png`. No canvas, no browser: Vega renders the SVG as text. */
export async function renderChart(
  spec: TopLevelSpec,
  target: { outputsDir: string; name: string; title: string; reporter: Reporter },
): Promise<RenderedChart> {
  const logger = chartLogger(target.reporter, target.name);
  const { spec: vegaSpec } = compile({ ...spec, config: chartConfig }, { logger });
  // Clip-path and gradient ids count up per process; reset them so each SVG is the same on every run.
  resetSVGDefIds();
  const view = new View(parse(vegaSpec), { renderer: 'none', logger });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  const png = await sharp(Buffer.from(svg), { density: PNG_DENSITY }).png({ compressionLevel: 9 }).toBuffer();
  const svgFile = join(target.outputsDir, `${target.name}.svg`);
  const pngFile = join(target.outputsDir, `${target.name}.png`);
  await writeFileAtomic(svgFile, svg);
  await writeFileAtomic(pngFile, png);
  return { name: target.name, title: target.title, svg, files: [svgFile, pngFile] };
}
