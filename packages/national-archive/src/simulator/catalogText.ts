import type { NaraAncestor } from '../NaraRecord.js';

export type War = 'ww1' | 'ww2' | 'korea';

export const WARS: readonly War[] = ['ww1', 'ww2', 'ww2', 'ww2', 'korea'];

export const WAR_YEARS: Record<War, readonly [number, number]> = { ww1: [1917, 1919], ww2: [1941, 1945], korea: [1950, 1953] };

export const WAR_NAMES: Record<War, string> = { ww1: 'World War I', ww2: 'World War II', korea: 'Korean War' };

export const PLACES: Record<War, readonly string[]> = {
  ww1: ['Chateau-Thierry, France', 'the Argonne Forest', 'St. Mihiel, France', 'Camp Dix, New Jersey', 'Brest, France'],
  ww2: ['Saint-Lo, France', 'Okinawa', 'Bastogne, Belgium', 'Guadalcanal', 'Anzio, Italy', 'Fort Benning, Georgia', 'Leyte'],
  korea: ['Inchon, Korea', 'the Naktong River', 'Seoul, Korea', 'Hungnam, Korea'],
};

export const UNITS: Record<War, readonly string[]> = {
  ww1: ['42nd Division', '1st Division', '77th Division'],
  ww2: ['3rd Armored Division', '1st Marine Division', '101st Airborne Division', '7th Army'],
  korea: ['1st Cavalry Division', '24th Infantry Division', '1st Marine Division'],
};

export const PHOTOGRAPHERS: readonly string[] = ['Pvt. J. Martin', 'Sgt. R. Wilson', 'Lt. E. Stanley', 'T/5 H. Miller'];

/** `{q}` is the searched phrase, `{Q}` the same capitalised. */
export const TITLES: readonly string[] = [
  '{Q} at {place}',
  'Photograph of {q} near {place}',
  '{place}: {q} of the {unit}',
  'Men of the {unit} with {q}, {place}',
];

export const USELESS_TITLES: readonly string[] = [
  'Map of the area around {place}',
  'Poster: {Q} for victory',
  'Letter from the commanding officer, {unit}',
  'Painting of {q} at {place}',
  'Portrait of a soldier of the {unit}',
];

/** Titles of records the search finds through their series alone. */
export const UNRELATED_TITLES: readonly string[] = ['Troops resting near {place}', 'Supply dump at {place}'];

export const DESCRIPTIONS: readonly string[] = [
  'Original caption: {Q} in action near {place}. Photographed by {photographer}.',
  '{Q} of the {unit} move up to the front near {place} during the {war}.',
  'View of {q} at {place}.',
];

export const USELESS_DESCRIPTIONS: readonly string[] = [
  'Pencil drawing by a combat artist of {q} near {place}.',
  'Lithographic print showing {q} of the {unit}.',
];

export const UNRELATED_DESCRIPTIONS: readonly string[] = ['Men of the {unit} wait for orders at {place}.'];

/** A description that dates an otherwise undated record, as captions often do. */
export const DATED_DESCRIPTION = '{Q} photographed at {place} in {year}.';

export const RECORD_GROUPS: readonly NaraAncestor[] = [
  { naId: 305, title: 'Records of the Office of the Chief Signal Officer', levelOfDescription: 'recordGroup', distance: 2 },
  { naId: 611, title: 'General Records of the Department of the Navy, 1804 - 1983', levelOfDescription: 'recordGroup', distance: 2 },
  { naId: 3873, title: 'Records of the Army Air Forces', levelOfDescription: 'recordGroup', distance: 2 },
  { naId: 513, title: 'Records of the U.S. Marine Corps', levelOfDescription: 'recordGroup', distance: 2 },
];

export const SERIES: readonly NaraAncestor[] = [
  { naId: 530707, title: 'Photographs of American Military Activities, ca. 1918 - ca. 1981', levelOfDescription: 'series', distance: 1 },
  {
    naId: 520591,
    title: 'General Photographic File of the Department of the Navy, 1943 - 1958',
    levelOfDescription: 'series',
    distance: 1,
  },
  { naId: 535938, title: 'Black and White Photographs of the Army Air Forces, 1941 - 1945', levelOfDescription: 'series', distance: 1 },
  { naId: 532535, title: 'Official Photographs of Marine Corps Activities', levelOfDescription: 'series', distance: 1 },
];

/** Series a collector is expected to refuse: posters, cartoons, maps, space imagery. */
export const EXCLUDED_SERIES: readonly NaraAncestor[] = [
  { naId: 513498, title: 'World War II Posters, 1942 - 1945', levelOfDescription: 'series', distance: 1 },
  { naId: 535413, title: 'Cartoons and Caricatures, 1941 - 1946', levelOfDescription: 'series', distance: 1 },
  { naId: 305263, title: 'Newsmaps, 1942 - 1946', levelOfDescription: 'series', distance: 1 },
  { naId: 16668, title: 'Records of the U.S. Information Agency', levelOfDescription: 'recordGroup', distance: 2 },
];
