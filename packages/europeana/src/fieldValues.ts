/** The non-blank strings of a field that should be a string array (or a lone string). */
export function stringValues(field: unknown): string[] {
  const values = Array.isArray(field) ? field : [field];
  return values.filter((value): value is string => typeof value === 'string' && value.trim() !== '');
}

/** The `def` strings of a field like `edmTimespanLabel: [{ def: '1943' }]`. */
export function defValues(field: unknown): string[] {
  if (!Array.isArray(field)) return [];
  return stringValues(field.map((entry: unknown) => (isObject(entry) ? entry.def : undefined)));
}

/** The values a language-tagged field holds for one language. */
export function languageValues(field: unknown, language: string): string[] {
  return isObject(field) ? stringValues(field[language]) : [];
}

/** Every value of a language-tagged field, whatever its language. */
export function allLanguageValues(field: unknown): string[] {
  return isObject(field) ? Object.keys(field).sort().flatMap((language) => stringValues(field[language])) : [];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One space for every run of whitespace, `&nbsp;` included (exported catalogue text keeps it as an entity). */
export function collapseWhitespace(text: string): string {
  return text.replace(/&nbsp;/giu, ' ').replace(/\s+/gu, ' ').trim();
}
