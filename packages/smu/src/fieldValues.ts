import { collapseWhitespace, decodeEntities } from '@hx4/core';

/**
 * A CONTENTdm field as text: entities decoded (CONTENTdm keeps some text with XML entities, `Smith &amp;
 * Sons`), whitespace collapsed. An empty field, which CONTENTdm writes as `{}`, a blank string or anything
 * else that is not text or a number, is null.
 */
export function fieldText(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = collapseWhitespace(decodeEntities(String(value)));
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
