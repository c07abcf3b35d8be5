import { resolve } from 'node:path';
import { startSimulator } from '@hx4/testkit';
import { archives } from '../archives.js';
import { resolveCollectSettings } from '../options/resolveCollectSettings.js';
import { collectMany } from './collectMany.js';
import { configured } from './runCollectCommand.js';
import { mergeAndReport, resolveMergeArgs } from './runMergeCommand.js';

/** Queries the demo asks each simulated archive: enough to show every stage, quick on a laptop. */
const DEMO_QUERY_COUNT = 40;

/**
 * Starts the archive simulator on a free loopback port and runs `hx4 collect all` against it, merge
 * included: a newcomer sees HISTORY_X6 built with no network and no API key.
 */
export async function runDemoCommand(args: Record<string, unknown>): Promise<number> {
  const simulator = await startSimulator({ archives: archives.map((entry) => entry.simulator()) });
  process.stderr.write(`hx4 demo: archive simulator listening on ${simulator.url}\n`);
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
    for (const entry of archives) {
      const settings = await resolveCollectSettings(entry.adapter, { ...collectArgs, endpoint: simulator.endpoint(entry.adapter.id) });
      const { vocabulary } = settings;
      settings.vocabulary = { ...vocabulary, queries: vocabulary.queries.slice(0, DEMO_QUERY_COUNT) };
      // The simulated archives answer to demo keys, so no real key is needed (or sent anywhere).
      settings.apiKey ??= entry.demoApiKey;
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
