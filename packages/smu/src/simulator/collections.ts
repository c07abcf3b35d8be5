import type { FieldScheme } from './fieldSchemes.js';

export interface SimCollection {
  alias: string;
  name: string;
  scheme: FieldScheme;
  rights: string;
}

const SMU_RIGHTS = 'This image may be used for research and teaching; permission to publish must be obtained from the library.';

/** Made-up collections under aliases of the kind SMU uses. */
export const SIM_COLLECTIONS: readonly SimCollection[] = [
  { alias: 'ryr', name: 'Texas Soldiers’ Photographs, 1917–1945', scheme: 'smu', rights: SMU_RIGHTS },
  { alias: 'stn', name: 'Southwest Naval Photograph Collection', scheme: 'smu', rights: SMU_RIGHTS },
  { alias: 'mcs', name: 'Military Campaigns Slides', scheme: 'smu', rights: SMU_RIGHTS },
  { alias: 'bud', name: 'Budner Aviation Photographs', scheme: 'dublin-core', rights: 'No known copyright restrictions.' },
  { alias: 'aaf', name: 'Army Air Forces in Texas', scheme: 'smu', rights: SMU_RIGHTS },
  { alias: 'wrl', name: 'War Relief Lantern Slides', scheme: 'dublin-core', rights: 'Public domain.' },
  {
    alias: 'tcp',
    name: 'Texas Centennial Photographs (digitized 2012–2019)',
    scheme: 'digitized',
    rights: 'No known copyright restrictions.',
  },
];

export function collectionOf(alias: string): SimCollection | undefined {
  return SIM_COLLECTIONS.find((collection) => collection.alias === alias);
}
