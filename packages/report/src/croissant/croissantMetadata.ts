import { pathToFileURL } from 'node:url';
import type { DatasetProfile, DatasetSummary } from '../dataset/index.js';
import { plural } from '../figures/index.js';
import { columnType } from './columnTypes.js';
import { CROISSANT_1_0, CROISSANT_CONTEXT } from './croissantContext.js';
import type { CsvDescription } from './describeCsv.js';

export interface CroissantInput {
  datasetDir: string;
  dataset: DatasetSummary;
  profile: DatasetProfile;
  csvFiles: readonly CsvDescription[];
  /** Whether the folder holds an `images/` directory of its own. */
  hasImages: boolean;
  /** Rights statement or licence URLs; the dataset as a whole has the union of its images' rights. */
  licenses: readonly string[];
  /** YYYY-MM-DD. */
  runDate: string;
}

const IMAGE_FILES = 'image-files';

/**
 * Croissant 1.0 metadata: the dataset-level required properties, every metadata CSV as a FileObject (with
 * sha256) and a RecordSet of its columns, the images as a FileSet. The train and val splits are their own
 * files, described as such.
 */
export function croissantMetadata(input: CroissantInput): Record<string, unknown> {
  const { dataset, profile } = input;
  const archives =
    dataset.kind === 'archive' ? [dataset.summary.archive] : [...new Set(dataset.summary.sources.map(({ archive }) => archive))].sort();
  const distribution: Record<string, unknown>[] = input.csvFiles.map((file) => ({
    '@type': 'cr:FileObject',
    '@id': file.name,
    name: file.name,
    description: csvPurpose(file.name),
    contentUrl: file.name,
    contentSize: `${file.bytes} B`,
    encodingFormat: 'text/csv',
    sha256: file.sha256,
  }));
  const recordSet: Record<string, unknown>[] = input.csvFiles.map(csvRecordSet);
  if (input.hasImages) {
    distribution.push({
      '@type': 'cr:FileSet',
      '@id': IMAGE_FILES,
      name: IMAGE_FILES,
      description: 'The images: 3-channel sRGB JPEGs named <id>.jpg.',
      encodingFormat: 'image/jpeg',
      includes: 'images/*.jpg',
    });
    recordSet.push(imagesRecordSet());
  }
  return {
    '@context': CROISSANT_CONTEXT,
    '@type': 'sc:Dataset',
    conformsTo: CROISSANT_1_0,
    name: dataset.name,
    description:
      `Historical photographs from ${archives.join(', ')} with labels, dates and captions for CLIP-style ` +
      `vision-language training, collected by HX4: ${plural(profile.rows, 'image')}, ` +
      `${plural(profile.labels.size, 'label')}, train/val splits (train ${profile.train.rows}, val ${profile.val.rows}). ` +
      'Each image keeps the rights of its source record (doc_url).',
    license: input.licenses.length === 1 ? input.licenses[0] : [...input.licenses],
    url: pathToFileURL(input.datasetDir).href,
    creator: archives.map((archive) => ({ '@type': 'sc:Organization', name: archive })),
    datePublished: input.runDate,
    version: '1.0.0',
    keywords: ['historical photographs', 'image classification', 'image-text pairs', 'CLIP', ...archives],
    distribution,
    recordSet,
  };
}

function csvRecordSet(file: CsvDescription): Record<string, unknown> {
  const id = file.name.replace(/\.csv$/, '');
  return {
    '@type': 'cr:RecordSet',
    '@id': id,
    name: id,
    description: `The rows of ${file.name}.`,
    ...(file.columns.includes('id') ? { key: { '@id': `${id}/id` } } : {}),
    field: file.columns.map((column) => ({
      '@type': 'cr:Field',
      '@id': `${id}/${column}`,
      name: column,
      ...columnType(column),
      source: { fileObject: { '@id': file.name }, extract: { column } },
    })),
  };
}

function imagesRecordSet(): Record<string, unknown> {
  const field = (name: string, dataType: string, fileProperty: string, description: string) => ({
    '@type': 'cr:Field',
    '@id': `images/${name}`,
    name,
    description,
    dataType,
    source: { fileSet: { '@id': IMAGE_FILES }, extract: { fileProperty } },
  });
  return {
    '@type': 'cr:RecordSet',
    '@id': 'images',
    name: 'images',
    description: 'One record per image file.',
    field: [
      field('image', 'sc:ImageObject', 'content', 'The image.'),
      field('file_name', 'sc:Text', 'filename', 'The file name, <id>.jpg (the id column of the CSVs).'),
    ],
  };
}

/** What each metadata CSV holds, from its name. */
function csvPurpose(name: string): string {
  const match = /^metadata_(multi|single)_label(?:_(raw|train|val|chunk_\d+))?\.csv$/.exec(name);
  if (!match) return `A CSV file of the dataset (${name}).`;
  const [, kind, part] = match;
  const labels = kind === 'multi' ? 'multi-label (canonical_labels)' : 'single-label (label)';
  if (part === 'raw') return `Every accepted image before download, ${labels}.`;
  if (part === 'train') return `Training split, ${labels}.`;
  if (part === 'val') return `Validation split, ${labels}.`;
  if (part?.startsWith('chunk')) return `Consecutive slice of metadata_multi_label.csv (${part.replace('_', ' ')}).`;
  return `Every image of the dataset, ${labels}: the train and val files split these rows.`;
}
