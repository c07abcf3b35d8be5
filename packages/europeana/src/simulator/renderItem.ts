import type { ImageSpec } from '@hx4/testkit';
import { TWENTIETH_CENTURY_LABELS, TWENTIETH_CENTURY_URIS } from './centuryEnrichment.js';
import { iiifImageUrl, scriptImageUrl } from './imageServers.js';
import { DESCRIPTION_VARIANTS, ENGLISH, fillTemplate, type DescriptionVariant, type LanguageText } from './languages.js';
import type { Hit } from './SearchCorpus.js';
import type { ConceptName, SimRecord } from './simRecord.js';

export interface ItemContext {
  /** The words of the query, written into titles and descriptions. */
  phrase: string;
  apiKey: string;
  /** `<simulator>/europeana` */
  endpoint: string;
  imageUrl(spec: ImageSpec): string;
  profile: 'minimal' | 'standard';
}

const MINIMAL_OMITS = [
  'completeness',
  'dcCreator',
  'dcDescription',
  'dcDescriptionLangAware',
  'edmConcept',
  'edmConceptLabel',
  'edmTimespanLabel',
  'edmTimespanLabelLangAware',
  'language',
];
/** Europeana's concept URIs; 48 (Photograph) is the recorded one, the other two stand in for theirs. */
const CONCEPT_URIS: Readonly<Record<ConceptName, string>> = {
  Photograph: 'http://data.europeana.eu/concept/48',
  Postcard: 'http://data.europeana.eu/concept/postcard',
  Map: 'http://data.europeana.eu/concept/map',
};
/** How exported catalogue text breaks a line: a newline and the exporter's ten spaces of indentation. */
const EXPORTED_LINE_BREAK = '\n          ';

/** One item as the Search API's standard (or minimal) profile shows it; fields in the API's alphabetical order. */
export function renderItem({ record, score }: Hit, context: ItemContext): Record<string, unknown> {
  const { apiKey, endpoint } = context;
  const text = recordText(record, context.phrase);
  const shownBy = mediaUrl(record, context);
  const timespan = timespanLabels(record);
  const [concept] = record.concepts;
  const item: Record<string, unknown> = {
    completeness: 1 + (record.index % 10),
    country: [record.institution.country],
    dataProvider: [record.institution.dataProvider],
    dcCreator: record.creator === null ? undefined : [record.creator],
    dcDescription: text.description && Object.values(text.description).flat(),
    dcDescriptionLangAware: text.description,
    dcTitleLangAware: text.title,
    edmConcept: concept === undefined ? undefined : [CONCEPT_URIS[concept]],
    edmConceptLabel: concept === undefined ? undefined : record.concepts.map((def) => ({ def })),
    edmIsShownAt: [`${endpoint}/item${record.id}`],
    edmIsShownBy: shownBy && [shownBy],
    edmPreview: shownBy && [`${endpoint}/thumbnail/v2/url.json?uri=${encodeURIComponent(shownBy)}&type=IMAGE`],
    edmTimespanLabel: timespan && timespan.labels.map((def) => ({ def })),
    edmTimespanLabelLangAware: timespan?.byLanguage,
    guid: `https://www.europeana.eu/item${record.id}?utm_source=api&utm_medium=api&utm_campaign=${encodeURIComponent(apiKey)}`,
    id: record.id,
    language: [record.language.code],
    link: `${endpoint}/record/v2${record.id}.json?wskey=${encodeURIComponent(apiKey)}`,
    provider: [record.institution.provider],
    rights: [record.rights],
    score,
    title: Object.values(text.title).flat(),
    type: 'IMAGE',
    year: record.year === null ? undefined : [record.year],
  };
  const omitted = new Set<string>(context.profile === 'minimal' ? MINIMAL_OMITS : []);
  return Object.fromEntries(Object.entries(item).filter(([field, value]) => value !== undefined && !omitted.has(field)));
}

interface Timespan {
  /** The provider's labels, then (when enriched) Europeana's century labels and URIs. */
  labels: string[];
  /** The provider's labels under `zxx` (ISO dates) or `def`, the century under each language. */
  byLanguage: Record<string, string[]>;
}

/** The timespan fields as the Search API shows them: the provider's date with Europeana's century enrichment. */
function timespanLabels(record: SimRecord): Timespan | undefined {
  const [first] = record.timespan;
  if (first === undefined) return undefined;
  const neutralKey = /^\d{4}-\d{2}-\d{2}/u.test(first) ? 'zxx' : 'def';
  const year = Number((record.year ?? first).slice(0, 4));
  if (!record.centuryEnriched || !(year > 1900 && year <= 2000)) {
    return { labels: record.timespan, byLanguage: { [neutralKey]: record.timespan } };
  }
  const centuryByLanguage = Object.fromEntries(Object.entries(TWENTIETH_CENTURY_LABELS).map(([code, label]) => [code, [label]]));
  return {
    labels: [...record.timespan, ...Object.values(TWENTIETH_CENTURY_LABELS), ...TWENTIETH_CENTURY_URIS],
    byLanguage: { ...centuryByLanguage, [neutralKey]: record.timespan },
  };
}

interface RecordText {
  title: Record<string, string[]>;
  description: Record<string, string[]> | undefined;
}

function recordText(record: SimRecord, phrase: string): RecordText {
  const { language } = record;
  const values = { q: phrase, place: record.place };
  const key = record.unspecifiedLanguage ? 'def' : language.code;
  const title = record.poster ? `Poster: ${phrase} (${record.place})` : fillTemplate(language.titles[record.titleVariant], values);
  const titles: Record<string, string[]> = { [key]: [title] };
  if (record.translated) titles.en = [fillTemplate(ENGLISH.titles[record.titleVariant], values)];
  if (record.descriptionVariant === null) return { title: titles, description: undefined };

  const describe = (text: LanguageText, variant: DescriptionVariant = record.descriptionVariant ?? 0) => {
    const description = fillTemplate(text.descriptions[variant], { ...values, war: text.war[record.war] });
    const written = record.studioPhoto ? `${description} Studio photo.` : description;
    return record.dirtyText ? exported(written) : written;
  };
  const descriptions: Record<string, string[]> = { [key]: [describe(language)] };
  if (record.translated) descriptions.en = [describe(ENGLISH)];
  if (record.descriptionAsTitle && !record.poster) {
    const sentences = (text: LanguageText) => DESCRIPTION_VARIANTS.map((variant) => describe(text, variant));
    titles[key] = sentences(language);
    if (record.translated) titles.en = sentences(ENGLISH);
  }
  return { title: titles, description: descriptions };
}

/** `&nbsp;` at the end and the last word on an indented new line, as in the recorded NIMH descriptions. */
function exported(text: string): string {
  const lastSpace = text.lastIndexOf(' ');
  return `${text.slice(0, lastSpace)}${EXPORTED_LINE_BREAK}${text.slice(lastSpace + 1)}&nbsp;`;
}

function mediaUrl(record: SimRecord, context: ItemContext): string | undefined {
  if (record.media.type === 'image') {
    const { spec } = record.media;
    if (record.institution.imageServer === 'script') return scriptImageUrl(context.endpoint, spec);
    if (record.institution.imageServer === 'iiif') return iiifImageUrl(context.endpoint, spec);
    return context.imageUrl(spec);
  }
  if (record.media.type === 'pdf') return `${context.endpoint}/media${record.id}.pdf`;
  return undefined;
}
