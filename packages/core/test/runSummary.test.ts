import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collect,
  datasetLayout,
  readRunSummary,
  resolveImageSettings,
  RunSummaryError,
  vocabularyFromQueries,
  type ArchiveAdapter,
  type DatasetSettings,
} from '@hx4/core';
import { fakeHttpClient } from './support/fakeHttpClient.js';
import { FAKE_ARCHIVE } from './support/fakeArchive.js';

/** One page of two records per query, each record one image. */
const adapter: ArchiveAdapter<{ n: number; query: string }> = {
  ...FAKE_ARCHIVE,
  pageRequest: (query, _cursor, { endpoint }) => ({ url: `${endpoint}/search?q=${query}` }),
  parsePage: (_body, query) => ({ records: [0, 1].map((n) => ({ n, query })), next: null }),
  toRow: ({ n, query }) => ({
    id: `${query}-${n}`,
    doc_id: `${query}-${n}`,
    img_url: `http://fake.test/${query}/${n}.jpg`,
    doc_url: `http://fake.test/${query}/${n}`,
  }),
};

/** A library call as the README shows it: the archive, where to write, what to ask and how to fetch; the rest left to core. */
async function libraryCollect(extra: { thumbnailSize?: [number, number]; callerSettings?: Record<string, unknown> } = {}) {
  const baseDir = await mkdtemp(join(tmpdir(), 'hx4-run-summary-'));
  const summary = await collect({
    adapter: adapter as ArchiveAdapter,
    baseDir,
    vocabulary: vocabularyFromQueries(['tank', 'ship']),
    http: fakeHttpClient(),
    metadataOnly: true,
    ...(extra.thumbnailSize ? { images: resolveImageSettings({ thumbnailSize: extra.thumbnailSize }) } : {}),
    callerSettings: extra.callerSettings,
  });
  return { summary, layout: datasetLayout(baseDir, summary.dataset) };
}

describe('run-summary.json settings', () => {
  it('records every resolved option of a library collect() call, defaults included', async () => {
    const { summary, layout } = await libraryCollect({ thumbnailSize: [128, 96] });
    const expected: DatasetSettings = {
      endpoint: 'http://fake.test',
      window: null,
      queries: 2,
      thumbnailSize: [128, 96],
      largeImageThresholdBytes: null,
      jpegQuality: 95,
      maxBytes: 50 * 1024 * 1024,
      maxPixels: 100_000_000,
      valFraction: 0.35,
      seed: 42,
      workers: 4,
      imgMeanStd: false,
      metadataOnly: true,
      maxRequests: null,
      retryFailed: 'transient',
      archive: {},
    };
    expect(summary.settings).toEqual(expected);
    expect(JSON.parse(await readFile(layout.runSummary, 'utf8')).settings).toEqual(expected);
  });

  it("adds the caller's own settings beside core's, which the caller cannot overwrite", async () => {
    const { summary } = await libraryCollect({ callerSettings: { insecureHosts: ['a.example'], queries: 99 } });
    expect(summary.settings.insecureHosts).toEqual(['a.example']);
    expect(summary.settings.queries).toBe(2);
  });
});

describe('readRunSummary', () => {
  it('reads back exactly what collect() wrote', async () => {
    const { summary, layout } = await libraryCollect({ callerSettings: { maxRps: { hosts: {} } } });
    expect(await readRunSummary(layout.root)).toEqual({ kind: 'archive', summary });
  });

  it('reads a summary from before drop examples, date sources and politeness were kept as empty ones, its missing settings as unknown', async () => {
    const { summary, layout } = await libraryCollect();
    const { politeness: _politeness, ...older } = summary;
    const { dropExamples: _examples, dateSources: _sources, ...olderRows } = summary.rows;
    await writeFile(
      layout.runSummary,
      JSON.stringify({ ...older, rows: olderRows, settings: { endpoint: summary.settings.endpoint, window: null } }),
    );
    const read = await readRunSummary(layout.root);
    expect(read).toEqual({
      kind: 'archive',
      summary: {
        ...summary,
        rows: { ...summary.rows, dropExamples: {}, dateSources: {} },
        politeness: [],
        settings: { endpoint: 'http://fake.test', window: null },
      },
    });
    expect(read.kind === 'archive' && read.summary.settings.thumbnailSize).toBeUndefined();
  });

  it('throws one error naming the file and the first field that is wrong', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hx4-run-summary-'));
    const layout = datasetLayout(dir, 'X');
    await mkdir(layout.root);
    const refused = async (content: unknown): Promise<RunSummaryError> => {
      await writeFile(layout.runSummary, typeof content === 'string' ? content : JSON.stringify(content));
      const error = await readRunSummary(layout.root).then(
        () => null,
        (thrown: unknown) => thrown,
      );
      if (!(error instanceof RunSummaryError)) throw new Error(`not refused with a RunSummaryError: ${String(error)}`);
      return error;
    };
    const { summary } = await libraryCollect();
    const badCount = await refused({ ...summary, hits: { ...summary.hits, records: '12' } });
    expect(badCount.message).toBe(`${layout.runSummary} field "hits.records" is "12", expected number`);
    expect(badCount.reason).toBe('run-summary.json field "hits.records" is "12", expected number');
    expect((await refused({ ...summary, settings: { ...summary.settings, thumbnailSize: [128] } })).message).toBe(
      `${layout.runSummary} has no field "settings.thumbnailSize[1]"`,
    );
    expect((await refused({ ...summary, archive: undefined })).message).toBe(`${layout.runSummary} has no field "archive"`);
    expect((await refused({ ...summary, version: 2 })).message).toBe(`${layout.runSummary} field "version" is 2, expected 1`);
    expect((await refused({ kind: 'merged', version: 1 })).message).toBe(`${layout.runSummary} (merged) has no field "hx4"`);
    expect((await refused({ ...summary, kind: 'other' })).message).toBe(`${layout.runSummary} has an unknown kind "other"`);
    expect((await refused('{"version": 1,')).message).toBe(`${layout.runSummary} is not valid JSON`);
    expect((await refused('[]')).message).toBe(`${layout.runSummary} does not hold a JSON object`);
    await expect(readRunSummary(join(dir, 'Y'))).rejects.toThrow(
      `${join(dir, 'Y')} is not an hx4 dataset folder: it has no run-summary.json`,
    );
  });
});
