import { readFileSync } from 'node:fs';
import { isDrop, type AdapterOptions } from '@hx4/core';
import { itemAt } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { nationalArchiveAdapter, recordDate, type NaraRecord } from '../src/index.js';

/** Answers of the live proxy v3, as published by another project (see fixtures/real/PROVENANCE.md). */
const recording = (name: string) => readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8');
const SEARCH = recording('nara_v3_search_uap_ohio.json');
const RECORD = recording('nara_v3_record_pilgrim_488808329.json');
const options: AdapterOptions = { endpoint: nationalArchiveAdapter.defaultEndpoint, window: nationalArchiveAdapter.defaultWindow };

describe('the adapter on recorded proxy v3 answers', () => {
  it('reads the search answer as proxy v3: ten records of 17, paged by number, not by its relevance sort pairs', () => {
    const page = nationalArchiveAdapter.parsePage(SEARCH, 'ohio', null, 'proxy-v3');
    expect(page.total).toBe(17);
    expect(page.records.map((record) => record.naId)).toEqual([
      499915726, 499915410, 596347959, 596347921, 499915828, 499915375, 499915693, 499915932, 499915404, 499915371,
    ]);
    expect(page.next).toEqual({ page: 2, seen: 10 });
    expect(page.note).toBeUndefined();
    // Its hits sort by (score, naId), the pair nara-catalog-mcp found not to resume: no searchAfter cursor from it.
    expect(nationalArchiveAdapter.parsePage(SEARCH, 'ohio', null).next).toEqual({ page: 2, seen: 10 });
  });

  it('ends a query whose one hit reaches the exact total', () => {
    const page = nationalArchiveAdapter.parsePage(RECORD, 'pilgrim', null, 'proxy-v3');
    expect(page).toMatchObject({ next: null, total: 1 });
    expect(page.records[0]).toMatchObject({ naId: 488808329, title: 'Pilgrim Drone Spotting' });
  });

  it('names every record by its naId and catalog page', () => {
    const records: NaraRecord[] = [SEARCH, RECORD].flatMap(
      (body) => nationalArchiveAdapter.parsePage(body, 'ohio', null, 'proxy-v3').records,
    );
    for (const record of records) {
      expect(nationalArchiveAdapter.recordRef(record, options)).toEqual({
        id: String(record.naId),
        url: `https://catalog.archives.gov/id/${record.naId}`,
      });
    }
  });

  it('drops every recorded record for want of an image: each holds one PDF', () => {
    const records = nationalArchiveAdapter.parsePage(SEARCH, 'ohio', null, 'proxy-v3').records;
    for (const record of records) {
      const results = [nationalArchiveAdapter.toRow(record, options, 'ohio')].flat();
      expect(results).toEqual([{ drop: 'no image object' }]);
      expect(results.every(isDrop)).toBe(true);
    }
  });

  it('reads the coverage period where the recorded record carries it, at the top level', () => {
    const record = itemAt(nationalArchiveAdapter.parsePage(RECORD, 'pilgrim', null, 'proxy-v3').records, 0, 'record');
    expect(recordDate(record)).toEqual({ raw: '2015-10-01', year: 2015, date: '2015-10-01', span: null });
  });
});
