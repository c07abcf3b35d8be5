/** What the photographs show: deliberately ordinary words ("map", "letter") that must not make them drop. */
export const SCENES: readonly string[] = [
  'Soldiers unloading supplies',
  'Tank crew resting beside their M4 Sherman',
  'Nurses at a field hospital',
  'Bomber crew before a mission',
  'Officers studying a map',
  'Sailors reading letters from home aboard ship',
  'Landing craft approaching the beach',
  'Refugees on the road',
  'Victory parade downtown',
  'Cadets drilling on the parade ground',
  'Mechanics repairing an aircraft engine',
  'Army cooks at a field kitchen',
  'Back row of a graduating class of pilots',
  'Anti-aircraft gun crew on watch',
  'Troop train leaving the station',
];

export const PLACES: readonly string[] = [
  'Reims, France',
  'Görlitz, Germany',
  'San Pietro, Italy',
  'Saint-Lô, France',
  'Dallas, Texas',
  'Fort Worth, Texas',
  'Manila, Philippines',
  'Nouméa, New Caledonia',
  'Bastogne, Belgium',
  'Kraków, Poland',
  'Randolph Field, Texas',
  'Pearl Harbor, Hawaii',
];

export const PHOTOGRAPHERS: readonly string[] = [
  'Hernández, José',
  'Smith & Sons Studio',
  'Müller, Karl',
  'U.S. Army Signal Corps',
  'Brown, Ellen',
  'Unknown',
];

export const NICKNAMES: readonly string[] = ['Lady Be Good', 'Memphis Belle', 'Señorita', 'Big Tex', 'Dallas Doll'];

export const SUBJECT_HEADINGS: readonly string[] = [
  'World War, 1939-1945',
  'World War, 1914-1918',
  'Soldiers--Texas',
  'Military aeronautics',
  'Naval operations, American',
  'Tanks (Military science)',
  'Military hospitals',
];

export const KEYWORDS: readonly string[] = [
  'Army',
  'Navy',
  'Aviation',
  'Tanks',
  'Nursing',
  'Training',
  'Homefront',
  'GI',
  'WW2',
  'World War II',
];

export const NOTES: readonly string[] = [
  'Handwritten on verso: “Somewhere in France”.',
  'Stamped on verso: Passed by the censor.',
  'Caption from the original album page.',
];

export const PAGE_TITLES: readonly string[] = ['Front', 'Back', 'Page 1', 'Page 2', 'Page 3', 'Detail', 'Inside cover'];

/** Genres of single images, with how often they occur; some are not photographs at all. */
export const IMAGE_GENRES: ReadonlyArray<readonly [string, number]> = [
  ['Photographs', 0.53],
  ['Black-and-white photographs', 0.14],
  ['Photographic prints', 0.08],
  ['Lantern slides', 0.05],
  ['Negatives (photographs)', 0.04],
  ['Real photographic postcards', 0.05],
  ['Maps', 0.04],
  ['Drawings', 0.03],
  ['Posters', 0.02],
  ['', 0.02],
];

export const COMPOUND_GENRES: ReadonlyArray<readonly [string, number]> = [
  ['Photograph albums', 0.6],
  ['Photographs', 0.15],
  ['Scrapbooks', 0.25],
];
