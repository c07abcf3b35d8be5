import { spawn } from 'node:child_process';

/**
 * Runs `node script '<spec as JSON>'` in its own process and SIGKILLs it as soon as `ready()` holds
 * (polled every 20 ms): a kill at a chosen moment of a collection, for kill-and-rerun tests. Resolves
 * with the signal that ended the child (null when it finished before `ready()` held); a child that
 * failed on its own rejects with its stderr.
 */
export async function killWhen(script: string, spec: unknown, ready: () => Promise<boolean>): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [script, JSON.stringify(spec)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
  const running = () => child.exitCode === null && child.signalCode === null;
  while (running() && !(await ready())) await new Promise((resolve) => setTimeout(resolve, 20));
  if (running()) child.kill('SIGKILL');
  const signal = await exited;
  if (signal !== 'SIGKILL' && stderr) throw new Error(`the collection process failed: ${stderr}`);
  return signal;
}
