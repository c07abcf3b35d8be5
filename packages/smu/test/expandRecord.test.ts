import { readFileSync } from 'node:fs';
import type { DetailFetcher } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { smuAdapter, type SmuRecord } from '../src/index.js';

const page = JSON.parse(readFileSync(new URL('./fixtures/searchPage.json', import.meta.url), 'utf8')) as { records: SmuRecord[] };
const info = JSON.parse(readFileSync(new URL('./fixtures/itemInfo.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const options = { endpoint: 'https://digitalcollections.smu.edu', window: smuAdapter.defaultWindow };
const API = 'https://digitalcollections.smu.edu/digital/bl/dmwebservices/index.php?q=';
const [photo, album, letter] = page.records;
const albumInfo = { ...info, title: 'Album of the 36th Division', formge: 'Photograph albums', find: '1015.cpd' };

/** A DetailFetcher answering from memory, recording what was asked. */
function fakeFetcher(answers: Record<string, unknown>): DetailFetcher & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async getJson(url) {
      asked.push(url);
      const path = url.slice(API.length);
      if (!Object.hasOwn(answers, path)) throw new Error(`unexpected request ${url}`);
      return answers[path];
    },
    async getText(url) {
      throw new Error(`unexpected text request ${url}`);
    },
  };
}
const expand = (record: SmuRecord, fetcher: DetailFetcher) => smuAdapter.expandRecord!(record, fetcher, options);

describe('smuAdapter.expandRecord', () => {
  it('attaches dmGetItemInfo to a single image', async () => {
    const fetcher = fakeFetcher({ 'dmGetItemInfo/ryr/2239/json': info });
    expect(await expand(photo, fetcher)).toEqual([{ ...photo, info }]);
    expect(fetcher.asked).toEqual([`${API}dmGetItemInfo/ryr/2239/json`]);
  });

  it('turns a compound object into one record per image page, skipping pages that are not images', async () => {
    const fetcher = fakeFetcher({
      'dmGetItemInfo/stn/1014/json': albumInfo,
      'dmGetCompoundObjectInfo/stn/1014/json': {
        type: 'Document',
        page: [
          { pagetitle: 'Front', pagefile: '1010.jp2', pageptr: '1010' },
          { pagetitle: 'Letter', pagefile: '1011.pdf', pageptr: '1011' },
          { pagetitle: {}, pagefile: {}, pageptr: '1012' },
          { pagetitle: 'Broken', pagefile: '1013.jp2', pageptr: {} },
        ],
      },
    });
    const records = await expand(album, fetcher);
    expect(records.map((record) => record.page)).toEqual([
      { pointer: 1010, title: 'Front', file: '1010.jp2', position: 1 },
      { pointer: 1012, title: null, file: null, position: 3 },
    ]);
    expect(records.every((record) => record.info === albumInfo && record.pointer === 1014)).toBe(true);
    const rows = records.map((record) => smuAdapter.toRow(record, options));
    expect(rows.map((row) => ('id' in row ? row.id : row))).toEqual(['stn_1010', 'stn_1012']);
  });

  it('reads a one-page object (page as an object) and a monograph’s nested nodes', async () => {
    const single = fakeFetcher({
      'dmGetItemInfo/stn/1014/json': albumInfo,
      'dmGetCompoundObjectInfo/stn/1014/json': { type: 'Document', page: { pagetitle: 'Front', pagefile: '1010.jp2', pageptr: '1010' } },
    });
    expect((await expand(album, single)).map((record) => record.page?.pointer)).toEqual([1010]);
    const monograph = fakeFetcher({
      'dmGetItemInfo/stn/1014/json': albumInfo,
      'dmGetCompoundObjectInfo/stn/1014/json': {
        type: 'Monograph',
        node: {
          nodetitle: 'Album',
          node: [
            { nodetitle: 'Part 1', page: [{ pagetitle: 'p1', pagefile: '1.jp2', pageptr: '1' }, { pagetitle: 'p2', pagefile: '2.jp2', pageptr: '2' }] },
            { nodetitle: 'Part 2', page: { pagetitle: 'p3', pagefile: '3.jp2', pageptr: '3' } },
          ],
        },
      },
    });
    expect((await expand(album, monograph)).map((record) => record.page?.pointer)).toEqual([1, 2, 3]);
  });

  it('throws CONTENTdm’s HTTP 200 error messages as the reason', async () => {
    const notFound = fakeFetcher({ 'dmGetItemInfo/ryr/2239/json': { code: '-2', message: 'Requested item not found', restrictionCode: '-1' } });
    await expect(expand(photo, notFound)).rejects.toThrow(/^dmGetItemInfo: Requested item not found$/);
    const notCompound = fakeFetcher({
      'dmGetItemInfo/stn/1014/json': albumInfo,
      'dmGetCompoundObjectInfo/stn/1014/json': { message: 'Requested item is not compound', code: '-2' },
    });
    await expect(expand(album, notCompound)).rejects.toThrow(/^dmGetCompoundObjectInfo: Requested item is not compound$/);
    const onlyPdf = fakeFetcher({
      'dmGetItemInfo/stn/1014/json': albumInfo,
      'dmGetCompoundObjectInfo/stn/1014/json': { type: 'Document', page: [{ pagetitle: 'Letter', pagefile: '9.pdf', pageptr: '9' }] },
    });
    await expect(expand(album, onlyPdf)).rejects.toThrow(/^compound object without image pages$/);
    await expect(expand(photo, fakeFetcher({ 'dmGetItemInfo/ryr/2239/json': ['not', 'an', 'item'] }))).rejects.toThrow(
      /^dmGetItemInfo: the answer is not a JSON object$/,
    );
  });

  it('lets a failed fetch through for the core to judge (a transient one fails the page, to be resumed)', async () => {
    const failing: DetailFetcher = {
      getJson: () => Promise.reject(new Error('HTTP 503')),
      getText: () => Promise.reject(new Error('unused')),
    };
    await expect(expand(photo, failing)).rejects.toThrow('HTTP 503');
  });

  it('asks nothing for records the search fields already refuse, nor pages of an object its metadata refuses', async () => {
    const none = fakeFetcher({});
    expect(await expand(letter, none)).toEqual([letter]);
    expect(await expand({ ...photo, date: '1985' }, none)).toEqual([{ ...photo, date: '1985' }]);
    expect(await expand({ ...photo, collection: undefined }, none)).toEqual([{ ...photo, collection: undefined }]);
    expect(none.asked).toEqual([]);
    const scrapbook = fakeFetcher({ 'dmGetItemInfo/stn/1014/json': { ...albumInfo, formge: 'Scrapbooks' } });
    const [kept] = await expand(album, scrapbook);
    expect(scrapbook.asked).toHaveLength(1);
    expect(smuAdapter.toRow(kept, options)).toEqual({ drop: 'excluded genre' });
  });
});
