import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from './cliRun.mjs';
import { QUERIES, corpusTotals } from './europeanaCorpus.mjs';
import { fixed, formatCounts, percent, politenessTable } from './formatTable.mjs';
import { startSimulatorProcess } from './simulatorClient.mjs';

const MiB = 1024 * 1024;
/** Small images: here the host's limit is measured, not image work, and the simulator renders them as asked. */
const IMAGE_SIZE = [640, 480];
/** A strict host also refuses above a few open requests (the CLI sends up to -nw 8). */
const MAX_IN_FLIGHT = 4;
const RETRY_AFTER_SECONDS = 1;
/** Refusals while the lane finds the limit are expected; after this long it should have found it. */
const SETTLE_MS = 10_000;
const TARGETS = { refusedAfterSettling: 0.02, timeOverLimit: 1.3 };

/**
 * `hx4 collect` with its defaults against an image host that refuses (429 with Retry-After) above `rate`
 * requests per second or MAX_IN_FLIGHT open requests, knowing nothing of the limit beforehand. Reports
 * whether every image was stored (as many as `expectedStored`, the unlimited run's count), the share
 * of requests refused once the lane had `SETTLE_MS` to settle, and the images stage's time against the
 * least the limit allows (the requests served, at `rate`).
 */
export async function benchStrictHost(root, { images, strictRate: rate }, expectedStored, log) {
  const simulator = await startSimulatorProcess({
    imageCacheBytes: 64 * MiB,
    totals: corpusTotals(images),
    imageSize: IMAGE_SIZE,
    limit: { requestsPerSecond: rate, maxInFlight: MAX_IN_FLIGHT, retryAfterSeconds: RETRY_AFTER_SECONDS },
  });
  let run;
  let arrivals;
  try {
    const baseDir = join(root, 'strict');
    await mkdir(baseDir, { recursive: true });
    run = await runCli({ endpoint: simulator.endpoint, queries: QUERIES, baseDir, logFile: `${baseDir}.log`, extraArgs: [] });
    arrivals = await simulator.arrivals();
  } finally {
    simulator.close();
  }
  const { images: stored, rows, timingsMs, politeness } = run.summary;
  const firstAt = arrivals[0]?.at ?? 0;
  const late = arrivals.filter((arrival) => arrival.at - firstAt >= SETTLE_MS);
  const refused = arrivals.filter((arrival) => arrival.refused).length;
  // NaN (shown as "-") when the images took less than SETTLE_MS.
  const lateShare = late.filter((arrival) => arrival.refused).length / late.length;
  // The least the limit allows: every request the images need, one per image URL plus the redirects of
  // script URLs, served at `rate`.
  const served = arrivals.length - refused;
  const imagesSeconds = timingsMs.images / 1000;
  const timeRatio = imagesSeconds / (served / rate);
  // Without an unlimited run to compare with, every failure must at least be one the image itself caused.
  const allStored =
    expectedStored === null ? Object.keys(stored.failed).every((reason) => !/429|503|timeout/.test(reason)) : stored.ok === expectedStored;
  log(`strict host: ${stored.ok} images stored, ${refused} of ${arrivals.length} requests refused, images stage ${fixed(imagesSeconds)} s`);

  const verdict = (pass) => (pass ? 'PASS' : 'MISSED');
  const mediaCeiling = politeness.find((lane) => lane.lane === 'media')?.ceiling.requestsPerSecond;
  const failures = formatCounts(stored.failed);
  console.log(
    [
      '',
      `Strict image host: at most ${rate} requests in any second and ${MAX_IN_FLIGHT} open, else 429 with Retry-After: ${RETRY_AFTER_SECONDS}`,
      `(testkit HostLimit on every request to the image host; ${IMAGE_SIZE.join('×')} images drawn on demand: the limit is measured, not image work)`,
      `hx4 collect europeana with its defaults (-nw 8, media ceiling ${mediaCeiling}/s, adapting): ${rows.images} image URLs, ${served} requests served`,
      `  every image stored:          ${stored.ok}${expectedStored === null ? '' : ` (${expectedStored} without the limit)`}: ${verdict(allStored)}; failed: ${failures}`,
      `  refused after ${SETTLE_MS / 1000} s:         ${late.filter((arrival) => arrival.refused).length} of ${late.length} requests = ${percent(lateShare)} (target ≤ ${percent(TARGETS.refusedAfterSettling)}): ${verdict(lateShare <= TARGETS.refusedAfterSettling)}; in all ${refused} of ${arrivals.length}`,
      `  images stage:                ${fixed(imagesSeconds)} s; the limit allows ${fixed(served / rate)} s (${served} requests / ${rate} per s) → ${fixed(timeRatio, 2)}× (target ≤ ${TARGETS.timeOverLimit}×): ${verdict(timeRatio <= TARGETS.timeOverLimit)}`,
      `                               per image URL (${rows.images} / ${rate} per s = ${fixed(rows.images / rate)} s): ${fixed((imagesSeconds * rate) / rows.images, 2)}×`,
      `  whole run:                   ${fixed(run.wallSeconds)} s`,
      `  served/refused each second:  ${timeline(arrivals, firstAt)}`,
      'politeness in run-summary.json:',
      ...politenessTable(politeness).map((line) => `  ${line}`),
    ].join('\n'),
  );
}

/** Requests served in each second from the first, with the refused after a slash: `40/3 5 32/2 …`. */
function timeline(arrivals, firstAt) {
  const seconds = [];
  for (const { at, refused } of arrivals) {
    const second = (seconds[Math.floor((at - firstAt) / 1000)] ??= { served: 0, refused: 0 });
    second[refused ? 'refused' : 'served'] += 1;
  }
  return Array.from(seconds, (second = { served: 0, refused: 0 }) =>
    second.refused ? `${second.served}/${second.refused}` : String(second.served),
  ).join(' ');
}
