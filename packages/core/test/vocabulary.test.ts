import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanQuery, loadCanonicalMap, loadVocabulary, loadWordList, querySlug, vocabularyFromQueries } from '@hx4/core';

const MISC = fileURLToPath(new URL('../../../misc/', import.meta.url));

async function files(queries: string, canonical?: string) {
  const dir = await mkdtemp(join(tmpdir(), 'hx4-vocab-'));
  const queriesFile = join(dir, 'query_labels.txt');
  await writeFile(queriesFile, queries);
  if (canonical === undefined) return { queriesFile };
  const canonicalFile = join(dir, 'canonical_labels.json');
  await writeFile(canonicalFile, canonical);
  return { queriesFile, canonicalFile };
}

describe('cleanQuery', () => {
  it.each([
    ['  Armoured   Personnel\tCarrier ', 'armoured personnel carrier'],
    ['V-E Day', 'v-e day'],
    ["no man's land", "no man's land"],
    ['Original caption: Tanks, near Caen (1944).', 'tanks near caen 1944'],
    ['Photograph of a U-boat, part 2', 'of u-boat'],
    ["photographer's dog", 'dog'],
    ['partisans in the forest', 'partisans in the forest'],
    ["'quoted' -dash-", 'quoted dash'],
    ['Sotilaat hyökkäävät – Äänislinna', 'sotilaat hyökkäävät äänislinna'],
    ['Cafe\u0301 on the Front', 'café on the front'],
    ['ПВО 1941', 'пво 1941'],
    ['FOTOALBUM Gallery foto', null],
    ['a ? !', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(cleanQuery(input)).toBe(expected);
  });

  it('is stable when applied twice', () => {
    for (const text of ['Original caption: Tanks!', 'Photo shows   V-2 rocket', "Soldiers' mess, part 3"]) {
      const once = cleanQuery(text);
      expect(cleanQuery(once)).toBe(once);
    }
  });
});

describe('querySlug', () => {
  it('keeps plain queries readable', () => {
    expect(querySlug('v-e day')).toBe('v-e_day');
    expect(querySlug('armoured personnel carrier')).toBe('armoured_personnel_carrier');
  });

  it('gives every query its own file-safe slug', () => {
    const queries = ['a b', 'a_b', 'a__b', "no man's land", 'no man s land', 'hyökkäys', 'hyokkays', 'Tank', 'tank', 'x'.repeat(300)];
    const slugs = queries.map(querySlug);
    expect(new Set(slugs).size).toBe(queries.length);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(slug.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('loadVocabulary', () => {
  it('cleans queries, keeps their order and drops repeats, first wins', async () => {
    const vocabulary = await loadVocabulary(
      await files('Biplane\n# comment\n\nTank\n  tank  \nV-E Day\r\nairship\n', '{"biplane": "aircraft", "V-E Day": "victory"}'),
    );
    expect(vocabulary.queries).toEqual(['biplane', 'tank', 'v-e day', 'airship']);
    expect(vocabulary.canonical('biplane')).toBe('aircraft');
    expect(vocabulary.canonical('v-e day')).toBe('victory');
    expect(vocabulary.canonical('tank')).toBe('tank');
    expect(vocabulary.labels).toEqual(['aircraft', 'tank', 'victory', 'airship']);
    expect(vocabulary.order('tank')).toBeLessThan(vocabulary.order('victory'));
    expect(vocabulary.order('unknown')).toBe(Number.POSITIVE_INFINITY);
    expect(vocabulary.queryOrder('v-e day')).toBe(2);
  });

  it('works without a canonical map', async () => {
    const vocabulary = await loadVocabulary(await files('tank\nbomber\n'));
    expect(vocabulary.labels).toEqual(['tank', 'bomber']);
  });

  it.each([
    ['an invalid JSON map', 'tank\n', '{"tank": ', /^Invalid JSON in .*canonical_labels\.json: /],
    ['a map that is not an object', 'tank\n', '["tank"]', /canonical_labels\.json must hold one JSON object/],
    ['a label that is not a string', 'tank\n', '{"tank": 3}', /the label of "tank" is not a string/],
    ['conflicting keys', 'tank\n', '{"Tank": "armour", "tank": "vehicle"}', /"tank" maps to both "armour" and "vehicle"/],
    ['a query with nothing left', 'tank\nphoto\n', '{}', /query_labels\.txt line 2: "photo" is empty once cleaned/],
    ['an empty query list', '# nothing\n', '{}', /query list is empty/],
  ])('rejects %s with a one-line message', async (_case, queries, canonical, message) => {
    const error = await loadVocabulary(await files(queries, canonical)).catch((caught: unknown) => caught as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });

  it('names a missing file', async () => {
    const { queriesFile } = await files('tank\n');
    await expect(loadVocabulary({ queriesFile: `${queriesFile}.nope` })).rejects.toThrow(/^Query list not found: .*\.nope$/);
    await expect(loadVocabulary({ queriesFile, canonicalFile: '/nonexistent/map.json' })).rejects.toThrow(
      'Canonical label map not found: /nonexistent/map.json',
    );
  });

  it('accepts a byte-order mark in the map', async () => {
    const vocabulary = await loadVocabulary(await files('tank\n', '\uFEFF{"tank": "armour"}'));
    expect(vocabulary.canonical('tank')).toBe('armour');
  });
});

describe('vocabularyFromQueries', () => {
  it('labels queries given on the command line through a map', async () => {
    const { canonicalFile } = await files('', '{"U-boat": "submarine"}');
    const vocabulary = vocabularyFromQueries(['U-Boat', 'u-boat', 'Tank'], await loadCanonicalMap(canonicalFile!));
    expect(vocabulary.queries).toEqual(['u-boat', 'tank']);
    expect(vocabulary.canonical('u-boat')).toBe('submarine');
    expect(vocabularyFromQueries(['Tank'], { tank: 'armour' }).canonical('tank')).toBe('armour');
  });

  it('rejects a query with nothing left after cleaning', () => {
    expect(() => vocabularyFromQueries(['tank', '?'])).toThrow('query 2: "?" is empty once cleaned');
  });
});

describe('the shipped vocabulary in misc/', () => {
  it('has a canonical label for every query, and every label labels itself', async () => {
    const map = await loadCanonicalMap(join(MISC, 'canonical_labels.json'));
    const vocabulary = await loadVocabulary({
      queriesFile: join(MISC, 'query_labels.txt'),
      canonicalFile: join(MISC, 'canonical_labels.json'),
    });
    expect(vocabulary.queries.length).toBeGreaterThanOrEqual(250);
    expect(vocabulary.queries.filter((query) => !map.has(query))).toEqual([]);
    expect([...new Set(map.values())].filter((label) => map.get(label) !== label)).toEqual([]);
    expect(vocabulary.labels.length).toBeGreaterThanOrEqual(60);
    expect(vocabulary.labels.length).toBeLessThanOrEqual(90);
  });
});

describe('loadWordList', () => {
  it("reads the project's meaningless words: one per line, lower-cased, no blanks", async () => {
    const words = await loadWordList(join(MISC, 'meaningless_words.txt'));
    expect(words.size).toBeGreaterThan(100);
    expect(words.has('reprint')).toBe(true);
    expect(words.has('')).toBe(false);
    await expect(loadWordList('/nonexistent/words.txt')).rejects.toThrow(/cannot read the word list \/nonexistent\/words.txt: ENOENT/);
  });
});
