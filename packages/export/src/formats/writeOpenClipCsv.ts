import { join } from 'node:path';
import { writeCsv } from '@hx4/core';
import type { PartWriter } from './PartWriter.js';

/**
 * open_clip's CSV loader defaults: `--csv-separator "\t" --csv-img-key filepath --csv-caption-key title`,
 * so `<split>.csv` loads with no flag but `--train-data`/`--val-data`. Paths are absolute: open_clip opens
 * them as they stand, from wherever training runs.
 */
export const OPEN_CLIP_COLUMNS = ['filepath', 'title'] as const;
const OPEN_CLIP_SEPARATOR = '\t';

export const writeOpenClipCsv: PartWriter = async (samples, target) => {
  const name = `${target.split}.csv`;
  async function* records(): AsyncGenerator<Record<(typeof OPEN_CLIP_COLUMNS)[number], string>> {
    for await (const sample of samples) yield { filepath: sample.imagePath, title: sample.caption };
  }
  const written = await writeCsv(join(target.dir, name), OPEN_CLIP_COLUMNS, records(), { delimiter: OPEN_CLIP_SEPARATOR });
  return { files: [{ name, samples: written }] };
};
