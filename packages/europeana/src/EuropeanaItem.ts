import { v } from '@hx4/core';

/** Values of a field: the Search API lists them, one or several. */
const texts = v.array(v.string());
/** A language map: ISO 639-1 code (`def` for unspecified, `zxx` for no language) → values. */
const languageMap = v.record(v.string(), texts);
/** Labels of the entities an item links to, e.g. `edmTimespanLabel: [{ def: '1943' }]`. */
const labels = v.array(v.looseObject({ def: v.optional(v.string()) }));

/**
 * The fields HX4 reads from one item of a Europeana Search API page (standard profile), in the shapes
 * the recorded pages show (test/fixtures/real); any of them may be missing, and the item's other
 * fields are kept unread. `link` and `guid` are stripped before caching: they embed the caller's API key.
 */
export const europeanaItemSchema = v.looseObject({
  /** `/<dataset>/<record>`, e.g. `/2022704/some_record_id`. */
  id: v.optional(v.string()),
  title: v.optional(texts),
  dcTitleLangAware: v.optional(languageMap),
  dcDescriptionLangAware: v.optional(languageMap),
  dcCreator: v.optional(texts),
  year: v.optional(texts),
  /** Every timespan label: the provider's date and the century labels Europeana adds in ~26 languages. */
  edmTimespanLabel: v.optional(labels),
  /** The same labels by language; the provider's own date is under `def` or `zxx`. */
  edmTimespanLabelLangAware: v.optional(languageMap),
  edmConceptLabel: v.optional(labels),
  /** The media file; may be a script (`imagen_id.cmd?idImagen=…`) or a IIIF Image API URL. */
  edmIsShownBy: v.optional(texts),
  dataProvider: v.optional(texts),
  country: v.optional(texts),
  rights: v.optional(texts),
});

export type EuropeanaItem = v.InferOutput<typeof europeanaItemSchema>;
