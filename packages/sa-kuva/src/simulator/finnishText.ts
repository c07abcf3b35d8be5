/** A stretch of the wars with the places SA-kuva photographers worked at then. Dates are inclusive. */
export interface WarPeriod {
  /** The subject heading records of the period carry. */
  subject: string;
  start: string;
  end: string;
  places: readonly string[];
}

export const WAR_PERIODS: readonly WarPeriod[] = [
  { subject: 'YH 1939', start: '1939-09-01', end: '1939-11-29', places: ['Kannas, Summa', 'Kannas, Taipale', 'Helsinki', 'Hanko'] },
  {
    subject: 'talvisota',
    start: '1939-11-30',
    end: '1940-03-13',
    places: ['Kannas, Summa', 'Kannas, Taipale', 'Suomussalmi', 'Kollaa', 'Viipuri'],
  },
  { subject: 'välirauha', start: '1940-03-14', end: '1941-06-24', places: ['Helsinki', 'Mikkeli', 'Hanko', 'Joensuu'] },
  {
    subject: 'jatkosota',
    start: '1941-06-25',
    end: '1944-09-19',
    places: [
      'Syväri',
      'Rukajärvi',
      'Kiestinki',
      'Äänislinna',
      'Karhumäki',
      'Maaselkä',
      'Uhtua',
      'Kannas, Kuuterselkä',
      'Tali',
      'Ihantala',
      'Vuosalmi',
    ],
  },
  { subject: 'Lapin sota', start: '1944-09-20', end: '1945-04-27', places: ['Rovaniemi', 'Tornio', 'Kemi', 'Muonio'] },
  { subject: 'sodan jälkeen', start: '1945-04-28', end: '1946-12-31', places: ['Helsinki', 'Mikkeli', 'Turku'] },
];

/** Where the subject of a caption is, written after it: "Panssarivaunu etulinjan läheisyydessä." */
export const SCENES: readonly string[] = [
  'etulinjan läheisyydessä',
  'rintamalla',
  'kylän laidalla',
  'tien varrella',
  'metsän reunassa',
  'sillan luona',
  'korsun edustalla',
  'lepotauolla',
  'marssilla',
  'kuljetuksessa',
  'tuliasemassa',
  'järven rannalla',
];

/** Caption sentences; `{q}` is the query as searched, `{Q}` the same with a capital, `{scene}` one of SCENES. */
export const CAPTIONS: readonly string[] = [
  '{Q} {scene}.',
  'Kuvassa {q} {scene}.',
  '{Q} {scene}. Taustalla palanut talo.',
  '{Q} ja sotilaita {scene}.',
];

export const PHOTOGRAPHERS: readonly string[] = [
  'Vänrikki Eino Laakso',
  'Luutnantti Veikko Harju',
  'Kersantti Toivo Mäkelä',
  'Vänrikki Aarne Rinne',
  'Sotilasvirkamies Paavo Kettunen',
  'Korpraali Uuno Salmi',
];

/** The organisation of the few records outside SA-kuva, with its names in the API's languages. */
export const OTHER_ORGANISATION = {
  building: {
    value: '0/Museovirasto/',
    translated: { fi: 'Museovirasto', sv: 'Museiverket', 'en-gb': 'Finnish Heritage Agency' },
  },
  collection: {
    value: '1/Museovirasto/HK/',
    translated: { fi: 'Historian kuvakokoelma', sv: 'Historiska bildsamlingen', 'en-gb': 'Historical Picture Collection' },
  },
} as const;

export const SA_KUVA_BUILDINGS = [
  { value: '0/SA-kuva/', translated: 'SA-kuva' },
  { value: '1/SA-kuva/SA-kuva/', translated: 'SA-kuva' },
] as const;

export type Language = 'fi' | 'sv' | 'en-gb';

export const FORMAT_NAMES: Record<Language, { image: string; photo: string; object: string; physical: string }> = {
  fi: { image: 'Kuva', photo: 'Valokuva', object: 'Esine', physical: 'Fyysinen esine' },
  sv: { image: 'Bild', photo: 'Fotografi', object: 'Föremål', physical: 'Fysiskt föremål' },
  'en-gb': { image: 'Image', photo: 'Photo', object: 'Object', physical: 'Physical object' },
};

export const IMAGE_RIGHTS = {
  copyright: 'CC BY 4.0',
  link: 'http://creativecommons.org/licenses/by/4.0/deed.fi',
  description: ['Kuvaa saa käyttää vapaasti, kun kuvaaja ja SA-kuva mainitaan lähteenä.'],
} as const;

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
