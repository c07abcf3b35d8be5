import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cleanQuery, loadCanonicalMap, loadVocabulary } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { saKuvaAdapter } from '../src/index.js';

const misc = (file: string) => fileURLToPath(new URL(`../../../misc/${file}`, import.meta.url));
const files = saKuvaAdapter.vocabulary!;

describe('the Finnish vocabulary in misc/', () => {
  it('loads as the vocabulary the adapter names', async () => {
    const vocabulary = await loadVocabulary({ queriesFile: misc(files.queriesFile), canonicalFile: misc(files.canonicalFile) });
    expect(vocabulary.queries.length).toBeGreaterThanOrEqual(100);
    expect(vocabulary.queries).toContain('panssarivaunu');
    expect(vocabulary.canonical('panssarivaunu')).toBe('tank');
    expect(vocabulary.canonical('lotta svärd')).toBe('women at war');
  });

  it('maps every Finnish query onto a canonical label of the English vocabulary', async () => {
    const finnish = await loadCanonicalMap(misc(files.canonicalFile));
    const englishLabels = new Set((await loadCanonicalMap(misc('canonical_labels.json'))).values());
    const lines = (await readFile(misc(files.queriesFile), 'utf8')).split('\n').filter((line) => line.trim() && !line.startsWith('#'));
    const queries = lines.map((line) => cleanQuery(line) as string);
    expect(queries).toEqual(lines.map((line) => line.trim()));
    expect(new Set(queries).size).toBe(queries.length);
    expect(queries.filter((query) => !finnish.has(query))).toEqual([]);
    expect([...finnish.keys()].filter((query) => !queries.includes(query))).toEqual([]);
    expect([...finnish].filter(([, label]) => !englishLabels.has(label))).toEqual([]);
  });
});
