import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { europeanaSimulator } from '@hx4/europeana/simulator';
import { saKuvaSimulator } from '@hx4/sa-kuva/simulator';
import { startSimulator, type Simulator } from '@hx4/testkit';
import { TmuxPane } from './support/tmuxPane.js';

/**
 * `hx4 collect europeana sa-kuva` in a real terminal (a tmux pane) at 80 and 150 columns: the screen is
 * read while it runs and after, as a person would see it.
 */
const bin = fileURLToPath(new URL('../bin/hx4.js', import.meta.url));
const built = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const DATASETS = ['EUROPEANA_1900-01-01_1970-12-31', 'SA_KUVA_1939-09-01_1945-09-02'];
const QUERIES = ['tank', 'submarine', 'field hospital'];
/** A live status line: archive and stage, bar, done/total, rate, ETA. */
const STATUS_LINE =
  /^\[(europeana|sa-kuva|merge)\] (harvest|images|hash|write) +[█░]+ +\d+\/\d+ +(-|\d+(\.\d)?) (queries|images|rows)\/s +ETA +(-:--|\d+:\d\d)$/;
/** What a finished stage leaves: one line (a stage done in under 0.1 s has no rate worth giving). */
const SUMMARY_LINE =
  /^\[(europeana|sa-kuva|merge)\] (harvest|images|hash|write): (\d+)\/(\d+) in [\d.]+ (s|min \d\d s)( \([\d.]+ (queries|images|rows)\/s\))?$/;
const BAR = /[█░]/;

let sim: Simulator;
let dir: string;
beforeAll(async () => {
  if (!TmuxPane.available()) throw new Error('tmux is missing: apt-get install tmux (.ci/run installs it)');
  if (!existsSync(built)) throw new Error('packages/cli/dist is missing: run `npm run build` (npm test does)');
  dir = await mkdtemp(join(tmpdir(), 'hx4-terminal-'));
  const totals = { tank: 30, submarine: 20, 'field hospital': 12 };
  sim = await startSimulator({
    archives: [europeanaSimulator({ totals, imageSize: [320, 240] }), saKuvaSimulator({ totals, imageSize: [320, 240] })],
  });
  // Slow images keep the stages on screen long enough to be watched.
  sim.faults.add({ match: /\/img\/|\/Cover\/Show/, fault: 'slow', delayMs: 150 });
});
afterAll(() => sim.close());

interface Watched {
  /** hx4's exit status as the shell saw it: 130 after Ctrl-C. */
  status: number;
  /** Whether the cursor shows once hx4 has ended. */
  cursorShown: boolean;
  /** Screens captured while the command ran, each with the width it had. */
  snapshots: { columns: number; lines: string[] }[];
  /** The whole screen and scrollback at the end, the shell's line left out. */
  final: string[];
  out: string;
}

/** The shell's line after hx4; a Ctrl-C's echo (`^C`) may stand before it. */
const EXITED = /hx4 exited: (\d+)$/;

/** Runs `hx4 collect europeana sa-kuva` in a pane `columns` wide, calling `onLive` once a status line shows (it returns the new width when it resized the pane). */
async function watch(name: string, columns: number, extra: string[], onLive?: (pane: TmuxPane) => unknown): Promise<Watched> {
  const out = join(dir, name);
  const args = [
    'collect',
    'europeana',
    'sa-kuva',
    '-d',
    out,
    ...QUERIES.flatMap((query) => ['--query', query]),
    '--requests-per-second',
    '1000',
    '-nw',
    '2',
    ...extra,
  ];
  const env = [`HX4_EUROPEANA_ENDPOINT=${sim.endpoint('europeana')}`, `HX4_SA_KUVA_ENDPOINT=${sim.endpoint('sa-kuva')}`];
  // A terminal, not CI: with CI set the live area would be off.
  const hx4 = ['env', '-u', 'CI', ...env, process.execPath, bin, ...args].map(quote).join(' ');
  // The shell outlives hx4, so the pane (and its cursor) stays as hx4 left it; its trap only keeps it
  // alive through a Ctrl-C meant for hx4 (a handler, unlike an ignored signal, is not inherited).
  const command = `trap true INT; ${hx4}; echo "hx4 exited: $?"; exec sleep 600`;
  const pane = new TmuxPane(dir, name);
  const snapshots: Watched['snapshots'] = [];
  let width = columns;
  let live = false;
  try {
    pane.start(command, columns, 40);
    const deadline = Date.now() + 110_000;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`hx4 still running after 110 s:\n${pane.capture(true).join('\n')}`);
      const lines = pane.capture();
      const exited = lines.map((line) => EXITED.exec(line)).find(Boolean);
      if (exited) {
        const final = pane.capture(true);
        return {
          status: Number(exited[1]),
          cursorShown: pane.display('#{cursor_flag}') === '1',
          snapshots,
          final: final.slice(
            0,
            final.findIndex((line) => EXITED.test(line)),
          ),
          out,
        };
      }
      snapshots.push({ columns: width, lines });
      if (!live && lines.some((line) => BAR.test(line))) {
        live = true;
        const resized = onLive?.(pane);
        if (typeof resized === 'number') {
          width = resized;
          // Screens caught before the area is drawn again are the terminal's reflow, not ours: wait for the
          // redraw (a state, not a delay, so a loaded machine cannot fail it), then check every screen again.
          await waitFor(
            () =>
              pane
                .capture()
                .filter((line) => BAR.test(line))
                .every((line) => fits(line, resized)),
            10_000,
            () => `the live area was not redrawn for ${resized} columns within 10 s:\n${pane.capture().join('\n')}`,
          );
        }
      }
      await sleep(100);
    }
  } finally {
    pane.kill();
  }
}

const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/** The lines each archive's log file says were shown: info, warnings and errors, as the console words them. */
function loggedLines(out: string): string[] {
  return DATASETS.flatMap((dataset) => {
    const logs = join(out, dataset, 'logs');
    return readdirSync(logs)
      .filter((file) => file.startsWith('collect_'))
      .flatMap((file) => readFileSync(join(logs, file), 'utf8').split('\n'))
      .flatMap((line) => {
        const match = /^\S+ (INFO|WARN|ERROR) (\[[^\]]+\] )(.*)$/.exec(line);
        if (!match) return [];
        const [, level, prefix, message] = match;
        return [`${prefix ?? ''}${level === 'INFO' ? '' : `${(level ?? '').toLowerCase()}: `}${message ?? ''}`];
      });
  });
}

/** A live status line drawn whole for a terminal `width` columns wide. */
const fits = (line: string, width: number) => STATUS_LINE.test(line) && line.length < width;

async function waitFor(done: () => boolean, timeoutMs: number, failure: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(failure());
    await sleep(50);
  }
}

/** Every check of a finished run's screens. */
function expectCleanScreens(run: Watched, columns: number): void {
  expect(run.status, run.final.join('\n')).toBe(0);
  expect(run.cursorShown).toBe(true);

  // While it ran: live status lines, each whole and within the width.
  const statusLines = run.snapshots.flatMap(({ columns: width, lines }) =>
    lines.filter((line) => BAR.test(line)).map((line) => ({ width, line })),
  );
  expect(statusLines.length).toBeGreaterThan(0);
  for (const { width, line } of statusLines) {
    expect(line, 'a torn or foreign status line').toMatch(STATUS_LINE);
    expect(line.length, line).toBeLessThan(width);
  }

  // After: no bar left, each finished stage one summary line within the width.
  expect(run.final.filter((line) => BAR.test(line))).toEqual([]);
  const summaries = run.final.filter((line) => SUMMARY_LINE.test(line));
  for (const line of summaries) expect(line.length, line).toBeLessThan(columns);
  const stages = summaries.map((line) => line.slice(0, line.indexOf(':')));
  for (const archive of ['europeana', 'sa-kuva']) {
    for (const stage of ['harvest', 'images'])
      expect(
        stages.filter((s) => s === `[${archive}] ${stage}`),
        `${archive} ${stage}`,
      ).toHaveLength(1);
  }
  expect(summaries.find((line) => line.startsWith('[europeana] harvest:'))).toMatch(/: 3\/3 in /);

  // Every log line shows whole (long ones wrapped, not cut), and every archive line is a log line or a summary.
  const logged = loggedLines(run.out);
  expect(logged.some((line) => line.length > columns)).toBe(true);
  for (const line of logged) expect(run.final, line).toContain(line);
  const archiveLines = run.final.filter((line) => /^\[(europeana|sa-kuva)\] /.test(line));
  for (const line of archiveLines) expect(SUMMARY_LINE.test(line) || logged.includes(line), `torn line: ${line}`).toBe(true);
}

describe('hx4 on a real terminal', () => {
  for (const columns of [80, 150]) {
    it(`at ${columns} columns: log lines above one live area, finished stages as one line each`, async () => {
      const run = await watch(`w${columns}`, columns, ['--merge']);
      expectCleanScreens(run, columns);
      // The merge ran in the same terminal, with its own stages.
      expect(run.final.filter((line) => /^\[merge\] hash: /.test(line))).toHaveLength(2);
      expect(run.final.filter((line) => /^\[merge\] write: /.test(line))).toHaveLength(1);
      expect(run.final).toContain('COLLECTION SUMMARY');
    }, 120_000);
  }

  it('narrowed from 150 to 80 columns while running: redrawn to fit, nothing of the wide area left', async () => {
    const run = await watch('resized', 150, ['--no-merge'], (pane) => {
      pane.resize(80, 40);
      return 80;
    });
    expect(run.snapshots.some(({ columns, lines }) => columns === 80 && lines.some((line) => BAR.test(line)))).toBe(true);
    expectCleanScreens(run, 80);
  }, 120_000);

  it('on Ctrl-C: stops at once and gives the cursor back', async () => {
    const run = await watch('interrupted', 80, ['--no-merge'], (pane) => pane.sendKeys('C-c'));
    expect(run.status).toBe(130);
    expect(run.cursorShown).toBe(true);
  }, 120_000);
});
