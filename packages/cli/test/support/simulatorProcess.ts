import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./runSimulator.mjs', import.meta.url));

/** The Europeana simulator in its own process (see runSimulator.mjs): its endpoint, and how to stop it. */
export async function startSimulatorProcess(): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const [endpoint] = (await Promise.race([
    once(lines, 'line'),
    once(child, 'exit').then(([code]) => {
      throw new Error(`the simulator process exited with ${String(code)} before it listened (is the build there? npm test builds it)`);
    }),
  ])) as [string];
  return {
    endpoint,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
