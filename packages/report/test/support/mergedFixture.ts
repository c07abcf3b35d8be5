import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { mergedSummary, tempBase, writeDatasetCsvs, writeImages, writeSummary, type FixtureRow } from './datasetFixture.js';

export const SOURCES = ['EUROPEANA_1900-01-01_1970-12-31', 'NATIONAL_ARCHIVE_1900-01-01_1970-12-31'];

/**
 * A merged dataset next to its two sources, as @hx4/merge lays it out: the merged CSVs point at the images
 * in the source folders (`dataset` + `file_name`), the merged folder has no images of its own.
 * 12 labels with 1..40 images each (a long tail), years 1910–1950 plus undated rows.
 */
export async function mergedFixture(): Promise<{ base: string; merged: string; rows: FixtureRow[] }> {
  const base = await tempBase('merged');
  const rows: FixtureRow[] = [];
  for (let label = 0; label < 12; label++) {
    const count = Math.max(1, Math.round(40 / (label + 1)));
    for (let index = 0; index < count; index++) {
      const n = rows.length;
      rows.push({
        id: `img-${label}-${index}`,
        label: `label ${String.fromCharCode(97 + label)}`,
        year: n % 7 === 0 ? null : 1910 + (n % 41),
        split: index % 3 === 2 ? 'val' : 'train',
        dataset: SOURCES[n % 2],
      });
    }
  }
  for (const source of SOURCES) {
    const dir = join(base, source);
    await mkdir(dir, { recursive: true });
    await writeImages(
      dir,
      rows.filter((row) => row.dataset === source).map((row) => row.id),
    );
  }
  const merged = join(base, 'HISTORY_X2');
  await mkdir(merged, { recursive: true });
  await writeDatasetCsvs(merged, rows);
  const train = rows.filter((row) => row.split === 'train').length;
  const val = rows.length - train;
  await writeSummary(
    merged,
    mergedSummary('HISTORY_X2', {
      sources: SOURCES.map((dataset, index) => {
        const kept = rows.filter((row) => row.dataset === dataset).length;
        return { archive: index === 0 ? 'europeana' : 'national-archive', dataset, rows: kept + 5, kept };
      }),
      skipped: [{ dataset: 'SMU_1900-01-01_1970-12-31', reason: 'no metadata_single_label.csv' }],
      duplicates: { url: 6, bytes: 3, perceptual: 1 },
      final: {
        multiLabel: rows.length,
        singleLabel: rows.length,
        singleLabelTrain: train,
        singleLabelVal: val,
        singleLabelLeftOut: 0,
        multiLabelTrain: train,
        multiLabelVal: val,
        multiLabelLeftOut: 0,
        labels: 12,
        chunks: 0,
      },
    }),
  );
  return { base, merged, rows };
}
