import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type Simulator, type SimulatorOptions } from '@hx4/testkit';
import { afterAll, beforeAll } from 'vitest';

/** A test file's simulator and temporary folders, and the `hx4` arguments and environment that point at it. */
export interface SimulatorFixture {
  /** There once the file's first `beforeAll` has run. */
  readonly sim: Simulator;
  /** A new temporary folder, removed after all the file's tests. */
  newDir(): Promise<string>;
  /**
   * `hx4 collect <archive> -d <dir> --endpoint <the archive on the simulator> --query …`, asking its API up to 1000 times
   * a second (the simulator needs no politeness), then `extra`.
   */
  collectArgs(archive: string, dir: string, queries: readonly string[], extra?: readonly string[]): string[];
  /** `HX4_<ARCHIVE>_ENDPOINT` of each archive mounted: how `hx4 collect` of several archives finds the simulator. */
  endpointEnv(): Record<string, string>;
}

/** Starts a simulator before all the tests of the calling file and, after all, closes it and removes every folder it gave. */
export function useSimulator(options: SimulatorOptions): SimulatorFixture {
  let started: Simulator | undefined;
  const dirs: string[] = [];
  beforeAll(async () => {
    started = await startSimulator(options);
  });
  afterAll(async () => {
    await started?.close();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const fixture: SimulatorFixture = {
    get sim() {
      if (!started) throw new Error('the simulator starts in beforeAll: use it inside a hook or a test');
      return started;
    },
    async newDir() {
      const dir = await mkdtemp(join(tmpdir(), 'hx4-cli-e2e-'));
      dirs.push(dir);
      return dir;
    },
    collectArgs: (archive, dir, queries, extra = []) => [
      'collect',
      archive,
      '-d',
      dir,
      '--endpoint',
      fixture.sim.endpoint(archive),
      ...queries.flatMap((query) => ['--query', query]),
      '--requests-per-second',
      '1000',
      ...extra,
    ],
    endpointEnv: () =>
      Object.fromEntries(
        options.archives.map((archive) => [
          `HX4_${archive.id.toUpperCase().replaceAll('-', '_')}_ENDPOINT`,
          fixture.sim.endpoint(archive.id),
        ]),
      ),
  };
  return fixture;
}
