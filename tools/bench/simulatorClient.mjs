import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/**
 * Starts the simulator in a child process (see simulatorProcess.mjs) with room for `imageCacheBytes`
 * of rendered images, so every image is rendered once and then only served.
 */
export async function startSimulatorProcess(imageCacheBytes) {
  const child = fork(fileURLToPath(new URL('./simulatorProcess.mjs', import.meta.url)), [String(imageCacheBytes)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit').then(([code, signal]) => {
    throw new Error(`the simulator process exited with ${signal ?? `code ${code}`}`);
  });
  exited.catch(() => undefined);
  // Messages are answered in order, so each request takes the next message.
  const nextMessage = () => Promise.race([once(child, 'message').then(([message]) => message), exited]);
  const { url } = await nextMessage();
  return {
    url,
    /** The simulator's CPU time so far in ms, to show how much it competed with the measured process. */
    async cpuMs() {
      child.send({ type: 'cpu' });
      const { usage } = await nextMessage();
      return (usage.user + usage.system) / 1000;
    },
    close() {
      if (child.connected) child.disconnect();
    },
  };
}
