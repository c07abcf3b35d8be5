import * as v from 'valibot';
import { CAPTION_SOURCES, EXPORT_FORMATS, EXPORT_SPLITS } from './ExportFormat.js';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const part = v.picklist(['train', 'val']);
const skippedRow = v.object({ split: part, id: v.string(), detail: v.string() });

/** `export-summary.json` as `exportDataset` writes it (see `ExportSummary`). */
export const exportSummarySchema = v.object({
  version: v.literal(1),
  hx4: v.string(),
  format: v.picklist(EXPORT_FORMATS),
  dataset: v.string(),
  datasetDir: v.string(),
  split: v.picklist(EXPORT_SPLITS),
  caption: v.picklist(CAPTION_SOURCES),
  captionColumn: v.string(),
  shardSize: v.nullable(count),
  parts: v.array(
    v.object({
      split: part,
      source: v.string(),
      rows: count,
      samples: count,
      skipped: count,
      files: v.array(v.object({ name: v.string(), samples: count })),
      shardPattern: v.optional(v.string()),
    }),
  ),
  skipped: v.object({ total: count, reasons: v.record(v.string(), count), examples: v.record(v.string(), v.array(skippedRow)) }),
});
