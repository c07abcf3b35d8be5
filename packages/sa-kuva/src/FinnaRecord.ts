/** A hierarchical facet value as Finna lists it, e.g. `{ value: '0/SA-kuva/', translated: 'SA-kuva' }`. */
export interface FinnaFacetValue {
  value?: string;
  translated?: string;
}

/**
 * The fields HX4 asks Finna for (see `SEARCH_FIELDS`) on one record of a search page. Finna leaves a field
 * out when the record has no value, and records come back from the hits cache as plain JSON, so every
 * reader checks types.
 */
export interface FinnaRecord {
  /** e.g. `sa-kuva.sa-kuva-82080` */
  id?: string;
  title?: string;
  /** The record's year as text, e.g. `1942`; sometimes a range such as `1941-1944`. */
  year?: string;
  /** Image paths relative to the API host, e.g. `/Cover/Show?source=Solr&id=…&index=0&size=large`. */
  images?: string[];
  imageRights?: { copyright?: string; link?: string; description?: string[] };
  subjects?: string[][];
  buildings?: FinnaFacetValue[];
  summary?: string[];
  nonPresenterAuthors?: { name?: string; role?: string }[];
  formats?: FinnaFacetValue[];
  [field: string]: unknown;
}
