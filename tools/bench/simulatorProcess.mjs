// The archive simulator, in its own process so that serving never shares an event loop or a libuv pool
// with the measured process. Forked with IPC by simulatorClient.mjs, with its options as JSON in argv[2]:
// it sends { type: 'ready', … } once listening, answers { type: 'cpu' } with its CPU time so far and
// { type: 'arrivals' } with the host limit's record, and closes when the parent disconnects.
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { startSimulator } from '@hx4/testkit';
import { startApiFront } from './apiFront.mjs';

const { imageCacheBytes, totals, imageSize, limit } = JSON.parse(process.argv[2]);
const sim = await startSimulator({
  archives: [europeanaSimulator({ totals, imageSize })],
  imageCacheBytes,
  // Everything the image host serves counts (images, and the script URLs that redirect to them), as a real
  // host counts every request; the API, forwarded from its own host by apiFront, has a policy of its own.
  limit: limit && { ...limit, match: /^(?!\/europeana\/record\/)/ },
});
const mediaOrigin = sim.url.replace('127.0.0.1', 'localhost');
const front = await startApiFront(sim.url, mediaOrigin);

process.on('message', (message) => {
  if (message?.type === 'cpu') process.send({ type: 'cpu', usage: process.cpuUsage() });
  if (message?.type === 'arrivals') process.send({ type: 'arrivals', arrivals: sim.limit?.arrivals ?? [] });
});
process.on('disconnect', () => {
  Promise.all([front.close(), sim.close()]).finally(() => process.exit(0));
});
process.send({
  type: 'ready',
  // The API on 127.0.0.1, the images its items point at on localhost: two host names, as a real archive's
  // search API and its providers' image servers are, so the CLI gives each its own politeness lane.
  endpoint: `${front.url}/europeana/record/v2`,
  mediaOrigin,
});
