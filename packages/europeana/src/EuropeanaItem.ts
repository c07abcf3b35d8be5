/** A language-tagged field: ISO 639-1 code (or `def` for unspecified) → values. */
export type LangAwareField = Record<string, string[] | string>;

/**
 * The fields HX4 reads from one item of a Europeana Search API page (standard profile). Any field
 * may be missing, and records come back from the hits cache as plain JSON, so every reader checks
 * types. `link` and `guid` are stripped before caching: they embed the caller's API key.
 */
export interface EuropeanaItem {
  /** `/<dataset>/<record>`, e.g. `/2022704/some_record_id`. */
  id?: string;
  title?: string[];
  dcTitleLangAware?: LangAwareField;
  dcDescriptionLangAware?: LangAwareField;
  dcCreator?: string[];
  year?: string[];
  /** Every timespan label: the provider's date and the century labels Europeana adds in ~26 languages. */
  edmTimespanLabel?: { def?: string }[];
  /** The same labels by language; the provider's own date is under `def` or `zxx` (no language). */
  edmTimespanLabelLangAware?: LangAwareField;
  edmConceptLabel?: { def?: string }[];
  /** The media file; may be a script (`imagen_id.cmd?idImagen=…`) or a IIIF Image API URL. */
  edmIsShownBy?: string[];
  dataProvider?: string[];
  country?: string[];
  rights?: string[];
  [field: string]: unknown;
}
