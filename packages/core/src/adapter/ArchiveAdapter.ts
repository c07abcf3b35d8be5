import type { Row } from '../rows/Row.js';
import type { AdapterSetup, ArchiveOption, ArchiveOptionValues } from './ArchiveOption.js';

/** Inclusive ISO date window (YYYY-MM-DD). */
export interface DateWindow {
  start: string;
  end: string;
}

/** How hard HX4 may hit one host. */
export interface HostPolicy {
  requestsPerSecond: number;
  concurrency: number;
}

/** Settings the core hands to every adapter call. */
export interface AdapterOptions {
  endpoint: string;
  apiKey?: string;
  window: DateWindow | null;
  /** Words that say nothing about a picture (misc/meaningless_words.txt), for adapters that judge titles. */
  meaninglessWords?: ReadonlySet<string>;
}

/** An opaque, JSON-serialisable paging position; it is checkpointed so a killed run resumes there. */
export type Cursor = string | number | { [key: string]: unknown };

export interface PageRequest {
  url: string;
  headers?: Record<string, string>;
  /** Parse the body as JSON (default) or hand the text over. */
  responseType?: 'json' | 'text';
}

export interface Page<R> {
  records: R[];
  /** Where the next page starts; null when this query is exhausted. */
  next: Cursor | null;
  /** Total hits the archive reports for the query, when it says. */
  total?: number;
  /**
   * Something the user must know about this query's results, e.g. that the archive stops paging at a
   * cap and hits beyond it are out of reach. Logged once per query as a warning.
   */
  note?: string;
}

/**
 * Fetches the pages a record links to (item metadata, attachment pages). Every answer is cached on
 * disk, so a rerun fetches only what is missing; failures are `HttpError`s like any other request.
 */
export interface DetailFetcher {
  getText(url: string, headers?: Record<string, string>): Promise<string>;
  getJson(url: string, headers?: Record<string, string>): Promise<unknown>;
}

/** An archive searched by its own list (a gallery catalogue) rather than the shared vocabulary. */
export interface OwnQueries {
  /** Queries in order, e.g. gallery keys. */
  queries: string[];
  /** Query → canonical label (one of the shared canonical labels where one fits). */
  canonical: Record<string, string>;
}

/** What an adapter makes of one record: the archive-specific columns of a row. */
export type RowDraft = Pick<Row, 'id' | 'doc_id' | 'img_url' | 'doc_url'> &
  Partial<Pick<Row, 'raw_doc_date' | 'doc_year' | 'doc_date' | 'country' | 'title' | 'description' | 'extra'>> & {
    /** The record's own canonical labels, when the archive knows better than the query (a vehicle's type). */
    labels?: string[];
    /**
     * The record field the date was read from (`year`, `events.date`, a CONTENTdm nick…), most precise
     * first; run-summary.json counts rows per field, so a user sees where the dates came from.
     */
    dateSource?: string;
  };

/** A record as a user finds it at the archive: its id (the `doc_id` of its rows) and its public page. */
export interface RecordRef {
  id: string;
  url: string;
}

/**
 * One of several ways to ask an archive the same search (NARA: the Catalog API v2 with a key, the web
 * app's v3 proxy, the older proxy). The core tries them in order and keeps the first that answers.
 */
export interface ArchiveSource {
  /** Stable name, recorded per query in checkpoints and run-summary.json, e.g. `api-v2`. */
  id: string;
  /** For the log: what it is, e.g. `the official Catalog API v2 (with your key)`. */
  description: string;
  /** It is asked without the API key, so its requests do not spend the key's quota (`requestQuota`). */
  keyless?: boolean;
}

/** A record the adapter refuses, and why (counted per reason in run-summary.json). */
export interface Drop {
  drop: string;
}

export type RowResult = RowDraft | Drop;

export function isDrop(result: RowResult): result is Drop {
  return 'drop' in result;
}

/** An adapter's own settings as a dataset records them: plain JSON values. */
export type ArchiveSettings = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/**
 * Everything HX4 needs to know about one archive. The core owns the paging loop, retries,
 * caching, images, tables, splits and stats; an adapter only says how to ask and how to read.
 *
 * `R` is the archive's record as its pages give it. `Given` is what the record-reading hooks accept:
 * an archive package writes `ArchiveAdapter<R>` (hooks typed on its records), and `defineAdapter` turns
 * it into the `ArchiveAdapter<R, unknown>` the core and the CLI hold, which checks every record it is
 * handed against the archive's schema (records come back from the hits cache as plain JSON). Hooks are
 * properties, not methods, so TypeScript checks their parameters strictly: an adapter reading
 * `FinnaRecord`s is no adapter of any record.
 */
export interface ArchiveAdapter<R = unknown, Given = R> {
  /** CLI name, e.g. `europeana`. */
  id: string;
  /** Dataset folder prefix, e.g. `EUROPEANA` → `EUROPEANA_<start>_<end>/`. */
  datasetName: string;
  defaultEndpoint: string;
  /** `null` for archives collected without a date window. */
  defaultWindow: DateWindow | null;
  /**
   * The limit towards the archive's API host: its documented quota, or a polite guess for a small site.
   * Images fetched from that host get a lane of their own that adapts to how the host answers, unless
   * `coversMedia`: the archive's limit counts its images too, and both share this one.
   */
  politeness: HostPolicy & { coversMedia?: boolean };
  /**
   * The archive's default vocabulary files in `misc/`, when not the English ones (SA-Kuva is queried
   * in Finnish): the queries file and its map onto the shared canonical labels.
   */
  vocabulary?: { queriesFile: string; canonicalFile: string };
  /** Archive-specific columns (values in `RowDraft.extra`), written after the shared ones, e.g. SA-Kuva's `rights`. */
  extraColumns?: readonly string[];
  /** Environment variable holding the API key, and the key used when none is given. */
  apiKey?: { env: string; default?: string };
  /**
   * The archive's request quota per API key (NARA: 10,000 a month). With a key, the core counts every
   * page request in the dataset's `state/` and stops harvesting, resumably, when the quota is spent.
   */
  requestQuota?: { perMonth: number };
  /**
   * Options of the archive's own, by flag name (`collections` → SMU's `--collections ryr,stn`). The CLI
   * offers them next to its shared flags and hands what was given to `configure`.
   */
  options?: Readonly<Record<string, ArchiveOption<unknown>>>;
  /**
   * The adapter for this run: the values given for `options` (as typed, by flag name; an option not
   * given is absent) and the run's settings an archive may make use of (SMU asks IIIF for images
   * already at the thumbnail size). Throws, with a message for the user, on values `options` refuse.
   */
  configure?: (given: ArchiveOptionValues, setup: AdapterSetup) => ArchiveAdapter<R, Given>;
  /**
   * What this adapter was made with that decides what lands in the dataset (SMU: the collections searched,
   * the IIIF size asked for), recorded in run-summary.json as `settings.archive`.
   */
  settings?: ArchiveSettings;
  /** A line for the log at the start of a run, e.g. that no key was given and a fallback is used; null for nothing. */
  describe?: (options: AdapterOptions) => string | null;
  /**
   * Alternative ways to ask, in order of preference (see `ArchiveSource`). A source whose answer is not
   * the API it should be (`parsePage` throws `SourceUnavailableError`, or the first request of a query
   * is refused outright) is passed over for the rest of the run. Absent: the archive has one way.
   */
  sources?: (options: AdapterOptions) => readonly ArchiveSource[];
  /** The request for one page of `query`; `cursor` is null for the first page; `source` is the `ArchiveSource` id in use. */
  pageRequest: (query: string, cursor: Cursor | null, options: AdapterOptions, source?: string) => PageRequest;
  /**
   * Read one page; throw `ArchiveResponseError` when the archive answers with an error body or with
   * records that do not fit the archive's schema (`checkAnswer` names the field), and
   * `SourceUnavailableError` when the answer shows this source does not serve the API at all.
   */
  parsePage: (body: unknown, query: string, cursor: Cursor | null, source?: string) => Page<R>;
  /**
   * The record's id and archive page, for every record, kept or dropped: drop examples in
   * run-summary.json and the dataset card link to it, and `hx4 explain` finds records by it. Null when
   * the record carries no id. Pure: no I/O.
   */
  recordRef: (record: Given, options: AdapterOptions) => RecordRef | null;
  /**
   * Completes one record of a page with the pages it links to, before it is cached in `hits/`; may
   * return several records (one per page of a compound object) or throw for a record that cannot be
   * read (it is then dropped with that reason; transient HTTP failures fail the query instead, to be
   * resumed). Scrapers and APIs with a per-item call use it; the fetcher caches every answer.
   */
  expandRecord?: (record: Given, fetch: DetailFetcher, options: AdapterOptions) => Promise<R[]>;
  /** Scraped sites: robots.txt of the endpoint's host is fetched and obeyed (Crawl-delay included). */
  obeysRobotsTxt?: boolean;
  /** The archive's own query list, used instead of the shared vocabulary when no queries are given. */
  ownQueries?: () => OwnQueries;
  /**
   * One record → a row, or a drop with its reason. A record holding several images may give one
   * result per image (an array, never empty); each row needs its own `id` and `img_url`. `query` is
   * the query whose hits hold the record, for adapters that check the record is about it. Pure: no I/O.
   */
  toRow: (record: Given, options: AdapterOptions, query?: string) => RowResult | RowResult[];
}
