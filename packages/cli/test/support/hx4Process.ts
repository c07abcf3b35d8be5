import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { killWhen } from '@hx4/testkit';

const bin = fileURLToPath(new URL('../../bin/hx4.js', import.meta.url));
const built = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

export interface Hx4Result {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Runs the built `hx4` as a user would: its own process, no terminal. `hx4Bin` is another copy of the bin to run,
 * e.g. one installed in a project (partialInstall.ts).
 */
export function startHx4(
  args: string[],
  env: Record<string, string> = {},
  hx4Bin = bin,
): { child: ChildProcess; done: Promise<Hx4Result> } {
  assertBuilt();
  const child = spawn(process.execPath, [hx4Bin, ...args], {
    env: { ...process.env, ...env, CI: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Hx4Result>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

export const runHx4 = (args: string[], env?: Record<string, string>, hx4Bin?: string) => startHx4(args, env, hx4Bin).done;

/** Runs the built `hx4` as `startHx4` does and SIGKILLs it as soon as `ready()` holds (see `killWhen`). */
export function killHx4When(args: string[], ready: () => Promise<boolean>): Promise<NodeJS.Signals | null> {
  assertBuilt();
  return killWhen(bin, args, ready, { CI: '1' });
}

function assertBuilt(): void {
  if (!existsSync(built)) throw new Error('packages/cli/dist is missing: run `npm run build` (npm test does)');
}
