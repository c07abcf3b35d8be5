import type { AdapterOptions } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { europeanaAdapter } from '../src/index.js';

const options: AdapterOptions = {
  endpoint: 'http://127.0.0.1:4010/record/v2/',
  apiKey: 'secret-key-123',
  window: europeanaAdapter.defaultWindow,
};

describe('europeanaAdapter.pageRequest', () => {
  it('asks the search endpoint for photographs the image stage can decode, with the phrase in title or description', () => {
    const request = europeanaAdapter.pageRequest('naval base hospital', null, options);
    const url = new URL(request.url);
    expect(`${url.origin}${url.pathname}`).toBe('http://127.0.0.1:4010/record/v2/search.json');
    expect(url.searchParams.get('query')).toBe('naval base hospital');
    expect(url.searchParams.getAll('qf')).toEqual([
      'collection:photography',
      'TYPE:IMAGE',
      'MIME_TYPE:("image/jpeg" OR "image/png" OR "image/tiff" OR "image/gif" OR "image/webp")',
      'proxy_dc_title:"naval base hospital" OR proxy_dc_description:"naval base hospital"',
    ]);
    expect(url.searchParams.get('rows')).toBe('100');
    expect(url.searchParams.get('profile')).toBe('standard');
    expect(url.searchParams.has('start')).toBe(false);
  });

  it('starts cursor paging with * and then sends the cursor it was given', () => {
    const first = new URL(europeanaAdapter.pageRequest('tank', null, options).url);
    expect(first.searchParams.get('cursor')).toBe('*');
    const cursor = 'AoE/GTIwMjA2MDEv+aHR0cHM=';
    const next = new URL(europeanaAdapter.pageRequest('tank', cursor, options).url);
    expect(next.searchParams.get('cursor')).toBe(cursor);
  });

  it('sends the API key in the X-Api-Key header, never in the URL', () => {
    const request = europeanaAdapter.pageRequest('tank', 'abc', options);
    expect(request.headers?.['X-Api-Key']).toBe('secret-key-123');
    expect(request.url).not.toContain('secret-key-123');
    expect(new URL(request.url).searchParams.has('wskey')).toBe(false);
    expect(europeanaAdapter.pageRequest('tank', null, { ...options, apiKey: undefined }).headers).not.toHaveProperty('X-Api-Key');
  });

  it('escapes quotes and backslashes inside the phrase filter', () => {
    const url = new URL(europeanaAdapter.pageRequest('the "Desert Rats" \\ 1942', null, options).url);
    expect(url.searchParams.getAll('qf')[3]).toBe(
      'proxy_dc_title:"the \\"Desert Rats\\" \\\\ 1942" OR proxy_dc_description:"the \\"Desert Rats\\" \\\\ 1942"',
    );
  });

  it('refuses a cursor that is not a string', () => {
    expect(() => europeanaAdapter.pageRequest('tank', 101, options)).toThrow(/cursor must be a string/);
  });

  it('describes the real archive by default', () => {
    expect(europeanaAdapter).toMatchObject({
      id: 'europeana',
      datasetName: 'EUROPEANA',
      defaultEndpoint: 'https://api.europeana.eu/record/v2',
      defaultWindow: { start: '1900-01-01', end: '1970-12-31' },
      apiKey: { env: 'EUROPEANA_API_KEY', default: 'api2demo' },
    });
  });
});
