import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { itemAt } from '@hx4/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../src/index.js';
import { checkCroissant } from './support/checkCroissant.js';
import { mergedFixture, SOURCES } from './support/mergedFixture.js';
import { openInChromium, type PageVisit } from './support/openInChromium.js';
import { pixelSpread } from './support/pixelSpread.js';

let merged: string;
let files: string[];
let html: string;
const warnings: string[] = [];

beforeAll(async () => {
  ({ merged } = await mergedFixture());
  ({ files } = await writeReport(merged, {
    reporter: { log: (level, message) => level !== 'debug' && level !== 'info' && warnings.push(message), progress() {} },
  }));
  html = await readFile(join(merged, 'report.html'), 'utf8');
});

describe('writeReport on a merged dataset', () => {
  it('writes every chart as SVG and PNG, the contact sheet, the card and croissant.json', () => {
    const names = files.map((file) => file.slice(merged.length + 1)).sort();
    expect(names).toEqual(
      [
        'croissant.json',
        'outputs/archive_share.png',
        'outputs/archive_share.svg',
        'outputs/contact_sheet.png',
        'outputs/duplicates.png',
        'outputs/duplicates.svg',
        'outputs/label_distribution.png',
        'outputs/label_distribution.svg',
        'outputs/long_tail.png',
        'outputs/long_tail.svg',
        'outputs/train_val_labels.png',
        'outputs/train_val_labels.svg',
        'outputs/year_distribution.png',
        'outputs/year_distribution.svg',
        'report.html',
      ].sort(),
    );
    expect(warnings).toEqual([]);
  });

  it('shows the share per source from the merged CSV and the duplicates per kind', async () => {
    const share = await readFile(join(merged, 'outputs/archive_share.svg'), 'utf8');
    for (const source of SOURCES) expect(share).toContain(source);
    const duplicates = await readFile(join(merged, 'outputs/duplicates.svg'), 'utf8');
    expect(duplicates).toContain('10 rows left out as duplicates');
    expect(html).toContain('SMU_1900-01-01_1970-12-31');
    expect(html).toContain('no metadata_single_label.csv');
  });

  it('fills the contact sheet with the source images of head, torso and tail labels', async () => {
    const sheet = sharp(join(merged, 'outputs/contact_sheet.png'));
    const { width, height } = await sheet.metadata();
    expect(width).toBeGreaterThan(600);
    // Every tile comes from a solid-colour fixture image: sample the centre of the first tile of each row.
    const { data, info } = await sheet.raw().toBuffer({ resolveWithObject: true });
    const tileCentre = (row: number) => {
      const x = 80 + 90;
      const y = 44 + row * (180 + 36 + 12) + 90;
      const offset = (y * info.width + x) * info.channels;
      return [data[offset], data[offset + 1], data[offset + 2]];
    };
    for (const row of [0, 1, 2]) {
      const [r, g, b] = tileCentre(row);
      // Neither the white background nor the grey of a missing image.
      expect([r, g, b]).not.toEqual([255, 255, 255]);
      expect([r, g, b]).not.toEqual([221, 221, 221]);
    }
    expect(height).toBe(44 + 3 * (180 + 36 + 12) + 12);
  });

  it('lists every label with its tier in the card', () => {
    for (let label = 0; label < 12; label++) expect(html).toContain(`label ${String.fromCharCode(97 + label)}`);
    expect(html).toMatch(/<td>label a<\/td><td class="num">40<\/td>.*<td>head<\/td>/);
    expect(html).toMatch(/<td>label l<\/td>.*<td>tail<\/td>/);
  });

  it('writes croissant.json with every required Croissant 1.0 field, without an image FileSet of its own', async () => {
    const croissant = JSON.parse(await readFile(join(merged, 'croissant.json'), 'utf8'));
    expect(checkCroissant(croissant)).toEqual([]);
    expect(croissant.creator.map((creator: { name: string }) => creator.name)).toEqual(['europeana', 'national-archive']);
    expect(croissant.distribution.every((resource: { '@type': string }) => resource['@type'] === 'cr:FileObject')).toBe(true);
  });

  it('gives the same bytes when run again, and after the outputs were deleted', async () => {
    const before = await Promise.all(files.map((file) => readFile(file)));
    await rm(join(merged, 'outputs'), { recursive: true });
    const again = await writeReport(merged);
    expect(again.files).toEqual(files);
    const after = await Promise.all(files.map((file) => readFile(file)));
    after.forEach((bytes, index) => expect(bytes.equals(itemAt(before, index, 'file')), files[index]).toBe(true));
  });
});

describe('the merged card in headless Chromium', () => {
  let visit: PageVisit;
  beforeAll(async () => {
    visit = await openInChromium(join(merged, 'report.html'));
  });

  it('opens without a console error and requests nothing but the card itself', () => {
    expect(visit.errors).toEqual([]);
    expect(visit.requests).toEqual([pathToFileURL(join(merged, 'report.html')).href]);
  });

  it('renders content, not a blank page', async () => {
    const { stdev, height, inked } = await pixelSpread(visit.screenshot);
    expect(height).toBeGreaterThan(3000);
    expect(stdev).toBeGreaterThan(20);
    expect(inked).toBeGreaterThan(0.01);
  });
});
