import { dateExpression } from './dateExpression.js';
import { spanDays, spanWithin, type DateSpan } from './DateSpan.js';
import { dayDatesInText } from './dayDatesInText.js';
import { stringValues } from '@hx4/core';
import type { FinnaRecord } from './FinnaRecord.js';

/** The record fields a date is read from, as `RowDraft.dateSource` names them. */
export type DateSource = 'events' | 'subjects' | 'year' | 'summary' | 'title';

export interface RecordDate {
  span: DateSpan;
  /** The text the date was read from, e.g. `valmistusaika: 11.06.1923` or `1942-03-02`. */
  text: string;
  source: DateSource;
}

/**
 * The LIDO events that date the picture itself: its making (`valmistus`) and its photographing (`kuvaus`),
 * the events Finna's indexer (RecordManager-Finna `Lido.php`) dates a photograph by; a later use or exhibition
 * does not date it.
 */
const PICTURE_EVENTS = ['valmistus', 'kuvaus'] as const;

/** A label before a date in a subject heading, e.g. `valmistusaika:` ("time of making") or `kuvausaika`. */
const DATE_LABEL = /^\p{L}+aika:?\s+/iu;

/**
 * Where the record dates the picture, most precise first. The structured dates come first: the events, then
 * the subject headings (Finna's LIDO driver lists event dates there too; other museums write
 * `valmistusaika: 11.06.1923`), and only when neither dates the record its `year`, which is just the first
 * year of whatever range Finna indexed. A full day in the summary or title refines that, but only inside it:
 * captions also mention dates of other things. Ties go to the earlier field.
 */
export function recordDate(record: FinnaRecord): RecordDate | null {
  const structured = mostPrecise([...eventDates(record.events), ...subjectDates(record.subjects)]) ?? mostPrecise(yearDates(record.year));
  const inText = [...textDates(record.summary, 'summary'), ...textDates(record.title, 'title')].filter(
    ({ span }) => structured === null || spanWithin(span, structured.span),
  );
  return mostPrecise([...(structured ? [structured] : []), ...inText]);
}

function mostPrecise(dates: RecordDate[]): RecordDate | null {
  return dates.reduce<RecordDate | null>((best, date) => (best === null || spanDays(date.span) < spanDays(best.span) ? date : best), null);
}

/** `events` is keyed by event type (`{ "kuvaus": [{ "date": "1942-03-02", … }] }`), or `[]` without events. */
function eventDates(events: FinnaRecord['events']): RecordDate[] {
  if (events === undefined || Array.isArray(events)) return [];
  return PICTURE_EVENTS.flatMap((type) =>
    (events[type] ?? []).flatMap((event) => dated(stringValues(event.date), 'events', dateExpression)),
  );
}

/** Subject headings are lists of chunks (`[["1942-03-02"], ["valmistusaika: 1931, valmistusaika marraskuu"]]`). */
function subjectDates(subjects: FinnaRecord['subjects']): RecordDate[] {
  const chunks = (subjects ?? []).flatMap(stringValues);
  return dated(chunks, 'subjects', subjectDate);
}

/** A heading that is a date, perhaps labelled and followed by a comma and more words about it. */
function subjectDate(heading: string): DateSpan | null {
  return dateExpression(heading.replace(DATE_LABEL, '').replace(/,.*/su, ''));
}

function yearDates(year: string | undefined): RecordDate[] {
  return dated(stringValues(year), 'year', dateExpression);
}

function textDates(field: string | readonly string[] | undefined, source: DateSource): RecordDate[] {
  return stringValues(field).flatMap((text) => dayDatesInText(text).map((date) => ({ ...date, source })));
}

function dated(texts: string[], source: DateSource, read: (text: string) => DateSpan | null): RecordDate[] {
  return texts.flatMap((text) => {
    const span = read(text);
    return span ? [{ span, text: text.trim(), source }] : [];
  });
}
