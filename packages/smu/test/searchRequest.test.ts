import { present } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { createSmuAdapter, smuAdapter } from '../src/index.js';

const options = { endpoint: 'https://digitalcollections.smu.edu', window: smuAdapter.defaultWindow };
const API = 'https://digitalcollections.smu.edu/digital/bl/dmwebservices/index.php?q=';

describe('smuAdapter.pageRequest', () => {
  it('asks dmQuery of every collection for the query as an exact phrase, 1024 records from start 1, as text', () => {
    expect(smuAdapter.pageRequest('naval base hospital', null, options)).toEqual({
      url: `${API}dmQuery/all/CISOSEARCHALL^naval%20base%20hospital^exact^and/title!date!type!format!formge/nosort/1024/1/1/0/0/0/0/0/json`,
      headers: { Accept: 'application/json' },
      responseType: 'text',
    });
  });

  it('pages with the start position the cursor holds', () => {
    expect(smuAdapter.pageRequest('tank', 1025, options).url).toContain('/nosort/1024/1025/1/');
  });

  it('searches only the given collections, joined with !', () => {
    const adapter = createSmuAdapter({ collections: ['ryr', '/stn', 'ryr'] });
    expect(adapter.pageRequest('tank', null, options).url).toContain('q=dmQuery/ryr!stn/CISOSEARCHALL^tank^exact^and/');
  });

  it('declares --collections for the CLI, and configures the adapter from what was given and the thumbnail size', () => {
    expect(Object.keys(smuAdapter.options ?? {})).toEqual(['collections']);
    const configured = smuAdapter.configure?.({ collections: ['ryr, /stn', 'ryr'] }, { thumbnailSize: [512, 384] });
    expect(configured?.pageRequest('tank', null, options).url).toContain('q=dmQuery/ryr!stn/CISOSEARCHALL^tank^exact^and/');
    const photo = { collection: '/ryr', pointer: 2239, filetype: 'jp2', info: { title: 'Tank', date: '1944' } };
    expect(configured?.toRow(photo, options)).toMatchObject({
      img_url: 'https://digitalcollections.smu.edu/iiif/2/ryr:2239/full/!512,384/0/default.jpg',
    });
    const plain = smuAdapter.configure?.({}, { thumbnailSize: null });
    expect(plain?.pageRequest('tank', null, options).url).toContain('q=dmQuery/all/');
    expect(plain?.toRow(photo, options)).toMatchObject({
      img_url: 'https://digitalcollections.smu.edu/iiif/2/ryr:2239/full/max/0/default.jpg',
    });
  });

  it('refuses a --collections value that is no alias, with a message for the user', () => {
    const collections = present(smuAdapter.options?.collections, 'the --collections option');
    expect(() => collections.parse(['ryr,ryr/../x'])).toThrow('"ryr/../x" is not a CONTENTdm collection alias');
    expect(collections.parse([' ', 'ryr,,stn'])).toEqual(['ryr', 'stn']);
  });

  it('turns the characters CONTENTdm cannot carry into spaces and percent-encodes the rest', () => {
    const { url } = smuAdapter.pageRequest('anti-aircraft / guns! 50^cal café', null, options);
    expect(url).toContain('CISOSEARCHALL^anti-aircraft%20guns%2050%20cal%20caf%C3%A9^exact^and/');
  });

  it('accepts the endpoint with the website path or a trailing slash', () => {
    for (const endpoint of ['https://digitalcollections.smu.edu/', 'https://digitalcollections.smu.edu/digital']) {
      expect(smuAdapter.pageRequest('tank', null, { ...options, endpoint }).url.startsWith(API)).toBe(true);
    }
  });

  it('refuses a query without words, a cursor it did not write, and bad options', () => {
    expect(() => smuAdapter.pageRequest(' / ! ', null, options)).toThrow('query " / ! " has no words CONTENTdm can search for');
    expect(() => smuAdapter.pageRequest('tank', 'abc', options)).toThrow(/SMU cursor must be a dmQuery start position/);
    expect(() => smuAdapter.pageRequest('tank', 0, options)).toThrow(/SMU cursor/);
    expect(() => createSmuAdapter({ collections: ['ryr/../x'] })).toThrow('"ryr/../x" is not a CONTENTdm collection alias');
    expect(() => createSmuAdapter({ iiifSize: '512' })).toThrow(/IIIF size must be/);
  });

  it('describes a polite, robots.txt-obeying SMU collection', () => {
    expect(smuAdapter).toMatchObject({
      id: 'smu',
      datasetName: 'SMU',
      defaultEndpoint: 'https://digitalcollections.smu.edu',
      defaultWindow: { start: '1900-01-01', end: '1970-12-31' },
      politeness: { requestsPerSecond: 1, concurrency: 1 },
      obeysRobotsTxt: true,
      extraColumns: ['collection', 'subjects', 'keywords', 'note', 'rights'],
    });
  });
});
