/** A hierarchical facet value as Finna lists it, e.g. `{ value: '0/SA-kuva/', translated: 'SA-kuva' }`. */
export interface FinnaFacetValue {
  value?: string;
  translated?: string;
}

/** One event of a museum (LIDO) record; `date` is shown as the record gives it (`1942-03-02`, `2.3.1942`, `1941-1944`). */
export interface FinnaEvent {
  type?: string;
  date?: string;
  [field: string]: unknown;
}

/**
 * The fields HX4 asks Finna for (see `SEARCH_FIELDS`) on one record of a search page. Finna leaves out a field
 * whose value is empty text or missing (a record without a main year has no `year`) but keeps an empty list
 * (`"languages": []`); records come back from the hits cache as plain JSON, so every reader checks types.
 */
export interface FinnaRecord {
  /** e.g. `sa-kuva.sa-kuva-82080` */
  id?: string;
  title?: string;
  /** Finna's main year (`main_date_str`, the first year of the date it indexed), e.g. `1942`. */
  year?: string;
  /** Image paths relative to the API host, e.g. `/Cover/Show?source=Solr&id=…&index=0&size=large`. */
  images?: string[];
  imageRights?: { copyright?: string; link?: string; description?: string[] };
  subjects?: string[][];
  buildings?: FinnaFacetValue[];
  summary?: string[];
  nonPresenterAuthors?: { name?: string; role?: string }[];
  formats?: FinnaFacetValue[];
  /** LIDO events keyed by type, e.g. `{ "kuvaus": [{ "type": "kuvaus", "date": "1942-03-02", … }] }`; `[]` without. */
  events?: Record<string, FinnaEvent[]> | [];
  [field: string]: unknown;
}
