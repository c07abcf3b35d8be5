import { describe, expect, it } from 'vitest';
import { WW_VEHICLES_EXTRA_COLUMNS, wwVehiclesAdapter, type VehicleImage } from '../src/index.js';

const options = { endpoint: 'https://www.truck-encyclopedia.com', window: null };
const toRow = (record: unknown) => wwVehiclesAdapter.toRow(record, options, 'ww2 germany');

const image: VehicleImage = {
  listing: 'ww2 germany',
  name: 'Opel Blitz',
  section: 'Light trucks',
  articlePath: '/ww2/germany/Opel-Blitz.php',
  articleUrl: 'https://www.truck-encyclopedia.com/ww2/germany/Opel-Blitz.php',
  imageUrl: 'https://www.truck-encyclopedia.com/ww2/germany/photos/Opel_Blitz_3.6-36S.JPG',
  caption: 'The 4x2 3.6-36S',
  alt: 'Opel Blitz',
  war: 'WW2',
  country: 'Germany',
};

describe('wwVehiclesAdapter.toRow', () => {
  it('makes an undated row: id from the picture file, the article as document, name as title, caption as description', () => {
    expect(toRow(image)).toEqual({
      doc_id: '/ww2/germany/Opel-Blitz.php',
      id: 'Opel_Blitz_3.6-36S',
      img_url: image.imageUrl,
      doc_url: image.articleUrl,
      raw_doc_date: null,
      doc_year: null,
      doc_date: null,
      country: 'Germany',
      title: 'Opel Blitz',
      description: 'The 4x2 3.6-36S',
      labels: ['military vehicle'],
      extra: { war: 'WW2' },
    });
    expect(wwVehiclesAdapter.extraColumns).toEqual(WW_VEHICLES_EXTRA_COLUMNS);
    expect(Object.keys((toRow(image) as { extra: object }).extra)).toEqual([...WW_VEHICLES_EXTRA_COLUMNS]);
  });

  it('labels the vehicle by its name, then by its listing heading', () => {
    expect(toRow({ ...image, name: 'Sd.Kfz.222 armoured car' })).toMatchObject({ labels: ['armoured vehicle'] });
    expect(toRow({ ...image, name: 'Sd.Kfz.7', section: 'Half-tracks' })).toMatchObject({ labels: ['armoured vehicle'] });
  });

  it('describes an uncaptioned picture by its alt text unless that only repeats the name', () => {
    expect(toRow({ ...image, caption: null, alt: 'Opel Blitz with a Flak 38' })).toMatchObject({
      description: 'Opel Blitz with a Flak 38',
    });
    expect(toRow({ ...image, caption: null, alt: 'OPEL BLITZ' })).toMatchObject({ description: null });
    expect(toRow({ ...image, caption: null, alt: null })).toMatchObject({ description: null });
  });

  it('decodes the file name and keeps the country of a WW1 vehicle without a flag empty', () => {
    const bus = {
      ...image,
      imageUrl: 'https://www.truck-encyclopedia.com/ww1/img/photos/Blitz%20Bus.png',
      war: 'WW1' as const,
      country: null,
    };
    expect(toRow(bus)).toMatchObject({ id: 'Blitz Bus', country: null, extra: { war: 'WW1' } });
  });

  it.each([
    [
      'an article whose page was never read',
      { listing: 'ww2 germany', name: 'Opel Blitz', section: null, articlePath: '/ww2/germany/Opel-Blitz.php' },
      'article not read',
    ],
    ['something else from the cache', { hello: 'world' }, 'unreadable record (listing: expected a value)'],
    ['null', null, 'unreadable record (the record: expected Object)'],
    ['a picture of a third war', { ...image, war: 'WW3' }, 'unreadable record (war: expected ("WW1" | "WW2"))'],
    ['a picture URL without a file name', { ...image, imageUrl: 'https://www.truck-encyclopedia.com/' }, 'no image file name'],
  ])('drops %s', (_label, record, reason) => {
    expect(toRow(record)).toEqual({ drop: reason });
  });
});
