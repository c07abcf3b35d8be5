import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { itemAt } from '@hx4/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '@hx4/core';
import { writeReport } from '../src/index.js';
import { checkCroissant } from './support/checkCroissant.js';
import { collectFixture, QUERIES } from './support/collectFixture.js';
import { openInChromium, type PageVisit } from './support/openInChromium.js';
import { pixelSpread } from './support/pixelSpread.js';

let datasetDir: string;
let summary: RunSummary;
let files: string[];
let html: string;

beforeAll(async () => {
  ({ datasetDir, summary } = await collectFixture());
  ({ files } = await writeReport(datasetDir));
  html = await readFile(join(datasetDir, 'report.html'), 'utf8');
});

describe('the report of a collected archive', () => {
  it('writes the three charts as SVG and PNG, the card and croissant.json (no merge charts)', () => {
    expect(files.map((file) => file.slice(datasetDir.length + 1)).sort()).toEqual([
      'croissant.json',
      'outputs/label_distribution.png',
      'outputs/label_distribution.svg',
      'outputs/train_val_labels.png',
      'outputs/train_val_labels.svg',
      'outputs/year_distribution.png',
      'outputs/year_distribution.svg',
      'report.html',
    ]);
  });

  it('tells in the card what was collected, with which settings and queries', () => {
    expect(html).toContain(`<h1>${summary.dataset}</h1>`);
    expect(html).toContain('europeana archive');
    for (const query of QUERIES) expect(html).toContain(`<td>${query}</td>`);
    expect(html).toMatch(/<td>valFraction<\/td><td>0\.35<\/td>/);
    expect(html).toContain('1900-01-01 – 1970-12-31');
  });

  it('shows the thumbnail size of a dataset made by a plain library collect() call, as core recorded it', () => {
    expect(summary.settings.thumbnailSize).toEqual([128, 128]);
    expect(html).toContain('<dt>thumbnail size</dt><dd>128×128</dd>');
    expect(html).toContain('<td>thumbnailSize</td><td>[128,128]</td>');
  });

  it('counts each stage and every failure reason of the run', () => {
    const records = summary.hits.records.toLocaleString('en-US');
    expect(html).toContain(`<td>harvest</td><td>records</td><td class="num">${records}</td>`);
    for (const reason of Object.keys(summary.rows.dropped)) expect(html).toContain(`<td>${reason}</td>`);
    for (const reason of Object.keys(summary.images?.failed ?? {})) expect(html).toContain(`<td>${reason}</td>`);
  });

  it('links the first dropped records of each reason to their pages at the archive, and tells what the image URLs sent', () => {
    for (const [reason, examples] of Object.entries(summary.rows.dropExamples)) {
      expect(examples.length).toBeGreaterThan(0);
      const { id, url } = itemAt(examples, 0, `drop example of ${reason}`);
      expect(html).toContain(`<td>${reason}</td><td class="num">`);
      expect(html).toContain(`<a href="${url}">${id}</a>`);
    }
    expect(html).toContain('What the image URLs sent');
    for (const [format, count] of Object.entries(summary.images?.formats ?? {})) {
      expect(html).toContain(`<td>${format}</td><td class="num">${count.toLocaleString('en-US')}</td>`);
    }
  });

  it('summarises the rights statements the archive gave, and names them as licences in croissant.json', async () => {
    expect(html).toMatch(/images carry a rights statement/);
    expect(html).toMatch(/<a href="http:\/\/(creativecommons|rightsstatements)\.org\//);
    const croissant = JSON.parse(await readFile(join(datasetDir, 'croissant.json'), 'utf8'));
    const licenses = [croissant.license].flat();
    expect(licenses.length).toBeGreaterThan(0);
    for (const license of licenses) expect(license).toMatch(/^http:\/\/(creativecommons|rightsstatements)\.org\//);
  });

  it('inlines the charts and links nothing that would load', () => {
    expect(html.match(/<img src="data:image\/svg\+xml;base64,/g)).toHaveLength(3);
    const loading = [...html.matchAll(/<(\w+)\b[^>]*\b(?:src|href)="(?!data:|#)([^"]*)"/g)].map(([, tag]) => tag);
    expect(new Set(loading)).toEqual(new Set(['a']));
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\(/i);
  });

  it('gives a pandas snippet pointing at this folder', () => {
    expect(html).toContain(`DATASET = Path(&quot;${datasetDir}&quot;)`);
    expect(html).toContain('pd.read_csv(DATASET / &quot;metadata_single_label_train.csv&quot;)');
  });

  it('writes croissant.json with every required Croissant 1.0 field', async () => {
    const croissant = JSON.parse(await readFile(join(datasetDir, 'croissant.json'), 'utf8'));
    expect(checkCroissant(croissant)).toEqual([]);
    const ids = croissant.recordSet.map((recordSet: { '@id': string }) => recordSet['@id']);
    expect(ids).toEqual(expect.arrayContaining(['metadata_single_label_train', 'metadata_single_label_val', 'images']));
  });
});

describe('the card of a collected archive in headless Chromium', () => {
  let visit: PageVisit;
  beforeAll(async () => {
    visit = await openInChromium(join(datasetDir, 'report.html'));
  });

  it('opens without a console error and requests nothing but the card itself', () => {
    expect(visit.errors).toEqual([]);
    expect(visit.requests).toEqual([pathToFileURL(join(datasetDir, 'report.html')).href]);
  });

  it('renders content, not a blank page', async () => {
    const { stdev, height, inked } = await pixelSpread(visit.screenshot);
    expect(height).toBeGreaterThan(2000);
    expect(stdev).toBeGreaterThan(20);
    expect(inked).toBeGreaterThan(0.01);
  });
});
