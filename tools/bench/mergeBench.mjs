import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasurement } from './childProcess.mjs';

const MiB = 1024 * 1024;
const script = fileURLToPath(new URL('./mergeRun.mjs', import.meta.url));

/**
 * `hx4 merge` of generated per-archive datasets (CSV rows and cached image hashes, no image files: the
 * merge as on a rerun). Run twice: with Node's default heap, and with the heap capped, which shows the
 * data the merge really holds is bounded (the default heap simply collects garbage later).
 */
export async function benchMerge(root, { archives, rows }, log) {
  const results = [];
  for (const [label, nodeArgs] of [
    ['default heap', []],
    ['heap capped at 256 MB', ['--max-old-space-size=256']],
  ]) {
    const run = await runMeasurement(script, { dir: join(root, `merge-${results.length}`), archives, rows }, nodeArgs);
    log(
      `merge ${run.rows} rows of ${archives} archives (${label}): ${run.seconds.toFixed(1)} s, peak RSS ${(run.peakRss / MiB).toFixed(0)} MB`,
    );
    results.push({ label, ...run });
  }
  console.log('');
  console.log(`Merge benchmark: ${rows} rows in ${archives} generated archives → HISTORY_X${archives}`);
  console.log('run                      seconds  rows/s   peak RSS  merged rows  duplicates url/bytes/perceptual (planted)');
  for (const run of results) {
    const found = `${run.duplicates.url}/${run.duplicates.bytes}/${run.duplicates.perceptual}`;
    const planted = `${run.planted.url}/${run.planted.bytes}/${run.planted.perceptual}`;
    console.log(
      `${run.label.padEnd(24)} ${run.seconds.toFixed(1).padStart(7)}  ${Math.round(run.rows / run.seconds)
        .toString()
        .padStart(6)}  ${`${(run.peakRss / MiB).toFixed(0)} MB`.padStart(8)}  ${String(run.merged).padStart(11)}  ${found} (${planted})`,
    );
  }
}
