import { readFileSync } from 'node:fs';
import { ArchiveResponseError } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { parseGalleryPage } from '../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const SHERMAN = 'usa tanks m4_sherman';
const SITE = 'https://www.worldwarphotos.info';

describe('parseGalleryPage', () => {
  it('gives one record per thumbnail with its link, lazy-loaded URL, alt text and gallery caption', () => {
    const page = parseGalleryPage(fixture('gallery-page-1.html'), SHERMAN, null);
    expect(page.records).toHaveLength(3);
    expect(page.records[0]).toEqual({
      gallery: SHERMAN,
      attachmentUrl: `${SITE}/gallery/usa/tanks/m4_sherman/m4-sherman-normandy-1944/`,
      thumbnailUrl: `${SITE}/wp-content/gallery/usa/tanks/m4_sherman/_cache/M4_Sherman_Normandy_1944-150x150.jpg`,
      alt: 'M4 Sherman in Normandy',
      galleryCaption: 'M4 Sherman of the 2nd Armored Division, Normandy, July 1944',
    });
  });

  it('falls back from data-src to src and srcset, takes an id-less caption from its own item and keeps relative links as written', () => {
    const [, relative, unlinked] = parseGalleryPage(fixture('gallery-page-1.html'), SHERMAN, null).records;
    expect(relative).toMatchObject({
      attachmentUrl: '/gallery/usa/tanks/m4_sherman/sherman_crew/',
      thumbnailUrl: '/wp-content/gallery/usa/tanks/m4_sherman/_cache/Sherman_crew-150x150.jpg',
      alt: null,
      galleryCaption: null,
    });
    expect(unlinked).toMatchObject({
      attachmentUrl: null,
      thumbnailUrl: `${SITE}/wp-content/gallery/usa/tanks/m4_sherman/_cache/Sherman_Firefly-150x150.jpg`,
      alt: null,
      galleryCaption: 'Sherman Firefly of a British regiment',
    });
  });

  it('leaves out subfolder icons: they link to another folder, not to a photo', () => {
    const records = parseGalleryPage(fixture('gallery-page-1.html'), SHERMAN, null).records;
    expect(records.map((record) => record.attachmentUrl)).not.toContain(`${SITE}/gallery/usa/tanks/m4_sherman/m4-colour/`);
    const iconOnly = fixture('gallery-page-1.html').replace(/<div id="gallery-1"[\s\S]*?<\/div>\n<nav/, '<nav');
    expect(parseGalleryPage(iconOnly, SHERMAN, null)).toEqual({ records: [], next: null });
  });

  it("asks for the next page while Eazyest Gallery's next-thumbnails link is there, and stops on the last page", () => {
    expect(parseGalleryPage(fixture('gallery-page-1.html'), SHERMAN, null).next).toBe(2);
    const last = parseGalleryPage(fixture('gallery-last-page.html'), SHERMAN, 2);
    expect(last.next).toBeNull();
    expect(last.records.map((record) => record.galleryCaption)).toEqual(['M4A3(76)W crossing the Rhine, March 1945']);
  });

  it('reads an empty gallery as no records and no next page', () => {
    expect(parseGalleryPage(fixture('gallery-empty.html'), 'france tanks char-b1', null)).toEqual({ records: [], next: null });
  });

  it('fails a page in changed markup with a message naming the gallery, the page and what is missing', () => {
    const read = () => parseGalleryPage(fixture('gallery-block-theme.html'), SHERMAN, 3);
    expect(read).toThrow(ArchiveResponseError);
    expect(read).toThrow(/^gallery "usa tanks m4_sherman" page 3 has no h2.entry-title or .entry-content: the site's markup changed$/);
  });

  it('fails a gallery whose images lost their thumbnail class rather than reading it as empty', () => {
    const renamed = fixture('gallery-page-1.html').replaceAll('attachment-thumbnail', 'wp-image');
    expect(() => parseGalleryPage(renamed, SHERMAN, null)).toThrow(/without the attachment-thumbnail class/);
  });

  it('asks again for an unreadable page (a 200 error page may be transient) but not for a body of the wrong type', () => {
    try {
      parseGalleryPage('<html><body><h1>Service Unavailable</h1></body></html>', SHERMAN, null);
      expect.unreachable();
    } catch (error) {
      expect((error as ArchiveResponseError).retryable).toBe(true);
    }
    expect(() => parseGalleryPage({ records: [] }, SHERMAN, null)).toThrow(/expected an HTML page, got object/);
  });
});
