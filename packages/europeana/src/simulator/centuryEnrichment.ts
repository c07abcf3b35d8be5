/**
 * What Europeana adds to an item dated in the 20th century: the century's label in many languages and
 * the authority URIs of the concept, all in `edmTimespanLabel` next to the provider's own date. The
 * labels and URIs are those of a recorded NIMH item (test/fixtures/real), a selection of its 26
 * languages.
 */
export const TWENTIETH_CENTURY_LABELS: Readonly<Record<string, string>> = {
  de: '20. Jahrhundert',
  ru: 'XX век',
  fi: '1900-luku',
  fr: 'XXe siècle',
  sv: '1900-talet',
  el: '20ός αιώνας',
  en: '20th century',
  it: 'XX secolo',
  es: 'Siglo XX',
  pl: 'XX wiek',
  cs: '20. století',
  nl: '20e eeuw',
};

export const TWENTIETH_CENTURY_URIS: readonly string[] = [
  'http://www.wikidata.org/entity/Q6927',
  'http://id.loc.gov/authorities/names/sh85139020',
  'http://vocab.getty.edu/aat/300404514',
  'http://dbpedia.org/resource/20th_century',
];
