// The image server, in its own process so that serving does not share an event loop or a libuv
// pool with the measured pipeline. Forked with IPC by simulatorClient.mjs: it sends { url } once listening,
// answers { type: 'cpu' } with its CPU time so far, and closes when the parent disconnects.
import { startSimulator } from '@hx4/testkit';

const imageCacheBytes = Number(process.argv[2]);
const sim = await startSimulator({ archives: [], imageCacheBytes });

process.on('message', (message) => {
  if (message?.type === 'cpu') process.send({ type: 'cpu', usage: process.cpuUsage() });
});
process.on('disconnect', () => {
  sim.close().finally(() => process.exit(0));
});
process.send({ type: 'ready', url: sim.url });
