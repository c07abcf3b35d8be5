import type { Language } from './finnishText.js';

export const FACET_FIELDS = ['building', 'format', 'format_ext_str_mv', 'free_online_boolean', 'online_boolean'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** `field:"value"` (AND), `~field:"value"` (OR within the field) or `-field:"value"` (NOT). */
export interface FacetFilter {
  field: FacetField;
  value: string;
  operator: 'and' | 'or' | 'not';
}

/** `search_daterange_mv:"[start TO end]"` as days; null ends are open. */
export interface DateFilter {
  start: string | null;
  end: string | null;
  /** `overlap` (Finna's default): the record's dates touch the range; `within`: they lie inside it. */
  type: 'overlap' | 'within';
}

/** A search request the simulator understood. */
export interface FinnaSearch {
  lookfor: string;
  facets: FacetFilter[];
  dates: DateFilter | null;
  /** Requested record fields; null for Finna's default set. */
  fields: string[] | null;
  sort: 'relevance' | 'oldest' | 'newest';
  limit: number;
  page: number;
  lng: Language;
}
