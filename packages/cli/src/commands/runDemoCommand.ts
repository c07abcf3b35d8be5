import { resolve } from 'node:path';
import { importIfInstalled } from '../importIfInstalled.js';
import type { InstalledArchives } from '../installedArchives.js';
import { installCommand } from '../installCommand.js';
import { notInstalled } from '../options/notInstalled.js';
import { resolveCollectSettings } from '../options/resolveCollectSettings.js';
import { UsageError } from '../options/UsageError.js';
import { collectMany } from './collectMany.js';
import { configured } from './runCollectCommand.js';
import { mergeAndReport, resolveMergeArgs } from './runMergeCommand.js';

/** Queries the demo asks each simulated archive: enough to show every stage, quick on a laptop. */
const DEMO_QUERY_COUNT = 40;

/**
 * Starts the archive simulator on a free loopback port and runs `hx4 collect all` against it, merge included: a
 * newcomer sees HISTORY_X6 (with all six archives installed) built with no network and no API key. The simulator
 * shell (@hx4/testkit) and the archives' routes are loaded only here: an install for real archives needs neither.
 */
export async function runDemoCommand(args: Record<string, unknown>, archives: InstalledArchives): Promise<number> {
  const testkit = await importIfInstalled('@hx4/testkit', () => import('@hx4/testkit'));
  if (testkit === undefined) {
    throw new UsageError(
      `hx4 demo runs the archive simulators of @hx4/testkit, which is not installed: ${installCommand(['@hx4/testkit'])}`,
    );
  }
  if (archives.installed.length === 0)
    throw new UsageError(`hx4 demo needs an archive: install those you want of ${notInstalled(archives.missing)}`);
  const demos = await Promise.all(archives.installed.map(async (entry) => ({ entry, demo: await entry.demo() })));
  const simulator = await testkit.startSimulator({ archives: demos.map(({ demo }) => demo.simulator) });
  process.stderr.write(`hx4 demo: archive simulator listening on ${simulator.url}\n`);
  if (archives.missing.length > 0) process.stderr.write(`hx4 demo: not installed, so not in the demo: ${notInstalled(archives.missing)}\n`);
  const collectArgs = {
    'dataset-dir': String(args['dataset-dir']),
    'thumbnail-size': ['512,512'],
    'img-mean-std': true,
    'num-workers': 4,
    'val-split-pct': 0.35,
    seed: 42,
    'requests-per-second': 500,
    verbose: args.verbose,
  };
  try {
    const runs = [];
    for (const { entry, demo } of demos) {
      const settings = await resolveCollectSettings(entry.adapter, { ...collectArgs, endpoint: simulator.endpoint(entry.adapter.id) });
      const { vocabulary } = settings;
      settings.vocabulary = { ...vocabulary, queries: vocabulary.queries.slice(0, DEMO_QUERY_COUNT) };
      // The simulated archives answer to demo keys, so no real key is needed (or sent anywhere).
      settings.apiKey ??= demo.apiKey;
      runs.push({ entry: configured(entry, collectArgs, settings), settings });
    }
    const collected = await collectMany(runs, collectArgs);
    const merged = await mergeAndReport(resolveMergeArgs(collectArgs), args.verbose === true);
    process.stderr.write(`hx4 demo: datasets written under ${resolve(String(args['dataset-dir']))}\n`);
    return collected === 0 && merged ? 0 : 1;
  } finally {
    await simulator.close();
  }
}
