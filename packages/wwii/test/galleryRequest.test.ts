import { describe, expect, it } from 'vitest';
import { wwiiAdapter } from '../src/index.js';

const OPTIONS = { endpoint: 'https://www.worldwarphotos.info', window: wwiiAdapter.defaultWindow };

describe('pageRequest', () => {
  it("asks for the gallery page, then Eazyest Gallery's thumbnails/<n> for the following pages, as HTML text", () => {
    const first = wwiiAdapter.pageRequest('ussr tanks-2 t-34', null, OPTIONS);
    expect(first).toEqual({
      url: 'https://www.worldwarphotos.info/gallery/ussr/tanks-2/t-34/',
      headers: { Accept: 'text/html,application/xhtml+xml' },
      responseType: 'text',
    });
    expect(wwiiAdapter.pageRequest('ussr tanks-2 t-34', 3, OPTIONS).url).toBe(
      'https://www.worldwarphotos.info/gallery/ussr/tanks-2/t-34/thumbnails/3',
    );
  });

  it('works below a path and with a trailing slash on the endpoint', () => {
    const request = wwiiAdapter.pageRequest('usa tanks m4_sherman', 2, { ...OPTIONS, endpoint: 'http://127.0.0.1:4010/wwii/' });
    expect(request.url).toBe('http://127.0.0.1:4010/wwii/gallery/usa/tanks/m4_sherman/thumbnails/2');
  });

  it('refuses cursors that are not a page number of at least 2, and queries that name no gallery', () => {
    for (const cursor of [1, 0, 2.5, '2', { page: 2 }]) {
      expect(() => wwiiAdapter.pageRequest('ussr tanks-2 t-34', cursor, OPTIONS)).toThrow(/page number of at least 2/);
    }
    expect(() => wwiiAdapter.pageRequest('../wp-admin', null, OPTIONS)).toThrow(/does not name a gallery/);
  });
});
