import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wwVehiclesAdapter } from '../src/index.js';
import { responseErrorOf } from '@hx4/testkit';

const listingHtml = readFileSync(new URL('./fixtures/listing.html', import.meta.url), 'utf8');
const parse = (body: unknown, key = 'ww2 germany') => wwVehiclesAdapter.parsePage(body, key, null);

const thrown = (body: unknown) => responseErrorOf(() => parse(body));

describe('wwVehiclesAdapter.parsePage (a listing page)', () => {
  it('gives one record per vehicle article linked inside div.content, in page order, and ends the listing', () => {
    const page = parse(listingHtml);
    expect(page.records).toEqual([
      { listing: 'ww2 germany', name: 'Opel Blitz', section: 'Light trucks', articlePath: '/ww2/germany/Opel-Blitz.php' },
      { listing: 'ww2 germany', name: 'Krupp Protze', section: 'Light trucks', articlePath: '/ww2/germany/Krupp-Protze.php' },
      { listing: 'ww2 germany', name: 'Sd.Kfz.7 mittlerer Zugkraftwagen', section: 'Half-tracks', articlePath: '/ww2/germany/Sdkfz-7.php' },
      { listing: 'ww2 germany', name: 'Maultier', section: 'Half-tracks', articlePath: '/ww2/germany/Maultier.php' },
      { listing: 'ww2 germany', name: 'German Trucks Misc', section: null, articlePath: '/ww2/germany/German-Trucks-Misc.php' },
    ]);
    expect(page.next).toBeNull();
    expect(page.total).toBe(5);
  });

  it('leaves out links to other listings, other wars, other sites, images, the index and anything outside the content', () => {
    const paths = parse(listingHtml).records.map((record) => record.articlePath);
    for (const left of ['british-trucks', 'Daimler', 'Panzer-IV', 'big.jpg', 'index.php', 'german-trucks.php', 'Menu-Only', 'Footer']) {
      expect(paths.join(' ')).not.toContain(left);
    }
  });

  it('keys WW1 articles by the WW1 folder', () => {
    const html = '<div class="content"><a href="Liberty-B.php">Liberty B</a> <a href="../ww2/us/us-trucks.php">WW2</a></div>';
    expect(parse(html, 'ww1').records).toEqual([{ listing: 'ww1', name: 'Liberty B', section: null, articlePath: '/ww1/Liberty-B.php' }]);
  });

  it('fails a page without div.content (an error page or a redesign) with a reason naming it, worth asking again', () => {
    const redesigned = listingHtml.replaceAll('class="content"', 'class="page-body"');
    const error = thrown(redesigned);
    expect(error.message).toBe(`listing "ww2 germany" has no div.content: not the listing page, or the site's markup changed`);
    expect(error.retryable).toBe(true);
    expect(thrown('Service Unavailable').retryable).toBe(true);
  });

  it('fails a content without vehicle links as changed markup, for good', () => {
    const error = thrown('<div class="content"><article class="card" data-href="Opel-Blitz.php">Opel Blitz</article></div>');
    expect(error.message).toContain('links no vehicle article inside div.content');
    expect(error.retryable).toBe(false);
  });

  it('fails a body that is not text', () => {
    expect(thrown({ items: [] }).message).toContain('not text');
  });

  it('refuses a listing key that is not in the catalogue', () => {
    expect(() => parse(listingHtml, 'ww2 poland')).toThrow(
      /"ww2 poland" is not a WW vehicles listing; known listings: ww1, ww2 czechoslovakia/,
    );
  });
});
