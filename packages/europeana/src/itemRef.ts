import type { RecordRef } from '@hx4/core';
import type { EuropeanaItem } from './EuropeanaItem.js';

/** The item's Europeana id (`/2020601/abc`, the row's `doc_id`) and its page on europeana.eu. */
export function itemRef(item: EuropeanaItem): RecordRef | null {
  const recordId = item.id?.trim();
  if (!recordId) return null;
  const id = recordId.startsWith('/') ? recordId : `/${recordId}`;
  return { id, url: `https://www.europeana.eu/en/item${id}` };
}
