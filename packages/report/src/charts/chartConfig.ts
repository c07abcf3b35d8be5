import type { Config } from 'vega-lite';

/** DejaVu Sans is installed wherever HX4 runs; naming it keeps the SVG and the PNG rendering the same. */
export const CHART_FONT = 'DejaVu Sans';

export const COLORS = {
  bar: '#4c78a8',
  train: '#4c78a8',
  val: '#e45756',
  muted: '#bab0ac',
  war: '#9d755d',
  head: '#4c78a8',
  torso: '#f58518',
  tail: '#54a24b',
} as const;

export const chartConfig: Config = {
  font: CHART_FONT,
  background: 'white',
  padding: 12,
  view: { stroke: null },
  title: {
    font: CHART_FONT,
    subtitleFont: CHART_FONT,
    fontSize: 15,
    subtitleFontSize: 11,
    subtitleColor: '#444',
    anchor: 'start',
    offset: 12,
  },
  axis: {
    labelFont: CHART_FONT,
    titleFont: CHART_FONT,
    labelFontSize: 10,
    titleFontSize: 11,
    labelLimit: 220,
    gridColor: '#e6e6e6',
  },
  legend: { labelFont: CHART_FONT, titleFont: CHART_FONT, orient: 'top' },
  text: { font: CHART_FONT, fontSize: 10 },
};
