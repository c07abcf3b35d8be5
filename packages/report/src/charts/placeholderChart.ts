import type { TopLevelSpec } from 'vega-lite';

/** A chart with nothing to plot still gets a file, saying why it is empty. */
export function placeholderChart(title: string, message: string): TopLevelSpec {
  return {
    title: { text: title },
    width: 480,
    height: 120,
    data: { values: [{ message }] },
    mark: { type: 'text', fontSize: 13, color: '#666' },
    encoding: { text: { field: 'message' } },
  };
}
