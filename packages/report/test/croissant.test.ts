import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { itemAt } from '@hx4/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { MULTI_LABEL_COLUMNS, SINGLE_LABEL_COLUMNS } from '@hx4/core';
import { writeReport } from '../src/index.js';
import { checkCroissant } from './support/checkCroissant.js';
import { archiveSummary, tempBase, writeDatasetCsvs, writeImages, writeSummary } from './support/datasetFixture.js';

type Field = { name: string; dataType: string; source: { fileObject: { '@id': string }; extract: { column: string } } };
type RecordSet = { '@id': string; field: Field[] };
let dir: string;
let croissant: {
  distribution: { '@id': string; '@type': string; sha256?: string; includes?: string; contentUrl?: string }[];
  recordSet: RecordSet[];
  license: unknown;
};

beforeAll(async () => {
  dir = join(await tempBase('croissant'), 'EUROPEANA_1900-01-01_1970-12-31');
  const rows = [
    { id: 'a1', label: 'tank', year: 1916, split: 'train' as const },
    { id: 'a2', label: 'tank', year: null, split: 'val' as const },
    { id: 'b1', label: 'ship', year: 1942, split: 'train' as const },
  ];
  await writeDatasetCsvs(dir, rows);
  await writeImages(
    dir,
    rows.map(({ id }) => id),
  );
  await writeSummary(dir, archiveSummary('EUROPEANA_1900-01-01_1970-12-31'));
  await writeReport(dir);
  croissant = JSON.parse(await readFile(join(dir, 'croissant.json'), 'utf8'));
});

describe('croissant.json', () => {
  it('passes the required-field check of Croissant 1.0', () => {
    expect(checkCroissant(croissant)).toEqual([]);
  });

  it('lists each metadata CSV with the sha256 of its bytes', async () => {
    const csvs = croissant.distribution.filter((resource) => resource['@type'] === 'cr:FileObject');
    expect(csvs.map((csv) => csv['@id'])).toEqual([
      'metadata_multi_label.csv',
      'metadata_multi_label_train.csv',
      'metadata_multi_label_val.csv',
      'metadata_single_label.csv',
      'metadata_single_label_train.csv',
      'metadata_single_label_val.csv',
    ]);
    for (const csv of csvs) {
      const bytes = await readFile(join(dir, csv.contentUrl as string));
      expect(csv.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('describes every column of each CSV, with doc_year as an integer and the lists as text', () => {
    const byId = new Map(croissant.recordSet.map((recordSet) => [recordSet['@id'], recordSet]));
    const single = byId.get('metadata_single_label_val') as RecordSet;
    expect(single.field.map((field) => field.name)).toEqual([...SINGLE_LABEL_COLUMNS]);
    const multi = byId.get('metadata_multi_label') as RecordSet;
    expect(multi.field.map((field) => field.name)).toEqual([...MULTI_LABEL_COLUMNS]);
    const type = (name: string) => multi.field.find((field) => field.name === name)?.dataType;
    expect(type('doc_year')).toBe('sc:Integer');
    expect(type('canonical_labels')).toBe('sc:Text');
    expect(type('img_url')).toBe('sc:URL');
    expect(multi.field.every((field) => field.source.fileObject['@id'] === 'metadata_multi_label.csv')).toBe(true);
  });

  it('describes the images as a FileSet of JPEGs', () => {
    const images = croissant.distribution.find((resource) => resource['@type'] === 'cr:FileSet');
    expect(images).toMatchObject({ includes: 'images/*.jpg', encodingFormat: 'image/jpeg' });
  });

  it('says the rights are undetermined when the archive gave none', () => {
    expect(croissant.license).toBe('http://rightsstatements.org/vocab/UND/1.0/');
  });
});

describe('the Croissant check itself', () => {
  it('reports missing required fields, bad references and a missing checksum', () => {
    const broken = structuredClone(croissant) as Record<string, unknown> & typeof croissant;
    delete broken.license;
    const recordSet = itemAt(broken.recordSet, 0, 'record set');
    const distribution = itemAt(broken.distribution, 0, 'distribution');
    itemAt(recordSet.field, 0, 'field').source.fileObject['@id'] = 'nowhere.csv';
    delete distribution.sha256;
    expect(checkCroissant(broken)).toEqual(
      expect.arrayContaining([
        'dataset has no license',
        `field ${recordSet['@id']}/doc_id reads an unknown fileObject`,
        `distribution ${distribution['@id']} has no sha256`,
      ]),
    );
  });
});
