import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCliReporter } from '../src/reporter/createCliReporter.js';
import { StatusArea } from '../src/reporter/StatusArea.js';
import { FakeTerminal } from './support/FakeTerminal.js';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createCliReporter', () => {
  it('without a terminal, prints a plain progress line every 10 s and one when the stage is done', async () => {
    const term = new FakeTerminal(80);
    const reporter = createCliReporter({ verbose: false, interactive: false, prefix: 'smu', stream: term });
    for (let done = 1; done <= 30; done++) {
      vi.advanceTimersByTime(1000);
      reporter.progress('images', done, 30);
    }
    reporter.progress('images', 30, 30);
    await reporter.close();
    expect(await term.lines()).toEqual([
      '[smu] images: 1/30 (3%)',
      '[smu] images: 11/30 (36%)',
      '[smu] images: 21/30 (70%)',
      '[smu] images: 30/30 (100%)',
    ]);
    expect(term.written).not.toContain('\u001b[');
  });

  it('on a terminal shared by archives, keeps each archive’s lines and stages apart, and logs each stage’s summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-reporter-'));
    const term = new FakeTerminal(100);
    const area = new StatusArea(term);
    const europeana = createCliReporter({
      verbose: false,
      interactive: true,
      prefix: 'europeana',
      sharedArea: area,
      logFile: join(dir, 'europeana.log'),
    });
    const wwii = createCliReporter({ verbose: false, interactive: true, prefix: 'wwii', sharedArea: area, logFile: join(dir, 'wwii.log') });
    europeana.progress('images', 0, 50);
    wwii.progress('images', 0, 80);
    for (let second = 1; second <= 5; second++) {
      vi.advanceTimersByTime(1000);
      europeana.progress('images', second * 10, 50);
      wwii.progress('images', second * 4, 80);
    }
    wwii.log('warn', 'query "tank" failed: http-503 (a rerun resumes it)');
    wwii.log('debug', 'not shown without --verbose');
    await europeana.close();
    vi.advanceTimersByTime(1000);
    await wwii.close();
    area.close();
    expect(await term.lines()).toEqual([
      '[europeana] images: 50/50 in 5.0 s (10 images/s)',
      '[wwii] warn: query "tank" failed: http-503 (a rerun resumes it)',
      '[wwii] images: 20/80 stopped after 6.0 s (3.3 images/s)',
    ]);
    expect(await readFile(join(dir, 'europeana.log'), 'utf8')).toMatch(
      / PROGRESS \[europeana\] images: 50\/50 in 5\.0 s \(10 images\/s\)\n$/,
    );
    expect(await readFile(join(dir, 'wwii.log'), 'utf8')).toMatch(
      /DEBUG \[wwii\] not shown[\s\S]* PROGRESS \[wwii\] images: 20\/80 stopped after 6\.0 s/,
    );
  });
});
