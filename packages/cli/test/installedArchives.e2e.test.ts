import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { smuSimulator } from '@hx4/smu/simulator';
import { startSimulator, type Simulator } from '@hx4/testkit';
import { runHx4 } from './support/hx4Process.js';
import { partialInstall, type PartialInstall } from './support/partialInstall.js';

const NOT_INSTALLED = ['national-archive', 'sa-kuva', 'smu', 'wwii', 'ww-vehicles'];
const INSTALL_THE_OTHERS = `npm install ${NOT_INSTALLED.map((id) => `@hx4/${id}`).join(' ')}`;

let sim: Simulator;
let project: PartialInstall;
const hx4 = (args: string[], env?: Record<string, string>) => runHx4(args, env, project.bin);
const installs: PartialInstall[] = [];
const install = async (packages: Parameters<typeof partialInstall>[0]) => {
  const made = await partialInstall(packages);
  installs.push(made);
  return made;
};

/** The published CLI in a project that installed it with Europeana alone (npm install @hx4/cli @hx4/europeana). */
beforeAll(async () => {
  sim = await startSimulator({ archives: [europeanaSimulator({ totals: { tank: 12 }, imageSize: [320, 240] })] });
  project = await install({ linked: ['@hx4/europeana'] });
});
afterAll(async () => {
  await sim.close();
  for (const { dir } of installs) await rm(dir, { recursive: true, force: true });
});

describe('hx4 with one archive installed', () => {
  it('lists the installed archive in --help, and names the others with the command that installs them', async () => {
    for (const args of [['--help'], ['collect', '--help']]) {
      const help = await runHx4(args, {}, project.bin);
      expect(help.code, help.stderr).toBe(0);
      expect(help.stderr).toContain(
        [
          'Archives installed: europeana',
          'Not installed:',
          '  national-archive  npm install @hx4/national-archive',
          '  sa-kuva           npm install @hx4/sa-kuva',
          '  smu               npm install @hx4/smu',
          '  wwii              npm install @hx4/wwii',
          '  ww-vehicles       npm install @hx4/ww-vehicles',
        ].join('\n'),
      );
    }
    const help = await hx4(['collect', '--help']);
    // SMU's own flag comes with SMU.
    expect(help.stderr).not.toContain('--collections');
    expect((await hx4(['--help'])).stderr).toMatch(/Collect archives into datasets: europeana, several,\s+or all/);
  });

  it('answers an archive that is not installed with exit code 2 and the npm install line, writing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-missing-'));
    const run = await hx4(['collect', 'smu', '-d', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('hx4: archive smu is not installed: npm install @hx4/smu\n');
    const beside = await hx4(['collect', 'europeana', 'wwii', '-d', dir]);
    expect(beside.code).toBe(2);
    expect(beside.stderr).toBe('hx4: archive wwii is not installed: npm install @hx4/wwii\n');
    // A flag of an archive that is not installed: yargs knows it not, and the line says where it would come from.
    const flag = await hx4(['collect', 'europeana', '-d', dir, '--collections', 'p15853coll2']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe(
      `hx4: Unknown argument: collections; archives not installed bring flags of their own: ${NOT_INSTALLED.join(', ')} (${INSTALL_THE_OTHERS})\n`,
    );
    expect(await readdir(dir)).toEqual([]);
    // An archive HX4 does not know is still told apart from one not installed.
    const unknown = await hx4(['collect', 'louvre', '-d', dir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^hx4: unknown archive "louvre": choose one of europeana, national-archive, sa-kuva, smu, wwii, ww-vehicles, or all\n$/,
    );
  });

  it('collects every installed archive for "all", says which are left out, and merges what it collected', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-all-installed-'));
    const run = await hx4(['collect', 'all', '-d', dir, '--query', 'tank', '--requests-per-second', '1000'], {
      HX4_EUROPEANA_ENDPOINT: sim.endpoint('europeana'),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`hx4: not installed, so not collected: ${NOT_INSTALLED.join(', ')} (${INSTALL_THE_OTHERS})\n`);
    const collection = JSON.parse(await readFile(join(dir, 'collection-summary.json'), 'utf8'));
    expect(collection.archives.map((archive: { archive: string }) => archive.archive)).toEqual(['europeana']);
    const merged = JSON.parse(await readFile(join(dir, 'HISTORY_X1', 'run-summary.json'), 'utf8'));
    expect(merged.sources.map((source: { archive: string }) => source.archive)).toEqual(['europeana']);
  });

  it('writes hx4 slurm all jobs for the installed archives only, and says which are left out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-slurm-installed-'));
    const run = await hx4(['slurm', 'all', '-d', dir, '--shards', '2']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`not installed, so not in the jobs: ${NOT_INSTALLED.join(', ')} (${INSTALL_THE_OTHERS})\n`);
    const script = await readFile(join(dir, 'slurm', 'hx4-all-2.sbatch'), 'utf8');
    expect(script).toContain('archives=(europeana)');
  });

  it('explains no dataset of an archive that is not installed, and says which package to install', async () => {
    const smu = await startSimulator({ archives: [smuSimulator({ totals: { tank: 3 }, crawlDelay: null })] });
    const dir = await mkdtemp(join(tmpdir(), 'hx4-explain-missing-'));
    try {
      // Made by the workspace's hx4, which has every archive.
      const made = await runHx4([
        'collect',
        'smu',
        '-d',
        dir,
        '--endpoint',
        smu.endpoint('smu'),
        '--query',
        'tank',
        '--metadata-only',
        '--requests-per-second',
        '1000',
      ]);
      expect(made.code, made.stderr).toBe(0);
    } finally {
      await smu.close();
    }
    const [dataset = 'no dataset folder'] = await readdir(dir);
    const explain = await hx4(['explain', join(dir, dataset), 'any-id']);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toBe('hx4: archive smu is not installed: npm install @hx4/smu\n');
  });

  it('refuses hx4 demo without @hx4/testkit, with the npm install line, before anything is written', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'hx4-demo-')), 'demo');
    const run = await hx4(['demo', '-d', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'hx4: hx4 demo runs the archive simulators of @hx4/testkit, which is not installed: npm install @hx4/testkit\n',
    );
    expect(existsSync(dir)).toBe(false);
  });
});

describe('hx4 demo with the testkit and one archive installed', () => {
  it('runs the installed archive against its simulator, says which are left out, and merges', async () => {
    const withTestkit = await install({ linked: ['@hx4/europeana', '@hx4/testkit'] });
    const dir = join(withTestkit.dir, 'demo');
    const run = await runHx4(['demo', '-d', dir], {}, withTestkit.bin);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`hx4 demo: not installed, so not in the demo: ${NOT_INSTALLED.join(', ')} (${INSTALL_THE_OTHERS})\n`);
    const merged = JSON.parse(await readFile(join(dir, 'HISTORY_X1', 'run-summary.json'), 'utf8'));
    expect(merged.sources.map((source: { archive: string }) => source.archive)).toEqual(['europeana']);
    expect(existsSync(join(dir, 'HISTORY_X1', 'report.html'))).toBe(true);
  }, 180_000);
});

describe('hx4 with no archive installed', () => {
  it('says so for "all" and in --help, and still merges datasets, which needs no archive', async () => {
    const bare = await install({});
    const dir = await mkdtemp(join(tmpdir(), 'hx4-none-'));
    const all = await runHx4(['collect', 'all', '-d', dir], {}, bare.bin);
    expect(all.code).toBe(2);
    expect(all.stderr).toMatch(
      /^hx4: no archive is installed: install those you need of europeana, national-archive, .* \(npm install @hx4\/europeana @hx4\/national-archive .*\)\n$/,
    );
    const help = await runHx4(['--help'], {}, bare.bin);
    expect(help.stderr).toContain('Archives installed: none\n');
    expect(help.stderr).toMatch(/Collect archives into datasets \(none is installed:\s+see below\)/);
    // --expect takes any archive HX4 knows: the merge reads datasets, not archives.
    const merge = await runHx4(['merge', '-d', dir, '--expect', 'smu'], {}, bare.bin);
    expect(merge.code).toBe(1);
    expect(merge.stderr).toMatch(/the merge would leave out smu \(missing: no finished dataset of this archive\)/);
  });
});

describe('hx4 with an archive installed but broken', () => {
  it('fails on the missing dependency, naming it, rather than calling the archive not installed', async () => {
    // WWII's package without cheerio, which it parses with.
    const broken = await install({ linked: ['@hx4/europeana'], copied: ['@hx4/wwii'] });
    const help = await runHx4(['--help'], {}, broken.bin);
    expect(help.code).toBe(1);
    expect(help.stderr).toMatch(/^hx4: error: Cannot find package 'cheerio' imported from .*wwii/);
  });
});
