import { spawn } from 'node:child_process';

/**
 * Runs `node script ...args` in its own process and SIGKILLs it as soon as `ready()` holds (polled every
 * 20 ms): a kill at a chosen moment of a collection, for kill-and-rerun tests. Resolves with the signal that
 * ended the child (null when it finished before `ready()` held); a child that failed on its own (a non-zero
 * exit code) rejects with its stderr.
 */
export async function killWhen(
  script: string,
  args: readonly string[],
  ready: () => Promise<boolean>,
  env: Readonly<Record<string, string>> = {},
): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  while (running() && !(await ready())) await new Promise((resolve) => setTimeout(resolve, 20));
  if (running()) child.kill('SIGKILL');
  const { code, signal } = await exited;
  if (signal !== 'SIGKILL' && code !== 0) throw new Error(`the process failed (exit code ${String(code)}): ${stderr}`);
  return signal;
}
