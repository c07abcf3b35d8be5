import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskSorter } from '../src/fs/DiskSorter.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hx4-sorter-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('DiskSorter', () => {
  it('sorts by key across many runs, equal keys in the order they were added, and can be read twice', async () => {
    // A chunk of ~40 characters: a run every two items, so the merge does the sorting.
    const sorter = await DiskSorter.create<{ key: string; n: number }>(dir, (item) => item.key, 40);
    const items = Array.from({ length: 200 }, (_, n) => ({ key: `k${String((n * 37) % 23).padStart(2, '0')}`, n }));
    for (const item of items) await sorter.add(item);
    const runs = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.jsonl'));
    expect(runs.length).toBeGreaterThan(50);
    const expected = [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.n - b.n));
    expect(await all(sorter.sorted())).toEqual(expected);
    expect(await all(sorter.sorted())).toEqual(expected);
    expect(sorter.size).toBe(200);
  });

  it('keeps strings with line breaks, quotes and non-Latin text intact', async () => {
    const sorter = await DiskSorter.create<{ key: string; text: string }>(dir, (item) => item.key, 10);
    const texts = ['a\nb\r\nc', 'say "hi"', 'Äänekoski – Вязьма', 'line\u2028separator'];
    for (const [index, text] of texts.entries()) await sorter.add({ key: String(texts.length - index), text });
    expect((await all(sorter.sorted())).map((item) => item.text)).toEqual([...texts].reverse());
  });

  it('leaves nothing behind once removed', async () => {
    const sorter = await DiskSorter.create<string>(dir, (item) => item, 1);
    for (const item of ['b', 'a', 'c']) await sorter.add(item);
    expect(await all(sorter.sorted())).toEqual(['a', 'b', 'c']);
    await sorter.remove();
    expect(await readdir(dir)).toEqual([]);
  });

  it('stops reading its runs when the reader stops early', async () => {
    const sorter = await DiskSorter.create<string>(dir, (item) => item, 1);
    for (const item of ['b', 'a', 'c']) await sorter.add(item);
    for await (const item of sorter.sorted()) {
      expect(item).toBe('a');
      break;
    }
    await sorter.remove();
    expect(await readdir(dir)).toEqual([]);
  });
});
