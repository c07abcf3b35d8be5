import { isObject } from './fieldValues.js';

/** What HX4 reads from an item, each from one or more fields. */
export const FIELD_ROLES = ['title', 'description', 'date', 'subjects', 'keywords', 'notes', 'rights', 'type', 'genre'] as const;

export type FieldRole = (typeof FIELD_ROLES)[number];

/**
 * Where each piece of metadata sits in one collection's items: role → field nicks, best first. `date` lists
 * the candidates for the item's creation date in the order they are tried. Kept in every record (JSON, in
 * the hits cache), so `toRow` reads a record the way its collection was mapped when it was harvested.
 */
export type FieldMap = Record<FieldRole, readonly string[]>;

/** A field map as it comes back from the hits cache; null when it is missing or not one. */
export function readFieldMap(value: unknown): FieldMap | null {
  if (!isObject(value)) return null;
  const roles = FIELD_ROLES.map((role) => [role, value[role]] as const);
  if (!roles.every(([, nicks]) => Array.isArray(nicks) && nicks.every((nick) => typeof nick === 'string'))) return null;
  return Object.fromEntries(roles) as FieldMap;
}
