import { readFileSync } from 'node:fs';
import { HttpError, type AdapterOptions, type DetailFetcher } from '@hx4/core';
import { itemAt } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { wwiiAdapter, type WwiiRecord } from '../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const SITE = 'https://www.worldwarphotos.info';
const OPTIONS: AdapterOptions = { endpoint: SITE, window: wwiiAdapter.defaultWindow };
const NORMANDY = `${SITE}/gallery/usa/tanks/m4_sherman/m4-sherman-normandy-1944/`;
const CREW = `${SITE}/gallery/usa/tanks/m4_sherman/sherman_crew/`;

/** A DetailFetcher answering from memory and remembering what it was asked. */
function pages(byUrl: Record<string, string>): DetailFetcher & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async getText(url) {
      asked.push(url);
      const page = Object.hasOwn(byUrl, url) ? byUrl[url] : undefined;
      if (page === undefined) throw new HttpError('status', url, `HTTP 404 from ${url}`, 1, 404);
      return page;
    },
    getJson: () => Promise.reject(new Error('the WWII adapter reads no JSON')),
  };
}

const thumbnail = (attachmentUrl: string | null): WwiiRecord => ({
  gallery: 'usa tanks m4_sherman',
  attachmentUrl,
  thumbnailUrl: `${SITE}/wp-content/gallery/usa/tanks/m4_sherman/_cache/M4_Sherman_Normandy_1944-150x150.jpg`,
  alt: 'M4 Sherman in Normandy',
  galleryCaption: null,
});

const expand = (record: WwiiRecord, fetch: DetailFetcher) => wwiiAdapter.expandRecord!(record, fetch, OPTIONS);

describe('expandRecord', () => {
  it('adds the title, caption and full-size link of the attachment page', async () => {
    const fetch = pages({ [NORMANDY]: fixture('attachment.html') });
    expect(await expand(thumbnail(NORMANDY), fetch)).toEqual([
      {
        ...thumbnail(NORMANDY),
        title: 'M4 Sherman in Normandy',
        caption: 'M4 Sherman of the 2nd Armored Division near Saint-Lô, July 1944.',
        imageUrl: `${SITE}/wp-content/gallery/usa/tanks/m4_sherman/M4_Sherman_Normandy_1944.jpg`,
      },
    ]);
    expect(fetch.asked).toEqual([NORMANDY]);
  });

  it('resolves a relative attachment link against the gallery and stores it absolute', async () => {
    const fetch = pages({ [CREW]: fixture('attachment.html') });
    const expanded = itemAt(await expand(thumbnail('/gallery/usa/tanks/m4_sherman/sherman_crew/'), fetch), 0, 'expanded record');
    expect(expanded.attachmentUrl).toBe(CREW);
    const sibling = itemAt(await expand(thumbnail('sherman_crew/'), fetch), 0, 'expanded record');
    expect(sibling.attachmentUrl).toBe(CREW);
  });

  it('keeps an empty caption block as no caption', async () => {
    const empty = fixture('attachment.html').replace(/<div class="entry-caption">.*<\/div>/, '<div class="entry-caption"> </div>');
    const expanded = itemAt(await expand(thumbnail(NORMANDY), pages({ [NORMANDY]: empty })), 0, 'expanded record');
    expect(expanded.caption).toBeNull();
  });

  it('reads a page without a caption block as a photo without a caption: Eazyest Gallery prints the block only for a caption', async () => {
    const expanded = itemAt(
      await expand(thumbnail(NORMANDY), pages({ [NORMANDY]: fixture('attachment-no-caption.html') })),
      0,
      'expanded record',
    );
    expect(expanded).toMatchObject({ title: 'M4 Sherman in Normandy', caption: null });
  });

  it('throws naming the missing heading of a broken attachment page, the same for every page', async () => {
    const untitled = fixture('attachment.html').replace(/<h2 class="entry-title">[^]*?<\/h2>/, '');
    await expect(expand(thumbnail(NORMANDY), pages({ [NORMANDY]: untitled }))).rejects.toThrow(/^attachment page has no \.entry-title$/);
    await expect(expand(thumbnail(NORMANDY), pages({ [NORMANDY]: 'Bad gateway' }))).rejects.toThrow(/no \.entry-title/);
  });

  it("takes the header's link to the full-size image when the photo links to the next attachment page", async () => {
    const template = fixture('attachment.html')
      .replace(
        '<a href="/wp-content/gallery/usa/tanks/m4_sherman/M4_Sherman_Normandy_1944.jpg" rel="attachment">',
        `<a href="${CREW}" rel="attachment">`,
      )
      .replace(
        '</h2>',
        '</h2><div class="entry-meta">Published 2014-03-07 at <a href="/wp-content/gallery/usa/tanks/m4_sherman/M4_Sherman_Normandy_1944.jpg" title="Link to full-size image">1024 &times; 768</a> in <a href="/gallery/usa/tanks/m4_sherman/" rel="gallery">M4 Sherman</a></div>',
      );
    const expanded = itemAt(await expand(thumbnail(NORMANDY), pages({ [NORMANDY]: template })), 0, 'expanded record');
    expect(expanded.imageUrl).toBe(`${SITE}/wp-content/gallery/usa/tanks/m4_sherman/M4_Sherman_Normandy_1944.jpg`);
  });

  it('leaves the full-size link out when the page has none, for the thumbnail to stand in', async () => {
    const unlinked = fixture('attachment.html').replace(
      '<a href="/wp-content/gallery/usa/tanks/m4_sherman/M4_Sherman_Normandy_1944.jpg" rel="attachment">',
      '<a href="#">',
    );
    const expanded = itemAt(await expand(thumbnail(NORMANDY), pages({ [NORMANDY]: unlinked })), 0, 'expanded record');
    expect(expanded.imageUrl).toBeNull();
  });

  it('throws for a thumbnail without a link, and takes a link to the image file itself without fetching', async () => {
    const fetch = pages({});
    await expect(expand(thumbnail(null), fetch)).rejects.toThrow(/^thumbnail without a link to its attachment page$/);
    await expect(expand(thumbnail('#'), fetch)).rejects.toThrow(/^thumbnail without a link to its attachment page$/);
    const file = `${SITE}/wp-content/gallery/usa/tanks/m4_sherman/M4_Sherman_Normandy_1944.jpg`;
    expect(await expand(thumbnail(file), fetch)).toEqual([{ ...thumbnail(null), imageUrl: file }]);
    expect(fetch.asked).toEqual([]);
  });

  it('lets HTTP failures through for the core to judge', async () => {
    await expect(expand(thumbnail(NORMANDY), pages({}))).rejects.toBeInstanceOf(HttpError);
  });
});
