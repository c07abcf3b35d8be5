import { ArchiveResponseError, isObject, nonBlankText, SourceUnavailableError } from '@hx4/core';
import { SOURCE_NAMES, type NaraSourceId } from './catalogSources.js';

/** The hits of one search answer: the container (`total`, `hits`) and the hit objects. */
export interface SearchHits {
  container: Record<string, unknown>;
  list: Record<string, unknown>[];
}

const WEB_APP_PAGE = /^<(?:!doctype\s+html|html)[\s>]/iu;

/**
 * Tells what a search answer is before anything is read from it. The Catalog's answer is an
 * Elasticsearch envelope, `{statusCode, body: {hits: {total, hits[]}}}`; what a source that does not
 * serve the API answers instead is recognised and named:
 * - markup where JSON was due (the catalog web app's HTML page, status 200): `SourceUnavailableError`;
 * - JSON of another kind (no envelope, no hits): `SourceUnavailableError`;
 * - the envelope's own refusals (401, 403, 404, 410 in `statusCode`): `SourceUnavailableError`;
 * - a body cut short or garbled, or an envelope without its hits: worth asking again;
 * - any other status in the envelope: a 429 or 5xx worth asking again, the rest final.
 * `body` is the text (the request asks for text) or, from a caller that parsed it, the JSON value.
 * A `SourceUnavailableError` says what answered without naming the source: the core's log line does.
 */
export function readSearchEnvelope(body: unknown, source: NaraSourceId | undefined): SearchHits {
  const name = source ? SOURCE_NAMES[source] : 'the National Archives';
  const value = typeof body === 'string' ? parseText(body, name) : body;
  if (!isObject(value)) {
    throw new SourceUnavailableError(`answered JSON of another kind (${describeValue(value)}) instead of the Catalog's search envelope`);
  }
  checkStatus(value, name, source);
  // NARA's answers nest the hits in `body`; nara-catalog-mcp reads "some deployments omit the outer body".
  const envelope = isObject(value.body) ? value.body : value;
  const container = isObject(envelope.hits) ? envelope.hits : null;
  if (!container || !Array.isArray(container.hits)) {
    if (isObject(value.body) || value.statusCode === 200) {
      throw new ArchiveResponseError(`${name} answered its search envelope without body.hits.hits`, true);
    }
    const keys = Object.keys(value).slice(0, 5).join(', ');
    throw new SourceUnavailableError(`answered JSON of another kind (keys: ${keys || 'none'}) instead of the Catalog's search envelope`);
  }
  if (!container.hits.every(isObject)) throw new ArchiveResponseError(`${name} answered with a hit that is not an object`, true);
  return { container, list: container.hits };
}

function parseText(text: string, name: string): unknown {
  const start = text.replace(/^\uFEFF/u, '').trimStart();
  if (start.startsWith('<')) {
    const what = WEB_APP_PAGE.test(start) ? "the catalog web app's HTML page" : 'a markup document';
    throw new SourceUnavailableError(`answered ${what} (status 200) instead of JSON`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ArchiveResponseError(`${name} answered a body that is not readable JSON (cut short or garbled)`, true);
  }
}

/** `statusCode` in the envelope mirrors the HTTP status; the refusals mean this source will not serve HX4. */
function checkStatus(value: Record<string, unknown>, name: string, source: NaraSourceId | undefined): void {
  const status = value.statusCode;
  if (status === undefined || status === 200) return;
  const text = (field: unknown) => (typeof field === 'string' ? nonBlankText(field) : null);
  const message = text(value.message) ?? text(value.body) ?? text(value.error) ?? 'no reason given';
  if ((status === 401 || status === 403) && source !== 'proxy-v3' && source !== 'proxy') {
    throw new SourceUnavailableError(`refused the API key (${status}: ${message}); check NARA_API_KEY or --api-key`);
  }
  if (status === 401 || status === 403 || status === 404 || status === 410) {
    throw new SourceUnavailableError(`refused the search (${status}: ${message})`);
  }
  const retryable = typeof status !== 'number' || status === 429 || status >= 500;
  throw new ArchiveResponseError(`${name} refused the search (${JSON.stringify(status)}: ${message})`, retryable);
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : `a ${typeof value}`;
}
