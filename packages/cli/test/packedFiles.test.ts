import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const vocabularyDir = fileURLToPath(new URL('../../../misc', import.meta.url));

/** The files `npm pack` puts in @hx4/cli's tarball (its lifecycle scripts run, as on publish). */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: packageDir, encoding: 'utf8' });
  const [tarball] = JSON.parse(out) as [{ files: { path: string }[] }];
  return tarball.files.map((file) => file.path);
}

describe('the published @hx4/cli', () => {
  it('carries the default vocabulary, every file of misc/, and no build or test leftovers', () => {
    const files = packedFiles();
    for (const file of readdirSync(vocabularyDir)) expect(files).toContain(`misc/${file}`);
    expect(files).toContain('bin/hx4.js');
    expect(files).toContain('dist/main.js');
    expect(files.filter((file) => file.endsWith('.tsbuildinfo') || file.startsWith('test/'))).toEqual([]);
    // The copy exists only while packing: a clone keeps reading the repository's misc/.
    expect(existsSync(fileURLToPath(new URL('../misc', import.meta.url)))).toBe(false);
  });
});
