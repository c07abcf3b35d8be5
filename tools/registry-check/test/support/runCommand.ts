import { spawn } from 'node:child_process';

/**
 * Variables an enclosing `npm test` or Nx task sets for its own children (npm's `npm_config_*`, Nx's `NX_TASK_*`)
 * and HX4's own overrides (`HX4_MISC_DIR`, `HX4_<ARCHIVE>_ENDPOINT`): a child that inherited them would install,
 * publish or collect as the workspace is set up, not as a user's fresh project is.
 */
const INHERITED_SETTINGS = /^(npm_|nx_|hx4_)/i;

/** The test's environment less `INHERITED_SETTINGS`, plus `extra`. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED_SETTINGS.test(name)));
  return { ...env, ...extra };
}

export interface CommandOptions {
  cwd: string;
  env?: Record<string, string>;
}

/**
 * Runs a command to its end without blocking the test's event loop (the simulator answers from it) and returns
 * what it printed; rejects with all of it unless the command exits 0.
 */
export function runCommand(command: string, args: readonly string[], { cwd, env }: CommandOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${[command, ...args].join(' ')} (in ${cwd}) ended with ${signal ?? `exit code ${code}`}:\n${output}`));
    });
  });
}
