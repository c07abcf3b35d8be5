export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/giu;

/** CONTENTdm keeps some text with XML entities (`Smith &amp; Sons`); decoded once, unknown ones left as they are. */
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string) => {
    const code = decimal !== undefined ? Number(decimal) : hex !== undefined ? parseInt(hex, 16) : null;
    if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    return NAMED_ENTITIES[(name as string).toLowerCase()] ?? entity;
  });
}

/**
 * A CONTENTdm field as text: entities decoded, whitespace collapsed. An empty field, which CONTENTdm
 * writes as `{}`, a blank string or anything else that is not text, is null.
 */
export function fieldText(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = decodeEntities(String(value)).replace(/\s+/gu, ' ').trim();
  return text === '' ? null : text;
}

/** The first non-empty field among `nicks`: collections name the same field differently. */
export function firstField(fields: Record<string, unknown>, nicks: readonly string[]): string | null {
  for (const nick of nicks) {
    const text = fieldText(fields[nick]);
    if (text !== null) return text;
  }
  return null;
}

/** The values of a semicolon-separated field (CONTENTdm's controlled-vocabulary separator), blanks dropped. */
export function fieldList(text: string | null): string[] {
  if (text === null) return [];
  return text
    .split(';')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** A whole number CONTENTdm sends as a number or as digits (pointers, `pager.total`). */
export function wholeNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : null;
  if (typeof value === 'string' && /^\s*\d{1,15}\s*$/u.test(value)) return Number(value);
  return null;
}
