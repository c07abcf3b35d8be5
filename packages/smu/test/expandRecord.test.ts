import { readFileSync } from 'node:fs';
import { HttpError, type DetailFetcher } from '@hx4/core';
import { itemAt } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { NICK_FIELD_MAP } from '../src/fieldNicks.js';
import { smuAdapter, type SmuRecord } from '../src/index.js';

const page = JSON.parse(readFileSync(new URL('./fixtures/searchPage.json', import.meta.url), 'utf8')) as { records: SmuRecord[] };
const info = JSON.parse(readFileSync(new URL('./fixtures/itemInfo.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const options = { endpoint: 'https://digitalcollections.smu.edu', window: smuAdapter.defaultWindow };
const API = 'https://digitalcollections.smu.edu/digital/bl/dmwebservices/index.php?q=';
const photo = itemAt(page.records, 0, 'photograph record');
const album = itemAt(page.records, 1, 'album record');
const letter = itemAt(page.records, 2, 'letter record');
const albumInfo = { ...info, title: 'Album of the 36th Division', formge: 'Photograph albums', find: '1015.cpd' };

/**
 * A DetailFetcher answering from memory, recording what was asked. A field table it was not given is
 * refused with a 404, as by a site without one: the adapter then reads the collection by the nick table.
 */
function fakeFetcher(answers: Record<string, unknown>): DetailFetcher & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async getJson(url) {
      asked.push(url);
      const path = url.slice(API.length);
      if (Object.hasOwn(answers, path)) return answers[path];
      if (path.startsWith('dmGetCollectionFieldInfo/')) throw new HttpError('status', url, 'HTTP 404', 1, 404);
      throw new Error(`unexpected request ${url}`);
    },
    async getText(url) {
      throw new Error(`unexpected text request ${url}`);
    },
  };
}
const expand = (record: SmuRecord, fetcher: DetailFetcher) => smuAdapter.expandRecord!(record, fetcher, options);
const fieldTable = (alias: string) => `${API}dmGetCollectionFieldInfo/${alias}/json`;

describe('smuAdapter.expandRecord', () => {
  it('attaches the collection’s field map and dmGetItemInfo to a single image', async () => {
    const fetcher = fakeFetcher({ 'dmGetItemInfo/ryr/2239/json': info });
    expect(await expand(photo, fetcher)).toEqual([{ ...photo, fieldMap: NICK_FIELD_MAP, info }]);
    expect(fetcher.asked).toEqual([fieldTable('ryr'), `${API}dmGetItemInfo/ryr/2239/json`]);
  });

  it('asks for a collection’s field table once, also when a page’s records are expanded side by side', async () => {
    const fetcher = fakeFetcher({
      'dmGetItemInfo/ryr/2239/json': info,
      'dmGetCollectionFieldInfo/ryr/json': { code: '-2', message: 'nope' },
    });
    const records = await Promise.all([photo, photo, photo].map((record) => expand(record, fetcher)));
    expect(records.flat().map((record) => record.fieldMap)).toEqual([NICK_FIELD_MAP, NICK_FIELD_MAP, NICK_FIELD_MAP]);
    expect(fetcher.asked.filter((url) => url === fieldTable('ryr'))).toHaveLength(1);
  });

  it('fails the record on a transient field-table failure, and asks again for the next record', async () => {
    let calls = 0;
    const flaky: DetailFetcher = {
      async getJson(url) {
        if (url.includes('dmGetCollectionFieldInfo') && calls++ === 0) throw new HttpError('status', url, 'HTTP 503', 3, 503);
        return url.includes('dmGetCollectionFieldInfo') ? [] : info;
      },
      getText: () => Promise.reject(new Error('unused')),
    };
    await expect(expand(photo, flaky)).rejects.toThrow('HTTP 503');
    expect(itemAt(await expand(photo, flaky), 0, 'expanded record').fieldMap).toEqual(NICK_FIELD_MAP);
    expect(calls).toBe(2);
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
      { pointer: 1010, title: 'Front', file: '1010.jp2' },
      { pointer: 1012, title: null, file: null },
    ]);
    expect(records.every((record) => record.info === albumInfo && record.pointer === 1014 && record.fieldMap === NICK_FIELD_MAP)).toBe(
      true,
    );
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
            {
              nodetitle: 'Part 1',
              page: [
                { pagetitle: 'p1', pagefile: '1.jp2', pageptr: '1' },
                { pagetitle: 'p2', pagefile: '2.jp2', pageptr: '2' },
              ],
            },
            { nodetitle: 'Part 2', page: { pagetitle: 'p3', pagefile: '3.jp2', pageptr: '3' } },
          ],
        },
      },
    });
    expect((await expand(album, monograph)).map((record) => record.page?.pointer)).toEqual([1, 2, 3]);
  });

  it('throws CONTENTdm’s HTTP 200 error messages as the reason', async () => {
    const notFound = fakeFetcher({
      'dmGetItemInfo/ryr/2239/json': { code: '-2', message: 'Requested item not found', restrictionCode: '-1' },
    });
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

  it('asks nothing for records without an image file or an id, nor item pages for what the search fields refuse', async () => {
    const none = fakeFetcher({});
    expect(await expand(letter, none)).toEqual([letter]);
    expect(await expand({ ...photo, collection: undefined }, none)).toEqual([{ ...photo, collection: undefined }]);
    expect(none.asked).toEqual([]);
    const late = { ...photo, date: '1985' };
    expect(await expand(late, none)).toEqual([{ ...late, fieldMap: NICK_FIELD_MAP }]);
    expect(none.asked).toEqual([fieldTable('ryr')]);
    const scrapbook = fakeFetcher({ 'dmGetItemInfo/stn/1014/json': { ...albumInfo, formge: 'Scrapbooks' } });
    const [kept] = await expand(album, scrapbook);
    expect(scrapbook.asked).toEqual([fieldTable('stn'), `${API}dmGetItemInfo/stn/1014/json`]);
    expect(smuAdapter.toRow(kept, options)).toEqual({ drop: 'excluded genre' });
  });
});
