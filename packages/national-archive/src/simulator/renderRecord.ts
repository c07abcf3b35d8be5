import { hash32, imagePath, pickCyclic, type ImageSpec } from '@hx4/testkit';
import type { NaraDigitalObject } from '../NaraRecord.js';
import {
  DATED_DESCRIPTION,
  DESCRIPTIONS,
  PHOTOGRAPHERS,
  PLACES,
  TITLES,
  UNITS,
  UNRELATED_DESCRIPTIONS,
  UNRELATED_TITLES,
  USELESS_DESCRIPTIONS,
  USELESS_TITLES,
  WAR_NAMES,
} from './catalogText.js';
import type { SimObject, SimRecord } from './simRecord.js';

/** A constant keeps answers byte-identical; the recorded ones carry the time of ingest in this form. */
const INGEST_TIME = '2024-01-01 00:00:00.000000';

export interface RecordContext {
  /** The words searched for, as they appear in captions. */
  phrase: string;
  /** Where this archive's routes live (for object URLs served by the archive itself). */
  endpoint: string;
  imageUrl(spec: ImageSpec): string;
}

/** `_source.record` as the official API returns it; fields in alphabetical order, absent ones left out. */
export function renderRecord(record: SimRecord, context: RecordContext): Record<string, unknown> {
  const text = recordText(record, context.phrase);
  return withoutUndefined({
    accessRestriction: { status: 'Unrestricted' },
    ancestors: record.ancestors ?? undefined,
    coverageEndDate: record.dates.coverageEndDate,
    coverageStartDate: record.dates.coverageStartDate,
    digitalObjects: record.objects?.map((object, n) => renderObject(record, object, n, context)),
    generalRecordsTypes: ['Photographs and other Graphic Materials'],
    levelOfDescription: 'item',
    naId: record.naId,
    productionDates: record.dates.productionDates,
    recordType: 'description',
    scopeAndContentNote: text.description,
    title: text.title,
    useRestriction: { status: 'Unrestricted' },
  });
}

/**
 * One hit of the official API or of proxy v3, shaped as recorded from proxy v3: a `searchAfter` search
 * sorts by naId alone and has no scores; a relevance search carries its score and a (score, naId)
 * `sort` pair, which is no cursor (nara-catalog-mcp docs/API-NOTES.md).
 */
export function renderFullHit(record: SimRecord, score: number, sorted: boolean, context: RecordContext): Record<string, unknown> {
  return {
    _index: 'nac-records0',
    _id: String(record.naId),
    _score: sorted ? null : score,
    _source: { metadata: { ingestTime: INGEST_TIME }, record: renderRecord(record, context) },
    sort: sorted ? [record.naId] : [score, String(record.naId)],
  };
}

/**
 * The older proxy's abbreviated hit: no objects in the record, the first one and the count in
 * `fields`, `[{}]` for a record without objects (as a 2023 answer of the Catalog shows).
 */
export function renderAbbreviatedHit(record: SimRecord, score: number, context: RecordContext): Record<string, unknown> {
  const {
    digitalObjects,
    accessRestriction: _a,
    useRestriction: _u,
    generalRecordsTypes: _g,
    ...abbreviated
  } = renderRecord(record, context);
  const objects = Array.isArray(digitalObjects) ? digitalObjects : [];
  return {
    _index: 'nac-records0',
    _id: String(record.naId),
    _score: score,
    _source: { record: abbreviated },
    fields: { totalDigitalObjects: [objects.length], firstDigitalObject: [objects[0] ?? {}] },
  };
}

function renderObject(record: SimRecord, object: SimObject, n: number, context: RecordContext): NaraDigitalObject {
  const objectId = String(hash32(record.naId, 'object', n) % 100_000_000);
  const size = 20_000 + (hash32(record.naId, 'size', n) % 5_000_000);
  if (object.type === 'pdf') {
    const name = `${record.naId}_${n + 1}.pdf`;
    return {
      objectFileSize: size,
      objectFilename: name,
      objectId,
      objectType: 'Portable Document File (PDF)',
      objectUrl: `${context.endpoint}/media/${record.naId}/${name}`,
    };
  }
  if (object.type === 'video') {
    const name = `${record.naId}_${n + 1}.mp4`;
    return {
      objectFileSize: size,
      objectFilename: name,
      objectId,
      objectType: 'Video (MP4)',
      objectUrl: `${context.endpoint}/media/${record.naId}/${name}`,
    };
  }
  const png = object.spec.extension === 'png';
  const fileName = imagePath(object.spec).split('/').pop() as string;
  // Catalog file names keep whatever case the scanner wrote; the archive redirects to the image.
  const objectUrl = object.upperCase
    ? `${context.endpoint}/media/${record.naId}/${fileName.replace(/\.jpg$/u, '.JPG')}`
    : context.imageUrl(object.spec);
  return {
    objectFileSize: size,
    objectFilename: `${record.naId}_${n + 1}.${object.upperCase ? 'JPG' : png ? 'png' : 'jpg'}`,
    objectId,
    objectType: png ? 'Image (PNG)' : 'Image (JPG)',
    objectUrl,
  };
}

function recordText(record: SimRecord, phrase: string): { title?: string; description?: string } {
  const { war, detail } = record;
  const values: Record<string, string> = {
    q: phrase,
    Q: phrase.charAt(0).toUpperCase() + phrase.slice(1),
    place: pickCyclic(PLACES[war], detail),
    unit: pickCyclic(UNITS[war], detail >>> 3),
    photographer: pickCyclic(PHOTOGRAPHERS, detail >>> 6),
    war: WAR_NAMES[war],
    year: String(record.year),
  };
  const titles = { caption: TITLES, useless: USELESS_TITLES, unrelated: UNRELATED_TITLES, missing: null }[record.titleKind];
  const descriptions = {
    caption: DESCRIPTIONS,
    useless: USELESS_DESCRIPTIONS,
    unrelated: UNRELATED_DESCRIPTIONS,
    dated: [DATED_DESCRIPTION],
  };
  return {
    title: titles ? fill(pickCyclic(titles, record.titleVariant), values) : undefined,
    description: record.description ? fill(pickCyclic(descriptions[record.description], record.descriptionVariant), values) : undefined,
  };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (_, name: string) => values[name] ?? '');
}

function withoutUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
