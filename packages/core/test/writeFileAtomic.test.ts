import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempPathFor, writeFileAtomic } from '@hx4/core';
import { removeStaleTempFiles } from '../src/fs/writeFileAtomic.js';

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temp file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-atomic-'));
    const path = join(dir, 'nested', 'a.txt');
    await writeFileAtomic(path, 'first');
    await writeFileAtomic(path, 'second');
    expect(await readFile(path, 'utf8')).toBe('second');
    expect(await readdir(join(dir, 'nested'))).toEqual(['a.txt']);
  });

  it('leaves the old file in place when the write fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-atomic-'));
    const path = join(dir, 'a.txt');
    await writeFileAtomic(path, 'kept');
    await expect(writeFileAtomic(join(path, 'child'), 'x')).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('kept');
  });

  it('writes text given in chunks, and keeps the old file whole when the chunks fail midway', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-atomic-'));
    const path = join(dir, 'lines.jsonl');
    await writeFileAtomic(path, ['{"id":"a"}\n', '{"id":"é"}\n']);
    expect(await readFile(path, 'utf8')).toBe('{"id":"a"}\n{"id":"é"}\n');
    async function* failing(): AsyncGenerator<string> {
      yield '{"id":"b"}\n';
      throw new Error('disk gone');
    }
    await expect(writeFileAtomic(path, failing())).rejects.toThrow('disk gone');
    expect(await readFile(path, 'utf8')).toBe('{"id":"a"}\n{"id":"é"}\n');
    expect(await readdir(dir)).toEqual(['lines.jsonl']);
  });

  it('clears the temp files a killed writer left, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-atomic-'));
    await writeFile(tempPathFor(join(dir, 'metadata.csv')), 'half');
    await writeFile(join(dir, 'metadata.csv'), 'whole');
    await writeFile(join(dir, '.hidden.tmp'), 'not ours');
    await removeStaleTempFiles(dir);
    expect((await readdir(dir)).sort()).toEqual(['.hidden.tmp', 'metadata.csv']);
    await removeStaleTempFiles(join(dir, 'missing'));
  });
});
