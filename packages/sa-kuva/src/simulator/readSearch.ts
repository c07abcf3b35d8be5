import { dayBound } from './dayBounds.js';
import type { Language } from './finnishText.js';
import { FACET_FIELDS, type DateFilter, type FacetField, type FacetFilter, type FinnaSearch } from './FinnaSearch.js';

const SEARCH_TYPES = ['AllFields', 'Title', 'Subject', 'Author', 'toc', 'ISN'];
const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en-gb'];
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const FILTER = /^([~-]?)(\w+):(.*)$/s;
const DATE_RANGE = /^\[\s*(\S+)\s+TO\s+(\S+)\s*\]$/;
const SORTS: Record<string, FinnaSearch['sort']> = {
  relevance: 'relevance',
  'relevance,id asc': 'relevance',
  'main_date_str asc': 'oldest',
  'main_date_str desc': 'newest',
};

/**
 * Reads `/v1/search` parameters the way Finna does, or says what is wrong with them (Finna answers such
 * requests with `status: "ERROR"`). Only the first date-range filter counts, as in Finna; an unknown sort
 * falls back to relevance.
 */
export function readSearch(params: URLSearchParams, resultWindow: number): FinnaSearch | { error: string } {
  if (!SEARCH_TYPES.includes(params.get('type') ?? 'AllFields')) return { error: 'Invalid search type' };
  const limit = wholeNumber(params.get('limit'), DEFAULT_LIMIT);
  if (limit === null || limit > MAX_LIMIT) return { error: 'Invalid limit' };
  const page = wholeNumber(params.get('page'), 1);
  if (page === null || page < 1) return { error: 'Invalid page' };
  if (page * limit > resultWindow) return { error: `Invalid page: only the first ${resultWindow} results can be paged to` };
  const lng = (params.get('lng') ?? 'fi') as Language;
  if (!LANGUAGES.includes(lng)) return { error: 'Invalid language' };

  const facets: FacetFilter[] = [];
  let dates: DateFilter | null = null;
  const type = params.get('search_daterange_mv_type') ?? 'overlap';
  if (type !== 'overlap' && type !== 'within') return { error: 'Invalid search_daterange_mv_type' };
  for (const filter of params.getAll('filter[]')) {
    const [, prefix, field, rawValue] = FILTER.exec(filter.trim()) ?? [];
    if (field === undefined || rawValue === undefined) return { error: `Invalid filter: ${filter}` };
    const value = unquote(rawValue);
    if (field === 'search_daterange_mv') {
      const range = dateFilter(value, type);
      if (range === null) return { error: `Invalid filter: ${filter}` };
      dates ??= range;
    } else if ((FACET_FIELDS as readonly string[]).includes(field) && value !== '') {
      if (field.endsWith('_boolean') && !['0', '1', 'true', 'false'].includes(value)) return { error: `Invalid filter: ${filter}` };
      facets.push({ field: field as FacetField, value, operator: prefix === '~' ? 'or' : prefix === '-' ? 'not' : 'and' });
    } else {
      return { error: `Invalid filter: ${filter}` };
    }
  }
  const fields = params.getAll('field[]');
  return {
    lookfor: params.get('lookfor')?.trim() ?? '',
    facets,
    dates,
    fields: fields.length > 0 ? fields : null,
    sort: SORTS[params.get('sort') ?? 'relevance'] ?? 'relevance',
    limit,
    page,
    lng,
  };
}

function dateFilter(value: string, type: DateFilter['type']): DateFilter | null {
  const [, from, to] = DATE_RANGE.exec(value) ?? [];
  if (from === undefined || to === undefined) return null;
  const start = dayBound(from, 'start');
  const end = dayBound(to, 'end');
  if (start === undefined || end === undefined || (start !== null && end !== null && start > end)) return null;
  return { start, end, type };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
}

function wholeNumber(raw: string | null, fallback: number): number | null {
  if (raw === null) return fallback;
  return /^\d+$/.test(raw.trim()) ? Number(raw) : null;
}
