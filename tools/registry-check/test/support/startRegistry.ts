import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { childEnv } from './runCommand.js';

export interface Registry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  /** An npm user config holding a token that may publish to this registry (for `NPM_CONFIG_USERCONFIG`). */
  publishConfig: string;
  stop(): Promise<void>;
}

const STARTUP_LIMIT_MS = 60_000;

const verdaccioBin = join(dirname(createRequire(import.meta.url).resolve('verdaccio/package.json')), 'bin', 'verdaccio');

/**
 * A Verdaccio npm registry on 127.0.0.1 serving only `@hx4/*`, with no uplink: anything it serves was published to
 * it in this run. Its storage, config and users live in `dir`. Rejects, with Verdaccio's output, when it does not
 * answer within a minute.
 */
export async function startRegistry(dir: string): Promise<Registry> {
  await mkdir(dir, { recursive: true });
  const config = join(dir, 'config.yaml');
  await writeFile(
    config,
    [
      `storage: ${JSON.stringify(join(dir, 'storage'))}`,
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(dir, 'htpasswd'))}`,
      'uplinks: {}',
      'packages:',
      "  '@hx4/*':",
      '    access: $all',
      '    publish: $authenticated',
      'web:',
      '  enable: false',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(process.execPath, [verdaccioBin, '--config', config, '--listen', `127.0.0.1:${port}`], {
    env: childEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  };
  try {
    await answering(url, () => child.exitCode ?? child.signalCode);
    const publishConfig = join(dir, 'npmrc');
    await writeFile(publishConfig, `//127.0.0.1:${port}/:_authToken=${await publishToken(url)}\n`);
    return { url, publishConfig, stop };
  } catch (error) {
    await stop();
    throw new Error(`Verdaccio (${verdaccioBin}) did not start on ${url}: ${(error as Error).message}\n${output}`, { cause: error });
  }
}

/** Waits until the registry answers its ping, failing early when its process has ended. */
async function answering(url: string, ended: () => number | string | null): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  for (;;) {
    const end = ended();
    if (end !== null) throw new Error(`it exited (${end})`);
    const ping = await fetch(new URL('-/ping', url)).catch(() => null);
    if (ping?.ok) return;
    if (Date.now() > deadline) throw new Error(`no answer within ${STARTUP_LIMIT_MS / 1000} s`);
    await sleep(200);
  }
}

/** Signs up the registry's one user (as `npm adduser` does) and returns its token. */
async function publishToken(url: string): Promise<string> {
  const response = await fetch(new URL('-/user/org.couchdb.user:hx4-release', url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'hx4-release', password: 'hx4-registry-check' }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(`signing up a publisher failed: ${response.status} ${body.error ?? ''}`);
  return body.token;
}

/** A port nothing listens on now (the OS picks it; it could in theory be taken before Verdaccio binds it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === 'string') reject(new Error(`unexpected server address ${String(address)}`));
        else resolve(address.port);
      });
    });
  });
}
