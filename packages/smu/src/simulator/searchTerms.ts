import type { SimItem } from './simItem.js';

type Mode = 'all' | 'any' | 'exact' | 'none';

interface FieldTerm {
  field: string;
  words: string[];
  mode: Mode;
}

export interface SearchTerms {
  /** The phrase of the all-fields terms that decides membership; null for a browse (`0`). */
  phrase: string | null;
  /** Terms on one field, and all-fields exclusions (`none`), checked on each member. */
  filters: FieldTerm[];
}

const ALL_FIELDS = 'CISOSEARCHALL';
const MODES = new Set<string>(['all', 'any', 'exact', 'none']);

/**
 * `field^words^mode^operator` terms joined by `!` (operators are all taken as `and`). Terms over all fields
 * with mode `all`, `any` or `exact` pick the corpus's members for their phrase; every other term filters
 * the members by their field text, word by word as CONTENTdm does.
 */
export function readSearchTerms(searchstrings: string): SearchTerms {
  if (searchstrings === '0' || searchstrings === '') return { phrase: null, filters: [] };
  const phrases: string[] = [];
  const filters: FieldTerm[] = [];
  for (const term of searchstrings.split('!').filter(Boolean).slice(0, 6)) {
    const [field = ALL_FIELDS, text = '', mode = 'all'] = term.split('^');
    const words = text.toLowerCase().split(/\s+/u).filter(Boolean);
    const checkedMode = (MODES.has(mode) ? mode : 'all') as Mode;
    if (words.length === 0) continue;
    if (field === ALL_FIELDS && checkedMode !== 'none') phrases.push(words.join(' '));
    else filters.push({ field, words, mode: checkedMode });
  }
  return { phrase: phrases.length > 0 ? phrases.join(' ') : null, filters };
}

export function matchesTerms(item: SimItem, { filters }: SearchTerms): boolean {
  return filters.every(({ field, words, mode }) => {
    const text = (field === ALL_FIELDS ? Object.values(item.fields).join(' ') : (item.fields[field] ?? '')).toLowerCase();
    const has = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, 'u').test(text);
    if (mode === 'none') return !words.some(has);
    if (mode === 'any') return words.some(has);
    if (mode === 'exact') return text.includes(words.join(' '));
    return words.every(has);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
