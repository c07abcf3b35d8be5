import type { ImageSpec } from '@hx4/testkit';
import { fillTemplate, LANGUAGES } from './languages.js';
import type { Hit } from './SearchCorpus.js';
import type { SimRecord } from './simRecord.js';

export interface ItemContext {
  /** The words of the query, written into titles and descriptions. */
  phrase: string;
  apiKey: string;
  /** `<simulator>/europeana` */
  endpoint: string;
  imageUrl(spec: ImageSpec): string;
  profile: 'minimal' | 'standard';
}

const ENGLISH = LANGUAGES[0];
const MINIMAL_OMITS = ['completeness', 'dcCreator', 'dcDescription', 'dcDescriptionLangAware', 'edmConceptLabel', 'edmTimespanLabel', 'language'];

/** One item as the Search API's standard (or minimal) profile shows it; fields in the API's alphabetical order. */
export function renderItem({ record, score }: Hit, context: ItemContext): Record<string, unknown> {
  const { apiKey, endpoint } = context;
  const text = recordText(record, context.phrase);
  const shownBy = mediaUrl(record, context);
  const item: Record<string, unknown> = {
    completeness: 1 + (record.index % 10),
    country: [record.institution.country],
    dataProvider: [record.institution.dataProvider],
    dcCreator: record.creator === null ? undefined : [record.creator],
    dcDescription: text.description && Object.values(text.description).flat(),
    dcDescriptionLangAware: text.description,
    dcTitleLangAware: text.title,
    edmConceptLabel: record.concepts.map((def) => ({ def })),
    edmIsShownAt: [`${endpoint}/item${record.id}`],
    edmIsShownBy: shownBy && [shownBy],
    edmPreview: shownBy && [`${endpoint}/thumbnail/v2/url.json?uri=${encodeURIComponent(shownBy)}&type=IMAGE`],
    edmTimespanLabel: record.timespan.length > 0 ? record.timespan.map((def) => ({ def })) : undefined,
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
  if (context.profile === 'minimal') for (const field of MINIMAL_OMITS) delete item[field];
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined));
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

  const describe = (text: typeof language) => {
    const description = fillTemplate(text.descriptions[record.descriptionVariant ?? 0], { ...values, war: text.war[record.war] });
    return record.studioPhoto ? `${description} Studio photo.` : description;
  };
  const descriptions: Record<string, string[]> = { [key]: [describe(language)] };
  if (record.translated) descriptions.en = [describe(ENGLISH)];
  return { title: titles, description: descriptions };
}

function mediaUrl(record: SimRecord, context: ItemContext): string | undefined {
  if (record.media.type === 'image') return context.imageUrl(record.media.spec);
  if (record.media.type === 'pdf') return `${context.endpoint}/media${record.id}.pdf`;
  return undefined;
}
