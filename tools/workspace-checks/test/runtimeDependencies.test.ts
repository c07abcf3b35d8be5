import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packagesDir = fileURLToPath(new URL('../../../packages', import.meta.url));

/** `from 'x'`, `import 'x'`, `import('x')` and `createRequire(…)('x')`: every package the code loads, by a bare name. */
const SPECIFIER = /(?:from\s+|import\s*\(\s*|import\s+|createRequire\([^)]*\)\()'([^'.][^']*)'/g;

const packageName = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The packages the published code of `pkg` (its src/) loads, built-ins left out. */
function importedPackages(pkg: string): string[] {
  const names = sourceFiles(join(packagesDir, pkg, 'src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((match) => packageName(match[1]!)),
  );
  return [...new Set(names)].filter((name) => !name.startsWith('node:') && name !== `@hx4/${pkg}`).sort();
}

interface Manifest {
  nx?: { tags?: string[] };
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const withSource = readdirSync(packagesDir).filter((pkg) => existsSync(join(packagesDir, pkg, 'src')));
const manifest = (pkg: string) => JSON.parse(readFileSync(join(packagesDir, pkg, 'package.json'), 'utf8')) as Manifest;

describe('what each package carries at run time', () => {
  it.each(withSource)('%s: its dependencies, optional ones and optional peers are exactly the packages its code loads', (pkg) => {
    const { dependencies = {}, optionalDependencies = {}, peerDependencies = {}, peerDependenciesMeta = {} } = manifest(pkg);
    const declared = [...Object.keys(dependencies), ...Object.keys(optionalDependencies), ...Object.keys(peerDependencies)];
    expect(declared.sort()).toEqual(importedPackages(pkg));
    // A peer here is a package some users need and others do not (the testkit, an archive for the CLI).
    for (const peer of Object.keys(peerDependencies)) expect(peerDependenciesMeta[peer]).toEqual({ optional: true });
  });

  it('an archive depends on @hx4/core and what it parses with; the testkit is an optional peer, for its simulator', () => {
    const archives = withSource.filter((pkg) => manifest(pkg).nx?.tags?.includes('type:archive'));
    expect(archives.sort()).toEqual(['europeana', 'national-archive', 'sa-kuva', 'smu', 'ww-vehicles', 'wwii']);
    for (const archive of archives) {
      const { dependencies = {}, peerDependencies = {} } = manifest(archive);
      expect(Object.keys(dependencies).filter((name) => name.startsWith('@hx4/'))).toEqual(['@hx4/core']);
      expect(Object.keys(peerDependencies)).toEqual(['@hx4/testkit']);
    }
  });
});
