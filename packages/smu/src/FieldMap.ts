import { v } from '@hx4/core';

/** Field nicks, best first. */
const nicks = v.array(v.string());

/**
 * Where each piece of metadata sits in one collection's items: role → field nicks, best first. `date` lists
 * the candidates for the item's creation date in the order they are tried. Kept in every record (JSON, in
 * the hits cache), so `toRow` reads a record the way its collection was mapped when it was harvested.
 */
export const fieldMapSchema = v.object({
  title: nicks,
  description: nicks,
  date: nicks,
  subjects: nicks,
  keywords: nicks,
  notes: nicks,
  rights: nicks,
  type: nicks,
  genre: nicks,
});

export type FieldMap = v.InferOutput<typeof fieldMapSchema>;
