import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';

/** This repository's node_modules: nx, and @hx4/* linked to the packages (their dist/, built by `npm ci` or `nx test`). */
const repoNodeModules = fileURLToPath(new URL('../../../../node_modules', import.meta.url));

export interface NxResult {
  code: number;
  output: string;
}

/** A fresh Nx workspace outside the repository that registers @hx4/nx: what a user has after `npm i -D @hx4/nx`. */
export interface NxWorkspace {
  root: string;
  /** Writes `value` as JSON into the workspace file `file`. */
  write(file: string, value: unknown): Promise<void>;
  writeText(file: string, text: string): Promise<void>;
  nx(args: string[], env?: Record<string, string>): Promise<NxResult>;
  remove(): Promise<void>;
}

export async function createNxWorkspace(): Promise<NxWorkspace> {
  const root = await mkdtemp(join(tmpdir(), 'hx4-nx-workspace-'));
  await symlink(repoNodeModules, join(root, 'node_modules'), 'dir');
  const writeText = async (file: string, text: string) => {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  };
  const write = (file: string, value: unknown) => writeText(file, `${JSON.stringify(value, null, 2)}\n`);
  await write('package.json', { name: 'nx-workspace-of-a-user', private: true });
  await write('nx.json', { plugins: ['@hx4/nx'], neverConnectToCloud: true, useDaemonProcess: false });
  return {
    root,
    write,
    writeText,
    nx: (args, env = {}) =>
      new Promise((done) => {
        execFile(
          join(root, 'node_modules', '.bin', 'nx'),
          args,
          {
            cwd: root,
            env: { ...ownEnvironment(), NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', ...env },
            maxBuffer: 64 << 20,
          },
          (error, stdout, stderr) => {
            // Colours come on when the tests run under Nx (FORCE_COLOR); the tests read the words.
            const output = stripVTControlCharacters(`${stdout}${stderr}`);
            done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output });
          },
        );
      }),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** The test's environment without the NX_ variables of the Nx task that may be running it: they name this repository's workspace. */
function ownEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NX_')));
}
