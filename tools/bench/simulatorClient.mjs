import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/**
 * Starts the Europeana simulator in a child process (see simulatorProcess.mjs). `options`:
 * `imageCacheBytes` (room for rendered images: with room for all, every image is rendered once and then
 * only served), `totals` and `imageSize` (the corpus, see europeanaSimulator) and an optional `limit` on
 * its images (see HostLimit).
 */
export async function startSimulatorProcess(options) {
  const child = fork(fileURLToPath(new URL('./simulatorProcess.mjs', import.meta.url)), [JSON.stringify(options)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit').then(([code, signal]) => {
    throw new Error(`the simulator process exited with ${signal ?? `code ${code}`}`);
  });
  exited.catch(() => undefined);
  // Messages are answered in order, so each request takes the next message.
  const nextMessage = () => Promise.race([once(child, 'message').then(([message]) => message), exited]);
  const ask = (type) => {
    child.send({ type });
    return nextMessage();
  };
  const { endpoint, mediaOrigin } = await nextMessage();
  return {
    /** The Europeana API's base URL, for `--endpoint`. */
    endpoint,
    /** Where the items' images are: another host name than the API's. */
    mediaOrigin,
    /** The simulator's CPU time so far in ms, to show how much it competed with the measured process. */
    async cpuMs() {
      const { usage } = await ask('cpu');
      return (usage.user + usage.system) / 1000;
    },
    /** Every image request the limit judged so far: `{ at, refused }`, `at` in ms since the simulator started. */
    async arrivals() {
      return (await ask('arrivals')).arrivals;
    },
    close() {
      if (child.connected) child.disconnect();
    },
  };
}
