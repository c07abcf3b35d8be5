import { ArchiveResponseError, checkAnswer, isObject, v, type Page } from '@hx4/core';
import { europeanaItemSchema, type EuropeanaItem } from './EuropeanaItem.js';

const itemsSchema = v.array(europeanaItemSchema);

/**
 * Reads one Search API answer. `success: false` is the API refusing (bad key, bad query) and is
 * final; a body HX4 cannot read, items of other shapes than the schema's included, is worth asking
 * for again. Paging stops at the first empty page even if a `nextCursor` is offered, so a cursor
 * that never runs dry cannot loop forever.
 */
export function parseSearchPage(body: unknown): Page<EuropeanaItem> {
  if (!isObject(body)) throw new ArchiveResponseError('Europeana answered with a body that is not a JSON object', true);
  if (body.success === false) {
    const reason = typeof body.error === 'string' && body.error.trim() ? body.error.trim() : 'no reason given';
    throw new ArchiveResponseError(`Europeana refused the search: ${reason}`);
  }
  const items = readItems(body);
  const nextCursor = typeof body.nextCursor === 'string' && body.nextCursor !== '' ? body.nextCursor : null;
  return {
    records: items.map(withoutKeyedLinks),
    next: items.length > 0 ? nextCursor : null,
    total: typeof body.totalResults === 'number' ? body.totalResults : undefined,
  };
}

/** A search without hits may leave `items` out; a page that claims hits must carry them. */
function readItems(body: Record<string, unknown>): EuropeanaItem[] {
  if (body.items === undefined && body.itemsCount === 0) return [];
  if (!Array.isArray(body.items)) throw new ArchiveResponseError('Europeana answered without an items array', true);
  return checkAnswer(itemsSchema, body.items, 'Europeana', 'items');
}

/** `link` and `guid` embed the caller's API key: never cache them. */
function withoutKeyedLinks(item: EuropeanaItem): EuropeanaItem {
  const { link: _link, guid: _guid, ...rest } = item;
  return rest;
}
