import { isDrop } from '@hx4/core';
import { startSimulator, type Simulator } from '@hx4/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalArchiveAdapter, type NaraRecord } from '../src/index.js';
import { nationalArchiveSimulator } from '../src/simulator/index.js';

describe('National Archives simulator: corpus', () => {
  let sim: Simulator;
  let records: NaraRecord[];
  beforeAll(async () => {
    sim = await startSimulator({
      archives: [nationalArchiveSimulator({ totals: { infantry: 600 }, imageSize: [320, 240], mode: 'api-v2' })],
    });
    const options = { endpoint: sim.endpoint('national-archive'), apiKey: 'test-key', window: nationalArchiveAdapter.defaultWindow };
    records = [];
    let cursor = null;
    do {
      const request = nationalArchiveAdapter.pageRequest('infantry', cursor, options, 'api-v2');
      const response = await fetch(request.url, { headers: request.headers });
      const page = nationalArchiveAdapter.parsePage(await response.text(), 'infantry', cursor, 'api-v2');
      records.push(...page.records);
      cursor = page.next;
    } while (cursor !== null);
  });
  afterAll(() => sim.close());

  const share = (test: (record: NaraRecord) => boolean) => records.filter(test).length / records.length;
  const objectUrls = (record: NaraRecord) => (record.digitalObjects ?? []).map((object) => object.objectUrl ?? '');
  const imageKind = (url: string) => /\/img\/([a-z-]+)-\d+-/.exec(url)?.[1];

  it('holds the record fields collectors read, on every hit', () => {
    expect(records).toHaveLength(600);
    for (const record of records) {
      expect(record.naId).toEqual(expect.any(Number));
      expect(record).toMatchObject({ levelOfDescription: 'item', generalRecordsTypes: ['Photographs and other Graphic Materials'] });
    }
    expect(share((record) => (record.title ?? '').toLowerCase().includes('infantry'))).toBeGreaterThan(0.8);
  });

  it('has multi-image records, non-image objects, upper-case .JPG, .png and records without objects', () => {
    expect(share((record) => objectUrls(record).filter((url) => !/\.(pdf|mp4)$/.test(url)).length > 1)).toBeGreaterThan(0.08);
    expect(share((record) => objectUrls(record).some((url) => url.endsWith('.pdf')))).toBeGreaterThan(0.04);
    expect(share((record) => objectUrls(record).some((url) => url.endsWith('.mp4')))).toBeGreaterThan(0);
    expect(share((record) => objectUrls(record).some((url) => url.endsWith('.JPG')))).toBeGreaterThan(0.02);
    expect(share((record) => objectUrls(record).some((url) => url.endsWith('.png')))).toBeGreaterThan(0.02);
    expect(share((record) => record.digitalObjects === undefined)).toBeGreaterThan(0);
    const kinds = new Set(records.flatMap(objectUrls).map(imageKind));
    for (const kind of ['jpeg', 'gray', 'exif-rotated', 'png-alpha', 'truncated', 'html', 'missing']) expect(kinds).toContain(kind);
  });

  it('mixes date shapes: full, year only, circa, coverage periods, out of window and none', () => {
    const first = (record: NaraRecord) => record.productionDates?.[0];
    expect(share((record) => first(record)?.day !== undefined)).toBeGreaterThan(0.2);
    expect(share((record) => first(record) !== undefined && first(record)?.month === undefined)).toBeGreaterThan(0.1);
    expect(share((record) => first(record)?.dateQualifier === 'ca.')).toBeGreaterThan(0.02);
    expect(share((record) => record.coverageStartDate !== undefined)).toBeGreaterThan(0.08);
    expect(share((record) => [1898, 1985].includes(first(record)?.year ?? 0))).toBeGreaterThan(0.03);
    expect(share((record) => !record.productionDates && !record.coverageStartDate)).toBeGreaterThan(0.05);
  });

  it('gives a collector every kind of record to drop, and many to keep', () => {
    const options = { endpoint: sim.endpoint('national-archive'), window: nationalArchiveAdapter.defaultWindow };
    const outcomes = new Map<string, number>();
    for (const record of records) {
      for (const result of [nationalArchiveAdapter.toRow(record, options, 'infantry')].flat()) {
        const key = isDrop(result) ? result.drop : 'row';
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }
    }
    expect([...outcomes.keys()].sort()).toEqual([
      'excluded series',
      'no image object',
      'out of date window',
      'query not in text',
      'row',
      'useless description',
      'useless title',
    ]);
    expect(outcomes.get('row')).toBeGreaterThan(records.length * 0.6);
    expect(share((record) => record.ancestors === undefined)).toBeGreaterThan(0.01);
    expect(share((record) => record.title === undefined)).toBeGreaterThan(0.01);
  });

  it('serves the objects it points at: images, .JPG through a redirect, and PDFs', async () => {
    const urls = records.flatMap(objectUrls);
    const jpeg = urls.find((url) => imageKind(url) === 'jpeg') as string;
    const direct = await fetch(jpeg);
    expect(direct.headers.get('content-type')).toBe('image/jpeg');
    const upper = urls.find((url) => url.endsWith('.JPG')) as string;
    const redirected = await fetch(upper);
    expect(redirected.status).toBe(200);
    expect(redirected.redirected).toBe(true);
    expect(Buffer.from(await redirected.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const pdf = await fetch(urls.find((url) => url.endsWith('.pdf')) as string);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });
});
