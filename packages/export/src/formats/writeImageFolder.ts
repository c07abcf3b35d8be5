import { copyFile, link, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCsv } from '@hx4/core';
import type { PartWriter, WrittenPart } from './PartWriter.js';

/** Hugging Face's imagefolder finds each image by this column, relative to the metadata file; it must come first. */
const FILE_NAME = 'file_name';
/** The caption, under the name Hugging Face's image-text examples use. */
const TEXT = 'text';
const METADATA_CSV = 'metadata.csv';

/**
 * Hugging Face `imagefolder`: `<split>/<key>.jpg` beside `<split>/metadata.csv` (`file_name`, `text`, then the
 * row's columns). Images are hard-linked to the dataset's where the file system allows (no extra space), else copied.
 */
export const writeImageFolder: PartWriter = async (samples, target) => {
  const dir = join(target.dir, target.split);
  await mkdir(dir, { recursive: true });
  const images = { linked: 0, copied: 0 };
  // The columns come from the first row: the CSV's header, whatever columns this dataset has.
  const iterator = samples[Symbol.asyncIterator]();
  const first = await iterator.next();
  const rowColumns = first.done ? [] : Object.keys(first.value.record).filter((column) => column !== FILE_NAME && column !== TEXT);
  async function* metadataRows(): AsyncGenerator<Record<string, string>> {
    for (let next = first; !next.done; next = await iterator.next()) {
      const sample = next.value;
      const fileName = `${sample.key}.jpg`;
      images[(await linkOrCopy(sample.imagePath, join(dir, fileName))) ? 'linked' : 'copied']++;
      yield { ...sample.record, [FILE_NAME]: fileName, [TEXT]: sample.caption };
    }
  }
  const written = await writeCsv(join(dir, METADATA_CSV), [FILE_NAME, TEXT, ...rowColumns], metadataRows());
  const files: WrittenPart['files'] = [{ name: `${target.split}/${METADATA_CSV}`, samples: written }];
  return { files, images };
};

/** True when hard-linked; copies when the export is on another file system or the file system has no hard links. */
async function linkOrCopy(source: string, destination: string): Promise<boolean> {
  try {
    await link(source, destination);
    return true;
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw error;
    await copyFile(source, destination);
    return false;
  }
}
