import { isObject, wholeNumber } from '@hx4/core';
import { fieldText } from './fieldValues.js';
import type { CompoundPage } from './SmuRecord.js';

/**
 * The pages of a `dmGetCompoundObjectInfo` answer, in order: `{ type, page: [...] }`, where a one-page object
 * gives `page` as an object rather than a list, and a monograph nests its pages in `node`s (each with its own
 * `page` and `node`). Pages without a readable pointer are skipped; a pointer listed twice counts once.
 */
export function compoundPages(body: Record<string, unknown>): CompoundPage[] {
  const pages: CompoundPage[] = [];
  const seen = new Set<number>();
  const visit = (node: Record<string, unknown>) => {
    for (const entry of asList(node.page)) {
      const pointer = wholeNumber(entry.pageptr);
      if (pointer === null || seen.has(pointer)) continue;
      seen.add(pointer);
      pages.push({ pointer, title: fieldText(entry.pagetitle), file: fieldText(entry.pagefile) });
    }
    for (const child of asList(node.node)) visit(child);
  };
  visit(body);
  return pages;
}

function asList(value: unknown): Record<string, unknown>[] {
  return (Array.isArray(value) ? value : [value]).filter(isObject);
}
