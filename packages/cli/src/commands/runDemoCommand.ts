import { resolve } from 'node:path';
import { startSimulator } from '@hx4/testkit';
import { archives } from '../archives.js';
import { resolveCollectSettings } from '../options/resolveCollectSettings.js';
import { collectArchive } from './collectArchive.js';

/** Queries the demo asks each simulated archive: enough to show every stage, quick on a laptop. */
const DEMO_QUERY_COUNT = 40;

/**
 * Starts the archive simulator on a free loopback port and runs the full collection of every archive
 * against it: a newcomer sees the whole pipeline work with no network and no API key.
 */
export async function runDemoCommand(args: Record<string, unknown>): Promise<number> {
  const simulator = await startSimulator({ archives: archives.map((entry) => entry.simulator()) });
  process.stderr.write(`hx4 demo: archive simulator listening on ${simulator.url}\n`);
  let exitCode = 0;
  try {
    for (const { adapter } of archives) {
      const collectArgs = {
        'dataset-dir': String(args['dataset-dir']),
        endpoint: simulator.endpoint(adapter.id),
        'thumbnail-size': ['512,512'],
        'img-mean-std': true,
        'num-workers': 4,
        'val-split-pct': 0.35,
        seed: 42,
        'requests-per-second': 500,
        verbose: args.verbose,
      };
      const settings = await resolveCollectSettings(adapter, collectArgs);
      settings.vocabulary = { ...settings.vocabulary, queries: settings.vocabulary.queries.slice(0, DEMO_QUERY_COUNT) };
      const summary = await collectArchive({ adapter, settings, args: collectArgs, prefix: adapter.id });
      if (!summary.complete) exitCode = 1;
    }
  } finally {
    await simulator.close();
  }
  process.stderr.write(`hx4 demo: datasets written under ${resolve(String(args['dataset-dir']))}\n`);
  return exitCode;
}
