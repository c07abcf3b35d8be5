/**
 * How a collection names its fields. SMU's own collections use its local nicks (`datea` for the ISO date,
 * `formge` for the genre, subjects under `author`, `keywor`); others keep CONTENTdm's Dublin Core defaults.
 */
export type FieldScheme = 'smu' | 'dublin-core';

export interface SimCollection {
  alias: string;
  name: string;
  scheme: FieldScheme;
  rights: string;
}

const SMU_RIGHTS =
  'This image may be used for research and teaching; permission to publish must be obtained from the library.';

/** Made-up collections under aliases of the kind SMU uses. */
export const SIM_COLLECTIONS: readonly SimCollection[] = [
  { alias: 'ryr', name: 'Texas Soldiers’ Photographs, 1917–1945', scheme: 'smu', rights: SMU_RIGHTS },
  { alias: 'stn', name: 'Southwest Naval Photograph Collection', scheme: 'smu', rights: SMU_RIGHTS },
  { alias: 'mcs', name: 'Military Campaigns Slides', scheme: 'smu', rights: SMU_RIGHTS },
  { alias: 'bud', name: 'Budner Aviation Photographs', scheme: 'dublin-core', rights: 'No known copyright restrictions.' },
  { alias: 'aaf', name: 'Army Air Forces in Texas', scheme: 'smu', rights: SMU_RIGHTS },
  { alias: 'wrl', name: 'War Relief Lantern Slides', scheme: 'dublin-core', rights: 'Public domain.' },
];

/** Field nicks of each scheme, in the order `dmGetItemInfo` lists them. */
export const SCHEME_NICKS: Record<FieldScheme, readonly string[]> = {
  smu: ['title', 'creato', 'date', 'datea', 'decade', 'descri', 'notes', 'author', 'keywor', 'place', 'type', 'formge', 'physic', 'rights'],
  'dublin-core': ['title', 'creato', 'subjec', 'descri', 'date', 'type', 'format', 'source', 'rights'],
};

export function collectionOf(alias: string): SimCollection | undefined {
  return SIM_COLLECTIONS.find((collection) => collection.alias === alias);
}
