import { v } from '@hx4/core';

/** A hierarchical facet value as Finna lists it, e.g. `{ value: '0/SA-kuva/', translated: 'SA-kuva' }`. */
const facetValueSchema = v.looseObject({ value: v.optional(v.string()), translated: v.optional(v.string()) });

/** One event of a museum (LIDO) record; `date` is shown as the record gives it (`1942-03-02`, `2.3.1942`, `1941-1944`). */
const eventSchema = v.looseObject({ type: v.optional(v.string()), date: v.optional(v.string()) });

/**
 * The fields HX4 asks Finna for (see `SEARCH_FIELDS`) on one record of a search page, in the shapes the
 * recorded answers show (test/fixtures/real). Finna leaves out a field whose value is empty text or missing
 * (a record without a main year has no `year`) but keeps an empty list (`"languages": []`).
 */
export const finnaRecordSchema = v.looseObject({
  /** e.g. `sa-kuva.sa-kuva-82080` */
  id: v.optional(v.string()),
  title: v.optional(v.string()),
  /** Finna's main year (`main_date_str`, the first year of the date it indexed), e.g. `1942`. */
  year: v.optional(v.string()),
  /** Image paths relative to the API host, e.g. `/Cover/Show?source=Solr&id=…&index=0&size=large`. */
  images: v.optional(v.array(v.string())),
  imageRights: v.optional(
    v.looseObject({ copyright: v.optional(v.string()), link: v.optional(v.string()), description: v.optional(v.array(v.string())) }),
  ),
  /** Subject headings as lists of chunks: `[["1942-03-02"], ["valmistusaika: 1931, valmistusaika marraskuu"]]`. */
  subjects: v.optional(v.array(v.array(v.string()))),
  buildings: v.optional(v.array(facetValueSchema)),
  summary: v.optional(v.array(v.string())),
  nonPresenterAuthors: v.optional(v.array(v.looseObject({ name: v.optional(v.string()), role: v.optional(v.string()) }))),
  formats: v.optional(v.array(facetValueSchema)),
  /** LIDO events keyed by type, e.g. `{ "kuvaus": [{ "type": "kuvaus", "date": "1942-03-02", … }] }`; `[]` without. */
  events: v.optional(v.union([v.record(v.string(), v.array(eventSchema)), v.strictTuple([])])),
});

export type FinnaRecord = v.InferOutput<typeof finnaRecordSchema>;
export type FinnaFacetValue = v.InferOutput<typeof facetValueSchema>;
export type FinnaEvent = v.InferOutput<typeof eventSchema>;
