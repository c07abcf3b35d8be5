/** What a photograph shows its subject doing, after the subject's name: "Panzer IV on the Eastern Front". */
export const SCENES: readonly string[] = [
  'on the Eastern Front',
  'in Normandy',
  'in North Africa',
  'near Kursk',
  'in the Ardennes',
  'at a forward airfield',
  'during a training exercise',
  'on the march',
  'being refuelled',
  'under camouflage netting',
  'in a captured town',
  'on a railway flatcar',
  'after an attack',
  'at a repair depot',
];

/** Attachment titles: the subject's name, then one of these. */
export const TITLE_ENDINGS: readonly string[] = [
  'in the field',
  'column',
  'with its crew',
  'camouflaged',
  'close-up',
  'on the move',
  'being repaired',
  'knocked out',
  'at rest',
  'markings',
];

export const SEASONS: readonly string[] = ['spring', 'summer', 'autumn', 'winter'];

export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Years in captions: mostly the war's, some from just before or after it, which a window drops. */
export const WAR_YEARS: ReadonlyArray<readonly [number, number]> = [
  [1939, 0.06],
  [1940, 0.12],
  [1941, 0.16],
  [1942, 0.18],
  [1943, 0.18],
  [1944, 0.2],
  [1945, 0.1],
];
export const OTHER_YEARS: readonly number[] = [1936, 1937, 1938, 1946, 1947, 1950];
