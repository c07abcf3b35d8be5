import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/main.js';

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await main(args), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('bad input', () => {
  afterEach(() => vi.restoreAllMocks());

  const cases: [string, (dir: string) => string[], RegExp][] = [
    [
      'reversed dates',
      (d) => ['collect', 'europeana', '-d', d, '--start-date', '1950-01-01', '--end-date', '1940-01-01'],
      /after --end-date/,
    ],
    ['a date that does not exist', (d) => ['collect', 'europeana', '-d', d, '-sdt', '1944-13-01'], /YYYY-MM-DD/],
    ['a bad thumbnail size', (d) => ['collect', 'europeana', '-d', d, '--thumbnail-size', 'abc'], /--thumbnail-size/],
    ['an unknown archive', (d) => ['collect', 'louvre', '-d', d], /unknown archive "louvre"/],
    ['a split fraction above 1', (d) => ['collect', 'europeana', '-d', d, '--val-split-pct', '1.5'], /--val-split-pct/],
    ['zero workers', (d) => ['collect', 'europeana', '-d', d, '-nw', '0'], /--num-workers/],
    ['an endpoint that is not a URL', (d) => ['collect', 'europeana', '-d', d, '--endpoint', 'nowhere'], /--endpoint/],
    ['an unknown flag', (d) => ['collect', 'europeana', '-d', d, '--colour', 'red'], /Unknown argument/],
    ['a missing queries file', (d) => ['collect', 'europeana', '-d', d, '--queries-file', join(d, 'none.txt')], /none\.txt/],
    ['no dataset folder', () => ['collect', 'europeana'], /--dataset-dir/],
    ['a cap of zero requests a second', (d) => ['collect', 'europeana', '-d', d, '--max-rps', '0'], /--max-rps must be a positive number/],
    [
      'a host cap without a number',
      (d) => ['collect', 'europeana', '-d', d, '--max-rps', 'images.example.org=fast'],
      /--max-rps images\.example\.org must be a positive number/,
    ],
    ['a host cap without a host', (d) => ['collect', 'europeana', '-d', d, '--max-rps', '=5'], /--max-rps HOST=N needs a host name/],
    ['a request budget of zero', (d) => ['collect', 'national-archive', '-d', d, '--max-requests', '0'], /--max-requests/],
    [
      'a reversed window for SA-Kuva',
      (d) => ['collect', 'sa-kuva', '-d', d, '-sdt', '1945-01-01', '-edt', '1939-01-01'],
      /after --end-date/,
    ],
    [
      'one date only where the archive has no window',
      (d) => ['collect', 'ww-vehicles', '-d', d, '--start-date', '1939-01-01'],
      /give both --start-date and --end-date/,
    ],
    ['a bad endpoint for SMU', (d) => ['collect', 'smu', '-d', d, '--endpoint', 'ftp://example.org'], /--endpoint/],
    ['one bad archive among good ones', (d) => ['collect', 'europeana', 'louvre', '-d', d], /unknown archive "louvre"/],
    [
      'a bad value of an archive’s own flag',
      (d) => ['collect', 'smu', '-d', d, '--collections', 'ryr,ryr/../x'],
      /^hx4: --collections: "ryr\/\.\.\/x" is not a CONTENTdm collection alias/,
    ],
    [
      'an archive’s own flag for an archive not collected',
      (d) => ['collect', 'europeana', '-d', d, '--collections', 'ryr'],
      /--collections is an option of smu, which is not being collected/,
    ],
    ['a merge of a folder that does not exist', (d) => ['merge', '-d', join(d, 'none')], /is not a folder/],
    ['a merge with a zero chunk size', (d) => ['merge', '-d', d, '--chunk-size', '0'], /--chunk-size/],
    ['a merge with a perceptual threshold out of range', (d) => ['merge', '-d', d, '--phash-threshold', '40'], /perceptual threshold/],
  ];

  for (const [name, args, message] of cases) {
    it(`answers ${name} with one line and exit code 2, writing nothing`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'hx4-bad-'));
      const { code, stderr } = await run(args(dir));
      expect(code).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(await readdir(dir)).toEqual([]);
    });
  }

  it('refuses a dataset folder below a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-bad-'));
    await writeFile(join(dir, 'file'), 'x');
    const { code, stderr } = await run(['collect', 'europeana', '-d', join(dir, 'file', 'sub')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a directory/);
    expect(await readdir(dir)).toEqual(['file']);
  });
});
