import { readFileSync } from 'node:fs';
import { itemAt, present, startSimulator, type Simulator } from '@hx4/testkit';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GALLERIES } from '../src/index.js';
import { wwiiSimulator } from '../src/simulator/index.js';

/**
 * The simulator held to what is known of the real site. Sources, cited per test:
 * - HOME: the real home page, fixtures/real/worldwarphotos-home.html (see PROVENANCE.md);
 * - REFERENCE: the reference collector that ran against the site, /work/shared/reference/collectors-html-sites.md §2
 *   (mrgransky/ImACCESS datasets/wwii/data_collector.py);
 * - EAZYEST: the source of the Eazyest Gallery plugin the real site runs (the home page loads it), GitHub
 *   mattgalczynski/eazyest-gallery @ f5a7260382117e819624737c2ddfdf3851896bdb.
 */
const HOME = load(readFileSync(new URL('./fixtures/real/worldwarphotos-home.html', import.meta.url), 'utf8'));
const REAL_SITE = 'https://www.worldwarphotos.info';

/** T-34s over two thumbnail pages, a page of Spitfires, a few B-17s in a section with a `-2-3` slug. */
const SIZES = { 'ussr tanks-2 t-34': 45, 'uk raf spitfire': 40, 'usa aircrafts-2-3 b-17-flying-fortress': 6 };

let sim: Simulator;
let site: string;
beforeAll(async () => {
  sim = await startSimulator({ archives: [wwiiSimulator({ sizes: SIZES, imageSize: [64, 48] })] });
  site = sim.endpoint('wwii');
});
afterAll(() => sim.close());

async function page(path: string): Promise<CheerioAPI> {
  const response = await fetch(site + path);
  expect(response.status, path).toBe(200);
  return load(await response.text());
}

/** Every gallery page of the simulated catalogue (first pages), read once. */
let galleryPages: Map<string, CheerioAPI> | undefined;
async function allGalleryPages(): Promise<Map<string, CheerioAPI>> {
  galleryPages ??= new Map(await Promise.all(GALLERIES.map(async (gallery) => [gallery.key, await page(gallery.path)] as const)));
  return galleryPages;
}

/** The first match of `selector` and everything in it as `tag.class.class` strings, so two pages' shapes compare. */
function shape($: CheerioAPI, selector: string): string[] {
  return $(selector)
    .first()
    .find('*')
    .addBack()
    .map((_, element) => {
      const classes = ($(element).attr('class') ?? '').split(/\s+/u).filter(Boolean).sort();
      return [String($(element).prop('tagName')).toLowerCase(), ...classes].join('.');
    })
    .toArray();
}

describe('the theme around the gallery (HOME)', () => {
  it('has the real Quintus frame: #page.hfeed, header.blog-header, nav#access, #main > #primary > #content.content, footer.blog-footer', async () => {
    const simulated = await page(itemAt(GALLERIES, 0, 'gallery').path);
    for (const selector of [
      '#page.hfeed',
      'header.blog-header',
      'nav#access',
      '#main > #primary > #content.content',
      'footer.blog-footer',
    ]) {
      expect(HOME(selector).length, `real ${selector}`).toBe(1);
      expect(simulated(selector).length, `simulated ${selector}`).toBe(1);
    }
  });
});

describe('subfolder icons (HOME)', () => {
  it('are served on some galleries in the markup of the real folder icons, element for element', async () => {
    const withIcons = [...(await allGalleryPages()).values()].filter(($) => $('.folder-item').length > 0);
    expect(withIcons.length).toBeGreaterThan(5);
    const real = shape(HOME, '.eazyest-gallery .folder-item');
    for (const $ of withIcons) expect(shape($, '.eazyest-gallery .folder-item')).toEqual(real);
    // Real: `<div class='eazyest-gallery gallery gallery-0 gallery-columns-4 folders gallery-size-thumbnail'>`.
    expect(itemAt(withIcons, 0, 'page with folder icons')('.eazyest-gallery').attr('class')).toBe(HOME('.eazyest-gallery').attr('class'));
  });

  it('say "Folder Icon", link to the folder with rel="bookmark" and a title in numeric-entity quotes', async () => {
    const withIcons = [...(await allGalleryPages()).values()].filter((candidate) => candidate('.folder-item').length > 0);
    const $ = itemAt(withIcons, 0, 'page with folder icons');
    for (const doc of [HOME, $]) {
      const link = doc('.folder-item a').first();
      expect(link.attr('rel')).toBe('bookmark');
      expect(link.attr('title')).toMatch(/^View folder “.+”$/u);
      expect(link.find('img').attr('alt')).toBe('Folder Icon');
      expect(link.find('img').attr('class')).toBe('attachment-thumbnail');
      expect(link.attr('href')).toMatch(/\/gallery\/(?:[a-z0-9_-]+\/)+$/u);
    }
    const raw = await (await fetch(site + GALLERIES.find((gallery) => $ === galleryPages!.get(gallery.key))!.path)).text();
    expect(raw).toContain('title="View folder &#8220;');
  });
});

describe('thumbnails', () => {
  const THUMBNAIL = /^\/wp-content\/gallery\/(?:[a-z0-9_-]+\/)+_cache\/[A-Za-z0-9_-]+-150x150\.jpg$/u;

  it("are absolute URLs of 150×150 copies in the folder's _cache/, as on the real page (HOME)", async () => {
    const real = HOME('img.attachment-thumbnail')
      .map((_, img) => img.attribs.src)
      .toArray();
    expect(real.every((src) => src.startsWith(`${REAL_SITE}/`) && THUMBNAIL.test(src.slice(REAL_SITE.length)))).toBe(true);
    const $ = await page('/gallery/ussr/tanks-2/t-34/');
    const simulated = $('.gallery-item:not(.folder-item) img.attachment-thumbnail')
      .map((_, img) => img.attribs['data-src'] ?? img.attribs.src)
      .toArray();
    expect(simulated).toHaveLength(40);
    expect(simulated.every((src) => src.startsWith(`${site}/`) && THUMBNAIL.test(src.slice(site.length)))).toBe(true);
  });

  it('come in plain src (HOME, 2018) and in lazy data-src (REFERENCE §2.4: the 2024 collector read data-src only)', async () => {
    const kinds = new Set<string>();
    for (const $ of (await allGalleryPages()).values()) {
      $('.gallery-item:not(.folder-item) img.attachment-thumbnail').each((_, img) => {
        const src = present(img.attribs.src, 'thumbnail src');
        kinds.add(img.attribs['data-src'] ? `data-src, src ${src.slice(0, 5)}` : `src ${src.slice(0, 4)}`);
      });
    }
    expect(kinds).toEqual(new Set(['src http', 'data-src, src data:']));
  });

  it("live in upload folders whose sections lose WordPress's -2 slug suffix (HOME: /gallery/usa/aircrafts-2-3/ → /wp-content/gallery/usa/aircrafts/tbu-tby/)", async () => {
    expect(HOME('a[href$="/gallery/usa/aircrafts-2-3/"]').length).toBeGreaterThan(0);
    expect(HOME('img[src*="/wp-content/gallery/usa/aircrafts/tbu-tby/"]').length).toBe(1);
    const $ = await page('/gallery/usa/aircrafts-2-3/b-17-flying-fortress/');
    const sources = $('img.attachment-thumbnail')
      .map((_, img) => img.attribs['data-src'] ?? img.attribs.src)
      .toArray();
    expect(sources.length).toBe(6);
    for (const src of sources) expect(src).toContain('/wp-content/gallery/usa/aircrafts/b-17-flying-fortress/_cache/');
  });
});

describe('gallery pages (REFERENCE §2.3, EAZYEST)', () => {
  it('carry what the reference read on the real site: img.attachment-thumbnail, h2.entry-title, div.entry-caption', async () => {
    const $ = await page('/gallery/ussr/tanks-2/t-34/');
    expect($('h2.entry-title').text()).toBe('T-34');
    expect($('div.entry-caption').length).toBe(1);
    expect($('.entry-content img.attachment-thumbnail').length).toBeGreaterThan(0);
  });

  it("tie captions to thumbnails as WordPress does (aria-describedby → id), or not at all as Eazyest's own gallery does", async () => {
    const styles = new Set<string>();
    for (const $ of (await allGalleryPages()).values()) {
      $('.gallery-item:not(.folder-item)').each((_, item) => {
        const caption = $(item).find('.gallery-caption');
        if (caption.length === 0) return;
        const described = $(item).find('img').attr('aria-describedby');
        styles.add(described ? (described === caption.attr('id') ? 'tied' : 'mistied') : 'untied');
      });
    }
    expect(styles).toEqual(new Set(['tied', 'untied']));
  });

  it("page by Eazyest's thumbnails/<n> endpoint, 40 a page by default, linked from nav.thumbnail-navigation", async () => {
    // EAZYEST frontend/class-eazyest-frontend.php: `$folder_permalink . 'thumbnails/' . $next_page` in
    // `<nav id='thumbnail-nav-…' class='navigation thumbnail-navigation'>`, `<a id='next-thumbnail-…'>`;
    // eazyest-gallery.php: 'thumbs_page' => 40. HOME loads the script that turns it into "More thumbnails".
    expect(HOME('script').text()).toContain('"moreButton":"More thumbnails"');
    const first = await page('/gallery/ussr/tanks-2/t-34/');
    const next = first('nav.thumbnail-navigation .nav-next a');
    expect(next.attr('id')).toBe('next-thumbnail-2');
    expect(next.attr('href')).toBe(`${site}/gallery/ussr/tanks-2/t-34/thumbnails/2`);
    const second = await page('/gallery/ussr/tanks-2/t-34/thumbnails/2');
    expect(second('nav.thumbnail-navigation .nav-next').length).toBe(0);
    expect(second('nav.thumbnail-navigation .nav-previous a').attr('href')).toBe(`${site}/gallery/ussr/tanks-2/t-34/thumbnails/1`);
    expect((await fetch(`${site}/gallery/ussr/tanks-2/t-34/page/2/`)).status).toBe(404);
  });
});

describe('attachment pages (REFERENCE §2.4, EAZYEST themes/twentyeleven/eazyest-image.php)', () => {
  it('have h2.entry-title, and div.entry-caption only for a photo with a caption', async () => {
    const $ = await page('/gallery/uk/raf/spitfire/');
    const links = $('.gallery-item:not(.folder-item) a')
      .map((_, a) => present(a.attribs.href, 'thumbnail link').slice(site.length))
      .toArray();
    const pages = await Promise.all(links.map((link) => page(link)));
    expect(pages.every((attachment) => attachment('h2.entry-title').length === 1)).toBe(true);
    const blocks = pages.map((attachment) => attachment('.entry-caption').length);
    expect(new Set(blocks)).toEqual(new Set([0, 1]));
  });

  it('link the photo to the next attachment page and the full-size file from the header', async () => {
    const $ = await page('/gallery/uk/raf/spitfire/supermarine-spitfire-001/');
    expect($('.entry-attachment a[rel="attachment"]').attr('href')).toBe(`${site}/gallery/uk/raf/spitfire/supermarine-spitfire-002/`);
    expect($('.entry-meta a[title="Link to full-size image"]').attr('href')).toBe(
      `${site}/wp-content/gallery/uk/raf/spitfire/Supermarine_Spitfire_001.jpg`,
    );
    // The upload date is printed too: a year that is not the photo's.
    expect($('.entry-meta abbr.published').text()).toMatch(/^201[3-8]-\d\d-\d\d$/u);
  });
});

describe('robots.txt', () => {
  it("is WordPress's default (wp-admin closed, admin-ajax.php open; HOME's ajaxurl is /wp-admin/admin-ajax.php) plus a crawl delay", async () => {
    expect(HOME('script').text()).toContain('wp-admin\\/admin-ajax.php');
    const robots = await (await fetch(`${site}/robots.txt`)).text();
    expect(robots).toContain('Disallow: /wwii/wp-admin/\nAllow: /wwii/wp-admin/admin-ajax.php\n');
  });
});
