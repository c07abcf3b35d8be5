import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { killWhen } from '../src/index.js';

describe('killWhen', () => {
  let dir: string;
  /** A child that writes its first argument to the file named by HX4_MARK, then waits, or exits with its second. */
  let child: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hx4-kill-when-'));
    child = join(dir, 'child.mjs');
    await writeFile(
      child,
      [
        "import { writeFileSync } from 'node:fs';",
        'const [text, exitCode] = process.argv.slice(2);',
        'writeFileSync(process.env.HX4_MARK, text);',
        "if (exitCode !== undefined) { process.stderr.write('went wrong\\n'); process.exit(Number(exitCode)); }",
        'setInterval(() => {}, 1000);',
      ].join('\n'),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('kills the child with SIGKILL once the state it waits for holds', async () => {
    const mark = join(dir, 'waiting');
    expect(await killWhen(child, ['here'], async () => existsSync(mark), { HX4_MARK: mark })).toBe('SIGKILL');
  });

  it('resolves null when the child finished first, and rejects with its stderr when it failed', async () => {
    const done = join(dir, 'done');
    expect(await killWhen(child, ['x', '0'], async () => false, { HX4_MARK: done })).toBeNull();
    await expect(killWhen(child, ['x', '3'], async () => false, { HX4_MARK: join(dir, 'failed') })).rejects.toThrow(
      /exit code 3\): went wrong/,
    );
  });
});
