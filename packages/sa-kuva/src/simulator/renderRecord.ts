import { fillTemplate, FORMAT_NAMES, IMAGE_RIGHTS, OTHER_ORGANISATION, SA_KUVA_BUILDINGS, type Language } from './finnishText.js';
import type { SimEvent } from './simDate.js';
import type { SimRecord } from './simRecord.js';

/**
 * The fields Finna returns when a search names none (those of them this simulator knows), as the recorded
 * default-field page shows them: no `year`, which Finna's field list does not mark as a default.
 */
export const DEFAULT_FIELDS: readonly string[] = [
  'buildings',
  'formats',
  'id',
  'imageRights',
  'images',
  'languages',
  'nonPresenterAuthors',
  'onlineUrls',
  'presenters',
  'rating',
  'series',
  'subjects',
  'title',
];

type FieldRenderer = (record: SimRecord, query: string, lng: Language) => unknown;

const FIELDS: Record<string, FieldRenderer> = {
  id: (record) => record.id,
  title: (record, query) => caption(record, query),
  year: (record) => record.year ?? undefined,
  images: (record) => (record.image ? [`/Cover/Show?source=Solr&id=${encodeURIComponent(record.id)}&index=0&size=large`] : []),
  imageRights: (record) => (record.image ? IMAGE_RIGHTS : undefined),
  buildings: (record, _query, lng) => {
    if (record.saKuva) return SA_KUVA_BUILDINGS;
    const { building, collection } = OTHER_ORGANISATION;
    return [building, collection].map(({ value, translated }) => ({ value, translated: translated[lng] }));
  },
  formats: (record, _query, lng) => {
    const names = FORMAT_NAMES[lng];
    return record.photograph
      ? [
          { value: '0/Image/', translated: names.image },
          { value: '1/Image/Photo/', translated: names.photo },
        ]
      : [
          { value: '0/PhysicalObject/', translated: names.object },
          { value: '1/PhysicalObject/PhysicalObject/', translated: names.physical },
        ];
  },
  subjects: (record, query) => [
    [record.period.subject],
    [record.place.split(', ').pop() as string],
    ...(query ? [[query]] : []),
    ...(record.dateHeading ? [[record.dateHeading]] : []),
  ],
  summary: (record) => (record.hasSummary ? [`${credit(record)}${capitalise(record.period.subject)}, ${record.place}.`] : []),
  nonPresenterAuthors: (record) => (record.photographer ? [{ name: record.photographer, role: 'kuvaaja' }] : []),
  events: (record) => (record.event ? { [record.event.type]: [renderEvent(record, record.event)] } : []),
  languages: () => [],
  onlineUrls: () => [],
  presenters: () => [],
  rating: () => ({ average: 0, count: 0 }),
  series: () => [],
};

/** One record with the requested fields in the order asked; fields a record has no value for are left out. */
export function renderRecord(record: SimRecord, fields: readonly string[], query: string, lng: Language): Record<string, unknown> {
  const rendered: Record<string, unknown> = {};
  for (const field of fields) {
    const value = FIELDS[field]?.(record, query, lng);
    if (value !== undefined && !Object.hasOwn(rendered, field)) rendered[field] = value;
  }
  return rendered;
}

/**
 * One event as Finna's LIDO driver lists it (`SolrLido::getEvents`), after the API has left out its empty texts
 * (`name`, `culture`, `description`) and kept its empty lists.
 */
function renderEvent(record: SimRecord, { type, date }: SimEvent): Record<string, unknown> {
  return {
    type,
    date,
    methods: [],
    methodsExtended: [],
    materials: [],
    materialsExtended: [],
    places: [record.place],
    actors: record.photographer ? [{ name: record.photographer, role: 'kuvaaja' }] : [],
    descriptions: [],
  };
}

function credit({ photographer }: SimRecord): string {
  return photographer ? `Kuvaaja: ${photographer}. ` : '';
}

/** An SA-kuva style caption: place and day, then what the picture shows, naming the query as a search finds it. */
function caption(record: SimRecord, query: string): string {
  const subject = query || 'sotilaita';
  const sentence = fillTemplate(record.caption, { q: subject, Q: capitalise(subject), scene: record.scene });
  return `${record.place}${record.dayText ? ` ${record.dayText}` : ''}. ${sentence}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fi') + text.slice(1);
}
