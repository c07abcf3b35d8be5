import { resolve } from 'node:path';
import type { RowDraft } from '../adapter/ArchiveAdapter.js';
import { compareAscending } from './compareAscending.js';
import type { Row } from './Row.js';
import type { Vocabulary } from './Vocabulary.js';

/** One record an adapter accepted, and the query that found it. */
export interface RowContribution {
  draft: RowDraft;
  query: string;
}

export type GroupedRow = Omit<Row, 'enriched_document_description'>;

export interface GroupRowsOptions {
  /** Dataset folder; `img_path` is `<datasetDir>/images/<id>.jpg`, made absolute. */
  datasetDir: string;
  /** Dataset folder name written to the `dataset` column. */
  datasetName: string;
  vocabulary: Vocabulary;
  /** Turns an archive id into a file name stem. */
  fileSafeId: (raw: string) => string;
}

const DRAFT_FIELDS = [
  'id',
  'doc_id',
  'doc_url',
  'raw_doc_date',
  'doc_year',
  'doc_date',
  'country',
  'title',
  'description',
] as const satisfies readonly (keyof RowDraft)[];

type DraftField = (typeof DRAFT_FIELDS)[number];

/** Where a value came from; the lowest-ranked source wins, whatever order the records arrived in. */
interface Source {
  queryRank: number;
  query: string;
  draft: RowDraft;
}

/** Refuses a record no row can be made of, naming it. */
export function checkContribution({ draft, query }: RowContribution): void {
  if (!draft.img_url) throw new Error(`Record "${draft.doc_id}" found by "${query}" has no img_url`);
  if (!draft.id) throw new Error(`Record with image ${draft.img_url} found by "${query}" has no id`);
}

/**
 * The records of every query that share one image URL, merged into that image's row. Each field takes the
 * first non-null value among the records ranked by query order, then doc id: the result does not depend on
 * the order records are added in, so concurrent paging cannot change it. Only the winning value per field is kept.
 */
export class ImageGroup {
  private readonly queries = new Set<string>();
  /** `query \0 label` pairs: each query votes once for each label it gives the image. */
  private readonly votes = new Set<string>();
  private readonly values: Partial<Record<DraftField, { value: RowDraft[DraftField]; source: Source }>> = {};
  private readonly extra = new Map<string, { value: string; source: Source }>();

  constructor(
    readonly imageUrl: string,
    private readonly options: GroupRowsOptions,
  ) {}

  add(contribution: RowContribution): void {
    checkContribution(contribution);
    const { draft, query } = contribution;
    if (draft.img_url !== this.imageUrl) throw new Error(`Record "${draft.doc_id}" shows ${draft.img_url}, not ${this.imageUrl}`);
    this.queries.add(query);
    // An archive that knows each record's own label (a vehicle's type) says so; else the query's label counts.
    for (const label of draft.labels ?? [this.options.vocabulary.canonical(query)]) this.votes.add(`${query}\0${label}`);
    const source: Source = { queryRank: this.options.vocabulary.queryOrder(query), query, draft };
    for (const field of DRAFT_FIELDS) {
      const value = draft[field];
      if (value === null || value === undefined) continue;
      const current = this.values[field];
      if (!current || compareSources(source, current.source) < 0) this.values[field] = { value, source };
    }
    for (const [column, value] of Object.entries(draft.extra ?? {})) {
      if (value === null) continue;
      const current = this.extra.get(column);
      if (!current || compareSources(source, current.source) < 0) this.extra.set(column, { value, source });
    }
  }

  /** The id the image asks for, before ids are made unique across the dataset (`assignUniqueIds`). */
  claimedId(): string {
    const id = this.values.id;
    if (!id) throw new Error(`No record was added for ${this.imageUrl}`);
    return this.options.fileSafeId(String(id.value));
  }

  /** The image's row under its dataset-wide unique `id`. */
  toRow(id: string): GroupedRow {
    const { vocabulary, datasetDir, datasetName } = this.options;
    const value = <F extends DraftField>(field: F) => (this.values[field]?.value ?? null) as NonNullable<RowDraft[F]> | null;
    const queries = [...this.queries].sort(compareAscending);
    const labels = [...this.votes].sort(compareAscending).map((vote) => vote.slice(vote.indexOf('\0') + 1));
    return {
      doc_id: value('doc_id') ?? '',
      id,
      user_query: queries,
      label: mostFrequentLabel(labels, vocabulary),
      canonical_labels: [...new Set(labels)].sort(compareAscending),
      img_url: this.imageUrl,
      doc_url: value('doc_url') ?? '',
      raw_doc_date: value('raw_doc_date'),
      doc_year: value('doc_year'),
      doc_date: value('doc_date'),
      country: value('country'),
      img_path: resolve(datasetDir, 'images', `${id}.jpg`),
      title: value('title'),
      description: value('description'),
      dataset: datasetName,
      file_name: `images/${id}.jpg`,
      ...(this.extra.size > 0 ? { extra: Object.fromEntries([...this.extra].map(([column, { value: text }]) => [column, text])) } : {}),
    };
  }
}

/**
 * The label most of the image's queries stand for; ties go to the label that comes first in the vocabulary.
 * An image is grouped from at least one record, so `labels` is never empty.
 */
function mostFrequentLabel(labels: readonly string[], vocabulary: Vocabulary): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts].sort(
    ([labelA, countA], [labelB, countB]) =>
      countB - countA || compareAscending(vocabulary.order(labelA), vocabulary.order(labelB)) || compareAscending(labelA, labelB),
  )[0]![0];
}

function compareSources(a: Source, b: Source): number {
  return (
    compareAscending(a.queryRank, b.queryRank) ||
    compareAscending(a.query, b.query) ||
    compareAscending(a.draft.doc_id, b.draft.doc_id) ||
    compareAscending(fingerprint(a.draft), fingerprint(b.draft))
  );
}

/** Orders two records that share query and doc id (an archive listing one record twice with different data). */
function fingerprint(draft: RowDraft): string {
  return JSON.stringify(DRAFT_FIELDS.map((field) => draft[field] ?? null));
}
