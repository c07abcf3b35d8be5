import { cpSync, readFileSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishablePackages, type DependencyField, type PackageManifest } from './support/publishablePackages.js';
import { runCommand } from './support/runCommand.js';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));
const nx = join(workspaceRoot, 'node_modules', 'nx', 'bin', 'nx.js');
const nxEnv = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

const packages = publishablePackages(workspaceRoot);
/** The files that make up the release setup, copied over the clone so the test sees the working tree's, committed or not. */
const releaseSetup = ['nx.json', 'package.json', 'package-lock.json', ...packages.map((manifest) => join(manifest.dir, 'package.json'))];
const dirs = new Map(packages.map((manifest) => [manifest.name, manifest.dir]));

let clone: string;
let before: Map<string, PackageManifest>;

const git = (...args: string[]) => runCommand('git', args, { cwd: clone });

function bump(version: string, part: 'minor' | 'patch'): string {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!match) throw new Error(`not a plain semver version: ${version}`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  return part === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
}

async function manifestIn(dir: string, name: string): Promise<PackageManifest> {
  return JSON.parse(await readFile(join(dir, dirs.get(name)!, 'package.json'), 'utf8')) as PackageManifest;
}

/**
 * A clone of the repository in which every package was last released at its current version (tagged as nx release
 * tags), then three commits: a feature of @hx4/europeana, a fix of @hx4/smu and a docs change of @hx4/core. Then
 * `nx release --skip-publish` there, as docs/releasing.md cuts a release: it writes, commits and tags.
 */
beforeAll(async () => {
  clone = await mkdtemp(join(tmpdir(), 'hx4-release-versions-'));
  await runCommand('git', ['clone', '--quiet', workspaceRoot, clone], { cwd: tmpdir() });
  for (const file of releaseSetup) cpSync(join(workspaceRoot, file), join(clone, file));
  await symlink(join(workspaceRoot, 'node_modules'), join(clone, 'node_modules'));
  await git('config', 'user.name', 'HX4 release check');
  await git('config', 'user.email', 'release-check@hx4.invalid');
  await git('commit', '--quiet', '--allow-empty', '--all', '--message', "chore: the working tree's release setup");
  const tags = (await git('tag', '--list')).split('\n').filter((tag) => tag !== '');
  if (tags.length > 0) await git('tag', '--delete', ...tags);
  before = new Map(publishablePackages(clone).map((manifest) => [manifest.name, manifest]));
  for (const manifest of before.values()) await git('tag', `${manifest.name}@${manifest.version}`);

  const change = async (file: string, message: string) => {
    await appendFile(join(clone, file), '\n');
    await git('commit', '--quiet', '--all', '--message', message);
  };
  await change('packages/europeana/src/index.ts', 'feat(@hx4/europeana): a new search option');
  await change('packages/smu/src/index.ts', 'fix(@hx4/smu): a wrong page count');
  await change('packages/core/README.md', 'docs(@hx4/core): a clearer example');
  await runCommand(process.execPath, [nx, 'release', '--skip-publish'], { cwd: clone, env: nxEnv });
});

afterAll(async () => {
  await rm(clone, { recursive: true, force: true });
});

describe('nx release after a feature, a fix and a docs change', () => {
  it("moves each package's version as its own commits say, and dependents by a patch", async () => {
    const versionOf = async (name: string) => (await manifestIn(clone, name)).version;
    const version = (name: string) => before.get(name)!.version;
    expect(await versionOf('@hx4/europeana')).toBe(bump(version('@hx4/europeana'), 'minor'));
    expect(await versionOf('@hx4/smu')).toBe(bump(version('@hx4/smu'), 'patch'));
    expect(await versionOf('@hx4/cli')).toBe(bump(version('@hx4/cli'), 'patch'));
    expect(await versionOf('@hx4/core')).toBe(version('@hx4/core'));
    expect(await versionOf('@hx4/sa-kuva')).toBe(version('@hx4/sa-kuva'));
  });

  it('tags each released package @hx4/<name>@<version> on the release commit', async () => {
    const europeana = `@hx4/europeana@${bump(before.get('@hx4/europeana')!.version, 'minor')}`;
    const smu = `@hx4/smu@${bump(before.get('@hx4/smu')!.version, 'patch')}`;
    const atHead = (await git('tag', '--points-at', 'HEAD')).split('\n');
    expect(atHead).toEqual(expect.arrayContaining([europeana, smu]));
    expect(atHead.filter((tag) => tag.startsWith('@hx4/core@') || tag.startsWith('@hx4/sa-kuva@'))).toEqual([]);
    expect(await git('log', '-1', '--format=%s')).toBe('chore(release): publish\n');
  });

  it("writes each released package's CHANGELOG.md from its own commits", async () => {
    const europeana = await readFile(join(clone, 'packages', 'europeana', 'CHANGELOG.md'), 'utf8');
    expect(europeana).toContain(`## ${bump(before.get('@hx4/europeana')!.version, 'minor')}`);
    expect(europeana).toContain('a new search option');
    expect(europeana).not.toContain('a wrong page count');
    expect(await readFile(join(clone, 'packages', 'smu', 'CHANGELOG.md'), 'utf8')).toContain('a wrong page count');
  });

  it('rewrites every range on a released package to a caret on its new version, in package.json and the lock file', async () => {
    const released = ['@hx4/europeana', '@hx4/smu'];
    for (const name of before.keys()) {
      const manifest = await manifestIn(clone, name);
      for (const field of ['dependencies', 'peerDependencies', 'devDependencies'] satisfies DependencyField[]) {
        for (const dependency of released.filter((candidate) => manifest[field]?.[candidate] !== undefined)) {
          expect(manifest[field]![dependency], `${name} ${field} → ${dependency}`).toBe(
            `^${(await manifestIn(clone, dependency)).version}`,
          );
        }
      }
    }
    const lockfile = JSON.parse(readFileSync(join(clone, 'package-lock.json'), 'utf8'));
    expect(lockfile.packages['packages/europeana'].version).toBe((await manifestIn(clone, '@hx4/europeana')).version);
  });
});
