import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { saKuvaSimulator } from '@hx4/sa-kuva/simulator';
import { startSimulator, type Simulator } from '@hx4/testkit';
import { expectFinishedDataset } from './support/expectFinishedDataset.js';
import { installProject, type InstalledPackage } from './support/installProject.js';
import { entryFiles, publishablePackages } from './support/publishablePackages.js';
import { publishedVersion, unpackTarball } from './support/registryContents.js';
import { runCommand } from './support/runCommand.js';
import { startRegistry, type Registry } from './support/startRegistry.js';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));
const nx = join(workspaceRoot, 'node_modules', 'nx', 'bin', 'nx.js');
const tsc = join(workspaceRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const workspaceManifest = JSON.parse(readFileSync(join(workspaceRoot, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

let work: string;
let registry: Registry;
let sim: Simulator;
const cleanups: (() => Promise<void>)[] = [];

/**
 * A registry of our own on 127.0.0.1 that receives what `nx release publish` publishes: each package's
 * nx-release-publish target, i.e. `npm publish` of the package folder with its lifecycle scripts, exactly as a
 * release publishes to npm. The simulator serves the archives the installed packages collect from.
 */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hx4-registry-check-'));
  cleanups.push(() => rm(work, { recursive: true, force: true }));
  expect(relative(workspaceRoot, work)).toMatch(/^\.\./);
  registry = await startRegistry(join(work, 'registry'));
  cleanups.push(() => registry.stop());
  sim = await startSimulator({
    archives: [
      europeanaSimulator({ totals: { zeppelin: 12, biplane: 12, tank: 12 }, imageSize: [320, 240] }),
      saKuvaSimulator({ totals: { lentokone: 12, panssarivaunu: 12 }, imageSize: [320, 240] }),
    ],
  });
  cleanups.push(() => sim.close());
  await runCommand(process.execPath, [nx, 'release', 'publish', '--registry', registry.url], {
    cwd: workspaceRoot,
    env: { NPM_CONFIG_USERCONFIG: registry.publishConfig, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
});

afterAll(async () => {
  const failures: unknown[] = [];
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => failures.push(error));
  if (failures.length > 0) throw new AggregateError(failures, 'cleaning up after the registry check failed');
});

/** Every installed @hx4 package is the very tarball this run published (same integrity), not one from elsewhere or a cache. */
async function expectFromRegistry(installed: Map<string, InstalledPackage>): Promise<void> {
  for (const [name, { version, integrity }] of installed) {
    expect((await publishedVersion(registry.url, name, version)).dist.integrity, `${name}@${version}`).toBe(integrity);
  }
}

describe('every package, published', () => {
  it('is in the registry at its workspace version, with its entry points, the sources its maps point to and no build or test leftovers', async () => {
    const packages = publishablePackages(workspaceRoot);
    expect(packages.map((manifest) => manifest.name)).toEqual(expect.arrayContaining(['@hx4/core', '@hx4/cli', '@hx4/europeana']));
    const tarballs = join(work, 'tarballs');
    await mkdir(tarballs);
    for (const manifest of packages) {
      const { root, files } = await unpackTarball(await publishedVersion(registry.url, manifest.name, manifest.version), tarballs);
      expect(files, manifest.name).toEqual(expect.arrayContaining(['package.json', 'README.md', ...entryFiles(manifest)]));
      const leftovers = files.filter(
        (file) => file.endsWith('.tsbuildinfo') || /(^|\/)test\//.test(file) || /\.test\.[cm]?[jt]s$/.test(file),
      );
      expect(leftovers, manifest.name).toEqual([]);
      // Source maps and declaration maps lead a debugger and "go to definition" to the TypeScript they came from.
      // A source missing here is left out of `files`, or gone from src/ while dist/ kept what an earlier build
      // wrote (remove the package's dist/ and build again).
      for (const map of files.filter((file) => file.endsWith('.map'))) {
        const { sources } = JSON.parse(readFileSync(join(root, map), 'utf8')) as { sources: string[] };
        for (const source of sources) expect(files, `${manifest.name}: ${map}`).toContain(posix.join(posix.dirname(map), source));
      }
      if (manifest.name === '@hx4/cli') {
        expect(files).toEqual(
          expect.arrayContaining(['misc/query_labels.txt', 'misc/canonical_labels.json', 'misc/meaningless_words.txt']),
        );
      }
    }
  });

  it('names the other @hx4 packages by a caret range on the version released beside it', async () => {
    const packages = publishablePackages(workspaceRoot);
    const released = new Map(packages.map((manifest) => [manifest.name, manifest.version]));
    for (const manifest of packages) {
      const published = await publishedVersion(registry.url, manifest.name, manifest.version);
      const named = [published.dependencies, published.peerDependencies, published.devDependencies].flatMap((ranges) =>
        Object.entries(ranges ?? {}).filter(([name]) => name.startsWith('@hx4/')),
      );
      for (const [name, range] of named) expect(range, `${manifest.name} → ${name}`).toBe(`^${released.get(name) ?? '(not released)'}`);
    }
  });
});

describe('@hx4/cli and @hx4/europeana, installed alone in a new project', () => {
  let project: string;
  let installed: Map<string, InstalledPackage>;

  beforeAll(async () => {
    project = join(work, 'cli-project');
    installed = await installProject(project, registry.url, ['@hx4/cli', '@hx4/europeana']);
  });

  it('come from the registry, as published', async () => {
    expect([...installed.keys()]).toEqual(expect.arrayContaining(['@hx4/cli', '@hx4/europeana', '@hx4/core']));
    await expectFromRegistry(installed);
  });

  it('are only what the CLI and Europeana need: no other archive, no testkit', () => {
    expect([...installed.keys()].sort()).toEqual(['@hx4/cli', '@hx4/core', '@hx4/europeana', '@hx4/export', '@hx4/merge', '@hx4/report']);
  });

  it('collect a finished dataset with npx hx4 collect europeana, labelled by the packed default vocabulary', async () => {
    // The queries are given, the canonical labels come from the vocabulary @hx4/cli carries (zeppelin → airship).
    const queries = ['zeppelin', 'biplane', 'tank'].flatMap((query) => ['--query', query]);
    const args = ['collect', 'europeana', '-d', 'datasets', '--endpoint', sim.endpoint('europeana'), ...queries];
    await runCommand('npx', ['--no-install', 'hx4', ...args, '--requests-per-second', '1000', '--thumbnail-size', '128,128'], {
      cwd: project,
    });
    const rows = await expectFinishedDataset(join(project, 'datasets'), ['airship', 'aircraft', 'tank']);
    expect(rows.map((row) => row.label)).toContain('airship');
  });
});

describe('@hx4/core and @hx4/sa-kuva, installed alone and used from TypeScript', () => {
  let project: string;
  let installed: Map<string, InstalledPackage>;

  beforeAll(async () => {
    project = join(work, 'library-project');
    installed = await installProject(project, registry.url, ['@hx4/core', '@hx4/sa-kuva']);
    // What any TypeScript project on Node has; @hx4/core's declarations use Node's types.
    await runCommand(
      'npm',
      ['install', '--save-dev', '--no-audit', '--no-fund', `@types/node@${workspaceManifest.devDependencies['@types/node']}`],
      {
        cwd: project,
      },
    );
    await writeFile(join(project, 'queries.txt'), 'lentokone\npanssarivaunu\n');
    await writeFile(join(project, 'canonical_labels.json'), JSON.stringify({ lentokone: 'aircraft', panssarivaunu: 'tank' }));
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023'],
          types: ['node'],
          strict: true,
          // The published declarations themselves are checked, not only what collect.ts uses of them.
          skipLibCheck: false,
          outDir: 'dist',
        },
        files: ['collect.ts'],
      }),
    );
    await writeFile(
      join(project, 'collect.ts'),
      [
        "import { collect, createHttpClient, loadVocabulary, resolveImageSettings, type RunSummary } from '@hx4/core';",
        "import { saKuvaAdapter } from '@hx4/sa-kuva';",
        '',
        "const http = createHttpClient({ userAgent: 'hx4-registry-check', defaultPolicy: { requestsPerSecond: 1000, concurrency: 4 } });",
        'try {',
        "  const vocabulary = await loadVocabulary({ queriesFile: 'queries.txt', canonicalFile: 'canonical_labels.json' });",
        '  const summary: RunSummary = await collect({',
        '    adapter: saKuvaAdapter,',
        "    baseDir: 'datasets',",
        `    endpoint: ${JSON.stringify(sim.endpoint('sa-kuva'))},`,
        '    vocabulary,',
        '    http,',
        '    images: resolveImageSettings({ thumbnailSize: [128, 128] }),',
        '  });',
        '  console.log(`${summary.dataset}: ${summary.rows.accepted} rows`);',
        '} finally {',
        '  await http.close();',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('come from the registry, as published, without the CLI', async () => {
    expect([...installed.keys()]).toEqual(expect.arrayContaining(['@hx4/core', '@hx4/sa-kuva']));
    expect(installed.has('@hx4/cli')).toBe(false);
    await expectFromRegistry(installed);
  });

  it('are only core and the adapter: no testkit', () => {
    expect([...installed.keys()].sort()).toEqual(['@hx4/core', '@hx4/sa-kuva']);
  });

  it('type-check a collect() call against the published declarations, and run it to a finished dataset', async () => {
    await runCommand(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project });
    const printed = await runCommand(process.execPath, [join('dist', 'collect.js')], { cwd: project });
    expect(printed).toMatch(/^SA_KUVA_\S+: [1-9]\d* rows$/m);
    await expectFinishedDataset(join(project, 'datasets'), ['aircraft', 'tank']);
  });
});
