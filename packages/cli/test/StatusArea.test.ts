import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StatusArea } from '../src/reporter/StatusArea.js';
import { FakeTerminal } from './support/FakeTerminal.js';

const BAR = /[█░]+/;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2025-01-01T00:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A redraw is at most this far behind the progress it shows. */
const FRAME_MS = 100;

/** A status area on a fake terminal of that size. */
function areaOn(columns: number, rows?: number): { term: FakeTerminal; area: StatusArea } {
  const term = new FakeTerminal(columns, rows);
  return { term, area: new StatusArea(term) };
}

/** `steps` progress updates, one a second, `perSecond` units each; then the frame that shows the last. */
function advance(area: StatusArea, label: string, stage: string, from: number, steps: number, perSecond: number, total: number): void {
  let done = from;
  for (let i = 0; i < steps; i++) {
    vi.advanceTimersByTime(1000);
    done += perSecond;
    area.progress(label, stage, done, total);
  }
  vi.advanceTimersByTime(FRAME_MS);
}

describe('StatusArea', () => {
  it('prints a log line whole above the live area, never inside a bar', async () => {
    const { term, area } = areaOn(80);
    area.progress('europeana', 'images', 0, 100);
    area.progress('sa-kuva', 'harvest', 0, 40);
    advance(area, 'europeana', 'images', 0, 3, 10, 100);
    const long = `[europeana] HX4 0.1.0: collecting europeana into /tmp/some/long/folder/EUROPEANA_1900-01-01_1970-12-31 from http://127.0.0.1:4000/europeana`;
    area.log(long);
    area.log('[sa-kuva] rows…');
    const lines = await term.lines();
    expect(lines.slice(0, 2)).toEqual([long, '[sa-kuva] rows…']);
    expect(lines.slice(2)).toHaveLength(2);
    expect(lines[2]).toBe('[europeana] images ████████░░░░░░░░░░░░░░░░░░░░ 30/100    10 images/s  ETA 0:07');
    // No update for three seconds: stalled at nothing a second, so no ETA.
    expect(lines[3]).toBe('[sa-kuva] harvest  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░   0/40  0.0 queries/s  ETA -:--');
    area.close();
  });

  it('collapses a finished stage into one summary line above the area', async () => {
    const { term, area } = areaOn(80);
    area.progress('europeana', 'images', 0, 100);
    area.progress('europeana', 'harvest', 0, 40);
    advance(area, 'europeana', 'images', 0, 10, 10, 100);
    const lines = await term.lines();
    expect(lines[0]).toBe('[europeana] images: 100/100 in 10 s (10 images/s)');
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(/^\[europeana\] harvest /);
    area.progress('europeana', 'harvest', 40, 40);
    expect(await term.lines()).toEqual([
      '[europeana] images: 100/100 in 10 s (10 images/s)',
      '[europeana] harvest: 40/40 in 10 s (4.0 queries/s)',
    ]);
    area.close();
  });

  it('returns the summary of the update that finished a stage', () => {
    const { area } = areaOn(80);
    expect(area.progress('merge', 'write', 1, 2)).toBeUndefined();
    vi.advanceTimersByTime(2500);
    expect(area.progress('merge', 'write', 2, 2)).toBe('[merge] write: 2/2 in 2.5 s (0.8 rows/s)');
    area.close();
  });

  it('fits every line to the width: a shorter bar first, then fewer columns, then shorter names', async () => {
    const barWidths: number[] = [];
    for (const columns of [150, 80, 60, 40, 24, 12]) {
      const { term, area } = areaOn(columns);
      area.progress('national-archive', 'images', 0, 290);
      area.progress('wwii', 'harvest', 0, 40);
      advance(area, 'national-archive', 'images', 0, 5, 7, 290);
      const lines = await term.lines();
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line.length, `${columns}: ${line}`).toBeLessThan(columns);
      const [first = ''] = lines;
      barWidths.push(first.match(BAR)?.[0].length ?? 0);
      if (columns >= 24) expect(first).toContain('35/290');
      area.close();
    }
    const [wide = 0, middle = 0, narrow = 0] = barWidths;
    expect(wide).toBeGreaterThan(middle);
    expect(middle).toBeGreaterThan(narrow);
    expect(barWidths.slice(3)).toEqual([0, 0, 0]);
  });

  it('redraws at most ten times a second however often progress comes', () => {
    const { term, area } = areaOn(80);
    for (let done = 1; done <= 1000; done++) area.progress('wwii', 'images', done, 5000);
    expect(term.writes).toBe(0);
    vi.advanceTimersByTime(0);
    expect(term.writes).toBe(1);
    for (let ms = 0; ms < 1000; ms += 5) {
      vi.advanceTimersByTime(5);
      area.progress('wwii', 'images', 1000 + ms, 5000);
    }
    expect(term.writes).toBeGreaterThanOrEqual(9);
    expect(term.writes).toBeLessThanOrEqual(11);
    area.close();
  });

  it('keeps the rate and ETA moving while progress stalls', async () => {
    const { term, area } = areaOn(80);
    area.progress('smu', 'images', 0, 100);
    advance(area, 'smu', 'images', 0, 4, 10, 100);
    expect((await term.lines())[0]).toMatch(/40\/100 +10 images\/s +ETA 0:06$/);
    // Four seconds without an update: measured over 0..6 s, not 0..4 s.
    vi.advanceTimersByTime(4000 - FRAME_MS);
    expect((await term.lines())[0]).toMatch(/40\/100 +6\.7 images\/s +ETA 0:09$/);
    area.close();
  });

  it('draws again for a narrower terminal, leaving nothing of the wider area behind', async () => {
    const { term, area } = areaOn(150);
    area.log('hx4 demo: archive simulator listening on http://127.0.0.1:4000');
    for (const archive of ['europeana', 'national-archive', 'sa-kuva']) area.progress(archive, 'images', 10, 200);
    vi.advanceTimersByTime(FRAME_MS);
    expect((await term.lines())[1]?.length).toBeGreaterThan(100);
    await term.resize(70);
    area.log('[smu] rows…');
    const lines = await term.lines();
    expect(lines.slice(0, 2)).toEqual(['hx4 demo: archive simulator listening on http://127.0.0.1:4000', '[smu] rows…']);
    expect(lines.slice(2)).toHaveLength(3);
    for (const line of lines.slice(2)) {
      expect(line.length).toBeLessThan(70);
      expect(line).toMatch(/^\[[a-z-]+\] images +[█░]+ +10\/200 /);
    }
    area.close();
  });

  it('never grows taller than the terminal', async () => {
    const { term, area } = areaOn(80, 5);
    for (const archive of ['a', 'b', 'c', 'd', 'e', 'f']) area.progress(archive, 'images', 1, 9);
    vi.advanceTimersByTime(200);
    const lines = await term.lines();
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('… 3 more');
    area.close();
  });

  it('on close, collapses what still runs, shows the cursor again, and prints later lines plainly', async () => {
    const { term, area } = areaOn(80);
    area.progress('europeana', 'images', 0, 100);
    advance(area, 'europeana', 'images', 0, 2, 10, 100);
    expect(term.cursorShown).toBe(false);
    area.close();
    expect(term.cursorShown).toBe(true);
    area.log('COLLECTION SUMMARY');
    expect(await term.lines()).toEqual(['[europeana] images: 20/100 stopped after 2.1 s (9.5 images/s)', 'COLLECTION SUMMARY']);
  });

  it('stops one label and leaves the others running', async () => {
    const { term, area } = areaOn(80);
    area.progress('europeana', 'images', 5, 100);
    area.progress('wwii', 'images', 5, 100);
    vi.advanceTimersByTime(1000);
    expect(area.stop('europeana')).toEqual(['[europeana] images: 5/100 stopped after 1.0 s (5.0 images/s)']);
    const lines = await term.lines();
    expect(lines[0]).toBe('[europeana] images: 5/100 stopped after 1.0 s (5.0 images/s)');
    expect(lines.slice(1)).toHaveLength(1);
    expect(lines[1]).toMatch(/^\[wwii\] images /);
    area.close();
  });
});
