import type { ArchiveOption } from '@hx4/core';
import { checkAlias } from './recordId.js';

/** `--collections ryr,stn` or `--collections ryr --collections stn`: the collection aliases to search. */
export const collectionsOption: ArchiveOption<string[]> = {
  description: 'collection aliases to search, comma-separated or repeated (default: all; any CONTENTdm site via --endpoint)',
  parse: (values) =>
    values
      .flatMap((value) => value.split(','))
      .map((alias) => alias.trim())
      .filter(Boolean)
      .map(checkAlias),
};
