import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

const MUNGE_KEY = '/etc/munge/munge.key';
const MUNGE_RUN_DIR = '/run/munge';

export interface SingleNodeSlurm {
  /** The `slurm.conf` every Slurm command must be pointed at (`SLURM_CONF`). */
  conf: string;
  env: Record<string, string>;
  /** The state of a job as `scontrol` reports it, e.g. COMPLETED, FAILED, PENDING. */
  jobState(id: string): Promise<string>;
  /** The daemons' logs, to show why a job or the cluster failed. */
  logs(): Promise<string>;
  /** Stops the daemons this cluster started (munged only when it started it). */
  stop(): Promise<void>;
}

/**
 * A one-node Slurm cluster of Debian's slurmctld and slurmd (22.05) with munge authentication, its state, spool
 * and logs in a temp folder and its ports free ones, started for a test and stopped after it. Anything missing
 * or refusing to start throws, naming what and why: the test fails visibly, it is never skipped.
 */
export async function startSingleNodeSlurm(): Promise<SingleNodeSlurm> {
  for (const program of ['/usr/sbin/slurmctld', '/usr/sbin/slurmd', '/usr/bin/sbatch', '/usr/sbin/munged']) {
    if (!existsSync(program))
      throw new Error(`Slurm cannot start: ${program} is missing (.ci/run installs slurmctld, slurmd, slurm-client and munge)`);
  }
  if (process.getuid?.() !== 0) throw new Error('Slurm cannot start: its daemons and munged need root, as on the CI machine');
  const mungedStarted = await ensureMunged();
  const dir = await mkdtemp(join(tmpdir(), 'hx4-slurm-cluster-'));
  const node = hostname().split('.')[0] ?? 'localhost';
  const [controllerPort, nodePort] = [await freePort(), await freePort()];
  const conf = join(dir, 'slurm.conf');
  await mkdir(join(dir, 'state'));
  await mkdir(join(dir, 'spool'));
  await writeFile(
    conf,
    [
      'ClusterName=hx4test',
      `SlurmctldHost=${node}`,
      `SlurmctldPort=${String(controllerPort)}`,
      `SlurmdPort=${String(nodePort)}`,
      'AuthType=auth/munge',
      'CredType=cred/munge',
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_Core',
      'SlurmUser=root',
      'SlurmdUser=root',
      `StateSaveLocation=${join(dir, 'state')}`,
      `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
      `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      `SlurmctldLogFile=${join(dir, 'slurmctld.log')}`,
      `SlurmdLogFile=${join(dir, 'slurmd.log')}`,
      'ReturnToService=2',
      'MpiDefault=none',
      'JobCompType=jobcomp/none',
      'AccountingStorageType=accounting_storage/none',
      `NodeName=${node} CPUs=${String(availableParallelism())} State=UNKNOWN`,
      `PartitionName=hx4 Nodes=${node} Default=YES MaxTime=INFINITE State=UP`,
      '',
    ].join('\n'),
  );
  const env = { SLURM_CONF: conf };
  const daemons: ChildProcess[] = [];
  const logs = async () =>
    (
      await Promise.all(
        ['slurmctld.log', 'slurmd.log'].map(
          async (file) =>
            `--- ${file}\n${(await readFile(join(dir, file), 'utf8').catch(() => '(none)')).split('\n').slice(-30).join('\n')}`,
        ),
      )
    ).join('\n');
  const stop = async () => {
    for (const daemon of daemons.reverse()) {
      if (daemon.exitCode !== null || daemon.signalCode !== null) continue;
      const exited = new Promise((resolve) => daemon.once('exit', resolve));
      daemon.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000).then(() => daemon.kill('SIGKILL'))]);
    }
    if (mungedStarted !== null) process.kill(mungedStarted, 'SIGTERM');
  };
  try {
    // In the foreground (-D), so they are this process's children, stopped by their own ids; -c: no old state.
    daemons.push(spawn('/usr/sbin/slurmctld', ['-D', '-c', '-f', conf], { stdio: 'ignore', env: { ...process.env, ...env } }));
    daemons.push(spawn('/usr/sbin/slurmd', ['-D', '-f', conf], { stdio: 'ignore', env: { ...process.env, ...env } }));
    await waitFor(
      async () => (await run('sinfo', ['-h', '-o', '%t'], { env: { ...process.env, ...env } })).stdout.trim() === 'idle',
      30_000,
    );
  } catch (error) {
    const why = await logs();
    await stop();
    throw new Error(`Slurm cannot start: its node did not become idle (${(error as Error).message})\n${why}`, { cause: error });
  }
  return {
    conf,
    env,
    async jobState(id) {
      const { stdout } = await run('scontrol', ['show', 'job', id], { env: { ...process.env, ...env } });
      return /JobState=(\S+)/u.exec(stdout)?.[1] ?? 'UNKNOWN';
    },
    logs,
    stop,
  };
}

/** munged, started as the munge user when no munged answers yet: its process id then (to stop it), else null. */
async function ensureMunged(): Promise<number | null> {
  if (await mungeAnswers()) return null;
  if (!existsSync(MUNGE_KEY)) {
    await run('/usr/sbin/mungekey', ['--create', `--keyfile=${MUNGE_KEY}`]);
  }
  const { stdout } = await run('id', ['-u', 'munge']);
  const { stdout: group } = await run('id', ['-g', 'munge']);
  await chown(MUNGE_KEY, Number(stdout), Number(group));
  await chmod(MUNGE_KEY, 0o400);
  await mkdir(MUNGE_RUN_DIR, { recursive: true });
  await chown(MUNGE_RUN_DIR, Number(stdout), Number(group));
  await run('runuser', ['-u', 'munge', '--', '/usr/sbin/munged']);
  await waitFor(mungeAnswers, 10_000);
  return Number((await readFile(join(MUNGE_RUN_DIR, 'munged.pid'), 'utf8')).trim());
}

async function mungeAnswers(): Promise<boolean> {
  try {
    await run('bash', ['-c', 'munge -n | unmunge']);
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`not within ${String(timeoutMs / 1000)} s`);
    await sleep(250);
  }
}
