import { open, rm, stat, truncate } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AdapterOptions, ArchiveAdapter, Cursor, DetailFetcher, PageRequest } from '../adapter/ArchiveAdapter.js';
import { ArchiveResponseError, SourceUnavailableError } from '../adapter/ArchiveResponseError.js';
import type { HttpClient } from '../http/HttpClient.js';
import { HttpError } from '../http/HttpError.js';
import { readCheckpoint, writeCheckpoint, type HitCheckpoint } from './HitCheckpoint.js';
import { expandRecords } from './expandRecords.js';
import { hitFiles } from './hitFiles.js';
import type { RequestBudget } from './RequestBudget.js';
import type { SourceChooser } from './SourceChooser.js';

const gzipAsync = promisify(gzip);

export interface HarvestOptions {
  adapter: ArchiveAdapter;
  adapterOptions: AdapterOptions;
  http: HttpClient;
  hitsDir: string;
  /** File-safe name of the query's cache files. */
  slug: string;
  /** Fetches (and caches) the pages records link to, for adapters with `expandRecord`. */
  details?: DetailFetcher;
  /** Stop a runaway archive that never stops paging. */
  maxPages?: number;
  /** How often a page the adapter cannot read is asked for again. */
  malformedAttempts?: number;
  onPage?: (page: number, records: number) => void;
  /** Called once with the first note a fetched page carries (see `Page.note`). */
  onNote?: (note: string) => void;
  /** The run's choice among the adapter's alternative sources, for adapters that declare them. */
  sources?: SourceChooser;
  /** Counts every page request; when it is spent, the harvest stops with `BudgetExhaustedError`. */
  budget?: RequestBudget;
  signal?: AbortSignal;
}

export interface HarvestResult {
  pages: number;
  records: number;
  total?: number;
  /** True when every page came from the cache: no request was made. */
  cached: boolean;
  /** The `ArchiveSource` the hits came from, for adapters with alternative sources. */
  source?: string;
}

/** Refusals of a query's first request that mean "this source does not serve", not "this query failed". */
const REFUSING_STATUSES = new Set([401, 403, 404, 405, 410]);

/**
 * Pages through one query and appends each page's raw records to `hits/<slug>.jsonl.gz` as its own
 * gzip member, then checkpoints. A rerun resumes after the last checkpointed page; a finished query
 * is never asked again. With alternative sources, a source that does not serve is passed over and the
 * query starts afresh from the next one (a cursor is only ever read by the source that wrote it).
 */
export async function harvestQuery(query: string, options: HarvestOptions): Promise<HarvestResult> {
  const files = hitFiles(options.hitsDir, options.slug);
  let stored = await readCheckpoint(files.checkpoint);
  const chooser = options.sources;
  for (;;) {
    const source = chooser ? sourceFor(stored, chooser) : undefined;
    if (source === null) throw new ArchiveResponseError(`no source of the archive serves: ${chooser!.reasons()}`);
    try {
      return await harvestFrom(query, source, stored, files, options);
    } catch (error) {
      if (!(error instanceof SourceUnavailableError) || !chooser || source === undefined) throw error;
      chooser.abandon(source, error.message);
      stored = null;
    }
  }
}

/** The source a stored checkpoint was harvested from while that is still usable (a finished query always), else the preferred one. */
function sourceFor(stored: HitCheckpoint | null, chooser: SourceChooser): string | null {
  if (stored?.source !== undefined) {
    const offered = chooser.sources.some(({ id }) => id === stored.source);
    if ((stored.complete && offered) || chooser.isUsable(stored.source)) return stored.source;
  }
  return chooser.current()?.id ?? null;
}

async function harvestFrom(
  query: string,
  source: string | undefined,
  stored: HitCheckpoint | null,
  files: ReturnType<typeof hitFiles>,
  options: HarvestOptions,
): Promise<HarvestResult> {
  const { adapter, adapterOptions } = options;
  const fingerprint = adapter.pageRequest(query, null, adapterOptions, source).url;
  let checkpoint = stored;
  if (checkpoint && (checkpoint.fingerprint !== fingerprint || checkpoint.query !== query || checkpoint.source !== source)) {
    checkpoint = null;
  }
  if (checkpoint?.complete) {
    return { pages: checkpoint.pages, records: checkpoint.records, total: checkpoint.total, cached: true, source };
  }
  if (checkpoint) {
    await truncate(files.records, checkpoint.bytes);
  } else {
    await rm(files.records, { force: true });
    checkpoint = {
      version: 1,
      query,
      fingerprint,
      pages: 0,
      records: 0,
      bytes: 0,
      next: null,
      complete: false,
      ...(source === undefined ? {} : { source }),
    };
  }

  const maxPages = options.maxPages ?? 100_000;
  let cursor: Cursor | null = checkpoint.next;
  let noted = false;
  while (!checkpoint.complete) {
    if (checkpoint.pages >= maxPages) {
      throw new ArchiveResponseError(`query "${query}" still had more pages after ${maxPages}; stopped`);
    }
    const page = await fetchPage(query, cursor, source, checkpoint.pages === 0, options);
    if (page.note && !noted) {
      noted = true;
      options.onNote?.(page.note);
    }
    const records =
      adapter.expandRecord && options.details ? await expandRecords(page.records, adapter, options.details, adapterOptions) : page.records;
    const lines = records.map((record) => `${JSON.stringify(record)}\n`).join('');
    const bytes: number = lines ? await appendMember(files.records, await gzipAsync(lines)) : checkpoint.bytes;
    if (page.next !== null && JSON.stringify(page.next) === JSON.stringify(cursor)) {
      throw new ArchiveResponseError(`query "${query}": the archive returned the same cursor twice`, true);
    }
    checkpoint = {
      ...checkpoint,
      pages: checkpoint.pages + 1,
      records: checkpoint.records + records.length,
      bytes,
      next: page.next,
      complete: page.next === null,
      total: page.total ?? checkpoint.total,
    } satisfies HitCheckpoint;
    await writeCheckpoint(files.checkpoint, checkpoint);
    options.onPage?.(checkpoint.pages, checkpoint.records);
    cursor = page.next;
  }
  return { pages: checkpoint.pages, records: checkpoint.records, total: checkpoint.total, cached: false, source };
}

async function fetchPage(query: string, cursor: Cursor | null, source: string | undefined, first: boolean, options: HarvestOptions) {
  const { adapter, adapterOptions } = options;
  const attempts = options.malformedAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    let response: Awaited<ReturnType<typeof request>>;
    try {
      response = await request(adapter.pageRequest(query, cursor, adapterOptions, source), options, chargedFor(source, options));
    } catch (error) {
      // An endpoint that refuses a query's very first request outright is not there (or not for us).
      const refused = error instanceof HttpError && error.status !== undefined && REFUSING_STATUSES.has(error.status);
      if (refused && first && source !== undefined) throw new SourceUnavailableError(refusal(error, options));
      throw error;
    }
    try {
      return adapter.parsePage(response.body, query, cursor, source);
    } catch (error) {
      if (!(error instanceof ArchiveResponseError) || !error.retryable || attempt >= attempts) throw error;
    }
  }
}

/** Why a source's first request was refused, short; a refused key says where the key comes from. */
function refusal(error: HttpError, { adapter, adapterOptions }: HarvestOptions): string {
  const keyRefused = (error.status === 401 || error.status === 403) && adapterOptions.apiKey && adapter.apiKey;
  return keyRefused ? `${error.reason}: the archive refused the API key; check ${adapter.apiKey!.env} or --api-key` : error.reason;
}

/** The budget counts the key's requests: a keyless source asked while a key is given spends none of its quota. */
function chargedFor(source: string | undefined, { budget, sources, adapterOptions }: HarvestOptions): RequestBudget | undefined {
  const keyless = source !== undefined && sources?.find(source)?.keyless === true;
  return keyless && adapterOptions.apiKey ? undefined : budget;
}

/** One page request, counted in the budget (when given) with every retry the HTTP client made. */
async function request(page: PageRequest, { http, signal }: HarvestOptions, budget: RequestBudget | undefined) {
  await budget?.spend();
  try {
    const response =
      page.responseType === 'text'
        ? await http.getText(page.url, { headers: page.headers, signal })
        : await http.getJson(page.url, { headers: page.headers, signal });
    await budget?.charge(response.attempts - 1);
    return response;
  } catch (error) {
    if (error instanceof HttpError) await budget?.charge(error.attempts - 1);
    throw error;
  }
}

/** Appends and flushes; returns the new file length, which the checkpoint then vouches for. */
async function appendMember(path: string, member: Buffer): Promise<number> {
  const handle = await open(path, 'a');
  try {
    await handle.write(member);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return (await stat(path)).size;
}
