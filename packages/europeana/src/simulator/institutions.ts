import type { LanguageCode } from './languages.js';

/**
 * How an institution serves its images: plain files, a script (`imagen_id.cmd?idImagen=…`, as Spanish
 * and other library systems do) or a IIIF Image API URL (as Wellcome Collection does).
 */
export type ImageServer = 'file' | 'script' | 'iiif';

export interface Institution {
  dataProvider: string;
  provider: string;
  country: string;
  imageServer: ImageServer;
}

/** Where records in each language come from. */
export const INSTITUTIONS: Record<LanguageCode, Institution> = {
  en: { dataProvider: 'Regimental Museum Photograph Archive', provider: 'Photoconsortium', country: 'United Kingdom', imageServer: 'file' },
  de: { dataProvider: 'Stadtarchiv, Bildsammlung', provider: 'Deutsche Digitale Bibliothek', country: 'Germany', imageServer: 'file' },
  fr: {
    dataProvider: 'Archives départementales, fonds photographique',
    provider: 'Photoconsortium',
    country: 'France',
    imageServer: 'file',
  },
  nl: { dataProvider: 'Nationaal Oorlogsarchief', provider: 'Netwerk Oorlogsbronnen', country: 'Netherlands', imageServer: 'file' },
  fi: { dataProvider: 'Sotamuseon kuvakokoelma', provider: 'Finna', country: 'Finland', imageServer: 'file' },
  it: { dataProvider: 'Archivio fotografico del Museo della Guerra', provider: 'CulturaItalia', country: 'Italy', imageServer: 'script' },
  pl: { dataProvider: 'Archiwum Fotografii Wojennej', provider: 'Polona', country: 'Poland', imageServer: 'script' },
};

/** Providers a collector is expected to drop by name. */
export const EXCLUDED_INSTITUTIONS: readonly Institution[] = [
  { dataProvider: 'Wellcome Collection', provider: 'Wellcome Collection', country: 'United Kingdom', imageServer: 'iiif' },
  {
    dataProvider: 'Museum of World Culture',
    provider: 'Swedish Open Cultural Heritage | K-samsök',
    country: 'Sweden',
    imageServer: 'file',
  },
];

/** Creators a collector is expected to drop; the second only contains an excluded name. */
export const EXCLUDED_CREATORS: readonly string[] = ['Westhoff', 'L. Westhoff'];

export const RIGHTS: readonly string[] = [
  'http://creativecommons.org/publicdomain/mark/1.0/',
  'http://creativecommons.org/licenses/by-sa/4.0/',
  'http://rightsstatements.org/vocab/InC/1.0/',
  'http://creativecommons.org/publicdomain/zero/1.0/',
];

export const DATASETS: readonly string[] = ['2020601', '9200579', '2022704', '08641', '2048128', '11648'];
