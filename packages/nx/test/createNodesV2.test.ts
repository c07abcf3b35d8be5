import { describe, expect, it } from 'vitest';
import { createNodesV2 } from '../src/index.js';
import { inferFrom } from './support/definitionWorkspace.js';

const europeana = { archive: 'europeana', window: { start: '1914-01-01', end: '1918-12-31' } };
const saKuva = { archive: 'sa-kuva' };

describe('createNodesV2', () => {
  it('looks for hx4.dataset.json files anywhere in the workspace', () => {
    expect(createNodesV2[0]).toBe('**/hx4.dataset.json');
  });

  it('gives a dataset collect and report targets that run hx4, uncached, into data/ by default', async () => {
    const results = await inferFrom({ 'datasets/europeana-1914-1918/hx4.dataset.json': europeana });
    expect(results).toEqual([
      [
        'datasets/europeana-1914-1918/hx4.dataset.json',
        {
          projects: {
            'datasets/europeana-1914-1918': {
              name: 'europeana-1914-1918',
              targets: {
                collect: {
                  executor: 'nx:run-commands',
                  options: { command: 'hx4 collect europeana -d data --start-date 1914-01-01 --end-date 1918-12-31' },
                  cache: false,
                  metadata: { description: expect.stringContaining('europeana') },
                },
                report: {
                  executor: '@hx4/nx:report',
                  options: { outDir: 'data', archive: 'europeana', window: europeana.window },
                  cache: false,
                  metadata: { description: expect.any(String) },
                },
              },
            },
          },
        },
      ],
    ]);
  });

  it("passes a definition's options to hx4 as flags, in their order, quoted for the shell where needed", async () => {
    const [[, result]] = (await inferFrom({
      'wars/sa-kuva/hx4.dataset.json': {
        ...saKuva,
        outDir: '/scratch/hx4 data',
        options: {
          'thumbnail-size': '512,512',
          'img-mean-std': true,
          phash: false,
          query: ['tank', "soldier's tank"],
          'num-workers': 4,
          endpoint: 'http://127.0.0.1:8080/sa-kuva/v1',
        },
      },
    })) as [[string, { projects: Record<string, { targets: Record<string, { options: { command: string } }> }> }]];
    expect(result.projects['wars/sa-kuva']?.targets.collect?.options.command).toBe(
      "hx4 collect sa-kuva -d '/scratch/hx4 data' --thumbnail-size 512,512 --img-mean-std --no-phash --query tank --query 'soldier'\\''s tank' --num-workers 4 --endpoint http://127.0.0.1:8080/sa-kuva/v1",
    );
  });

  it("gives a merged set a merge target that first collects its sources, expecting each source's archive", async () => {
    const results = await inferFrom({
      'datasets/sa-kuva/hx4.dataset.json': { ...saKuva, outDir: 'wars' },
      'datasets/europeana-1914-1918/hx4.dataset.json': { ...europeana, outDir: 'wars' },
      'datasets/history-x2/hx4.dataset.json': { sources: ['sa-kuva', 'europeana-1914-1918'], options: { 'chunk-size': 8900 } },
    });
    const merged = results.find(([file]) => file === 'datasets/history-x2/hx4.dataset.json')?.[1].projects?.['datasets/history-x2'];
    expect(merged?.name).toBe('history-x2');
    expect(merged?.targets).toEqual({
      merge: {
        executor: 'nx:run-commands',
        options: { command: 'hx4 merge -d wars --expect europeana --expect sa-kuva --chunk-size 8900' },
        dependsOn: [{ projects: ['sa-kuva', 'europeana-1914-1918'], target: 'collect' }],
        cache: false,
        metadata: { description: expect.any(String) },
      },
      report: {
        executor: '@hx4/nx:report',
        options: { outDir: 'wars', mergeOf: ['europeana', 'sa-kuva'] },
        cache: false,
        metadata: { description: expect.any(String) },
      },
    });
    expect(results.map(([file]) => file)).toEqual([
      'datasets/sa-kuva/hx4.dataset.json',
      'datasets/europeana-1914-1918/hx4.dataset.json',
      'datasets/history-x2/hx4.dataset.json',
    ]);
  });

  it('lets datasets of one archive share a folder when their windows differ', async () => {
    const results = await inferFrom({
      'a/hx4.dataset.json': europeana,
      'b/hx4.dataset.json': { archive: 'europeana', window: { start: '1939-09-01', end: '1945-09-02' } },
    });
    expect(results).toHaveLength(2);
  });
});

describe('a definition that cannot be used', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['invalid JSON', { 'd/x/hx4.dataset.json': '{ "archive": ' }, 'd/x/hx4.dataset.json: is not valid JSON'],
    ['a list', { 'd/x/hx4.dataset.json': [] }, 'd/x/hx4.dataset.json: must hold a JSON object'],
    ['no archive', { 'd/x/hx4.dataset.json': { window: europeana.window } }, 'd/x/hx4.dataset.json: archive: is required in a dataset'],
    [
      'a misspelt field',
      { 'd/x/hx4.dataset.json': { ...saKuva, outdir: 'x' } },
      'd/x/hx4.dataset.json: outdir: is not a field of a dataset',
    ],
    [
      'an archive id of capitals',
      { 'd/x/hx4.dataset.json': { archive: 'Europeana' } },
      'd/x/hx4.dataset.json: archive: "Europeana" is not an archive id',
    ],
    [
      'a month 13',
      { 'd/x/hx4.dataset.json': { archive: 'europeana', window: { start: '1914-13-01', end: '1918-12-31' } } },
      'd/x/hx4.dataset.json: window.start: "1914-13-01" is not a date YYYY-MM-DD',
    ],
    [
      'a window as one string',
      { 'd/x/hx4.dataset.json': { archive: 'europeana', window: '1914-1918' } },
      'd/x/hx4.dataset.json: window: must be an object of start, end (YYYY-MM-DD)',
    ],
    [
      'a window without its end',
      { 'd/x/hx4.dataset.json': { archive: 'europeana', window: { start: '1914-01-01' } } },
      'd/x/hx4.dataset.json: window.end: is required in a window',
    ],
    [
      'a reversed window',
      { 'd/x/hx4.dataset.json': { archive: 'europeana', window: { start: '1918-01-01', end: '1914-12-31' } } },
      'd/x/hx4.dataset.json: window: start 1918-01-01 is after end 1914-12-31',
    ],
    ['an empty outDir', { 'd/x/hx4.dataset.json': { ...saKuva, outDir: '' } }, 'd/x/hx4.dataset.json: outDir: must be a folder path'],
    [
      'the window as an option',
      { 'd/x/hx4.dataset.json': { ...saKuva, options: { 'start-date': '1940-01-01' } } },
      'd/x/hx4.dataset.json: options.start-date: is set by the plugin from window.start',
    ],
    [
      'the folder as an option',
      { 'd/x/hx4.dataset.json': { ...saKuva, options: { ddir: 'x' } } },
      'd/x/hx4.dataset.json: options.ddir: is set by the plugin from outDir',
    ],
    [
      'a short flag',
      { 'd/x/hx4.dataset.json': { ...saKuva, options: { v: true } } },
      'd/x/hx4.dataset.json: options.v: is not a long hx4 flag name',
    ],
    [
      'a snake_case flag',
      { 'd/x/hx4.dataset.json': { ...saKuva, options: { thumbnail_size: '512,512' } } },
      'd/x/hx4.dataset.json: options.thumbnail_size: is not a long hx4 flag name',
    ],
    [
      'an object as a flag value',
      { 'd/x/hx4.dataset.json': { ...saKuva, options: { query: { tank: 1 } } } },
      'd/x/hx4.dataset.json: options.query: must be a string, a number, true/false or a list',
    ],
    [
      'an empty merge',
      { 'd/m/hx4.dataset.json': { sources: [] } },
      'd/m/hx4.dataset.json: sources: must list at least one dataset project',
    ],
    [
      'a merge naming a source twice',
      { 'd/x/hx4.dataset.json': saKuva, 'd/m/hx4.dataset.json': { sources: ['x', 'x'] } },
      'd/m/hx4.dataset.json: sources: names a dataset twice',
    ],
    [
      'a merge naming no project',
      { 'd/x/hx4.dataset.json': saKuva, 'd/m/hx4.dataset.json': { sources: ['x', 'y'] } },
      'd/m/hx4.dataset.json: sources.1: no dataset project y',
    ],
    [
      'a merge of a merge',
      { 'd/x/hx4.dataset.json': saKuva, 'd/m/hx4.dataset.json': { sources: ['x'] }, 'd/n/hx4.dataset.json': { sources: ['m'] } },
      'd/n/hx4.dataset.json: sources.0: m is a merged set; a merge takes datasets',
    ],
    [
      'a merge option the plugin sets',
      { 'd/x/hx4.dataset.json': saKuva, 'd/m/hx4.dataset.json': { sources: ['x'], options: { expect: 'smu' } } },
      'd/m/hx4.dataset.json: options.expect: is set by the plugin from sources',
    ],
    [
      'a merge of two folders',
      {
        'd/x/hx4.dataset.json': saKuva,
        'd/y/hx4.dataset.json': { ...europeana, outDir: 'elsewhere' },
        'd/m/hx4.dataset.json': { sources: ['x', 'y'] },
      },
      'd/m/hx4.dataset.json: sources.1: y writes to elsewhere, x to data: the datasets of a merge share one outDir',
    ],
    [
      'a merge leaving out a dataset of its folder',
      { 'd/x/hx4.dataset.json': saKuva, 'd/y/hx4.dataset.json': europeana, 'd/m/hx4.dataset.json': { sources: ['x'] } },
      'd/m/hx4.dataset.json: sources: leaves out y, which collects into data too and would be merged as well',
    ],
    [
      'two merges of one folder',
      { 'd/x/hx4.dataset.json': saKuva, 'd/m/hx4.dataset.json': { sources: ['x'] }, 'd/n/hx4.dataset.json': { sources: ['x'] } },
      'd/n/hx4.dataset.json: sources: are the datasets d/m/hx4.dataset.json merges already',
    ],
    [
      'two datasets of one archive and window in one folder',
      { 'd/x/hx4.dataset.json': europeana, 'd/y/hx4.dataset.json': { ...europeana, outDir: './data' } },
      "d/y/hx4.dataset.json: window: is d/x/hx4.dataset.json's too",
    ],
    [
      'a second dataset of an archive in one folder without a window',
      { 'd/x/hx4.dataset.json': europeana, 'd/y/hx4.dataset.json': { archive: 'europeana' } },
      'd/y/hx4.dataset.json: window: is needed: d/x/hx4.dataset.json collects europeana into data too',
    ],
    [
      'two projects of one name',
      { 'd/x/hx4.dataset.json': europeana, 'e/x/hx4.dataset.json': { ...saKuva, outDir: 'e' } },
      "e/x/hx4.dataset.json: its project name x is d/x/hx4.dataset.json's too",
    ],
  ];
  it.each(cases)('%s: an error naming the file and the field', async (_, files, message) => {
    await expect(inferFrom(files)).rejects.toThrow(message);
  });
});

describe('nx.json targetDefaults', () => {
  it.each(['collect', 'merge', 'report', 'nx:run-commands', '@hx4/nx:report'])(
    'refuses a workspace whose %s default caches, since Nx would apply it over the plugin',
    async (key) => {
      await expect(inferFrom({ 'd/x/hx4.dataset.json': saKuva }, { targetDefaults: { [key]: { cache: true } } })).rejects.toThrow(
        `nx.json: targetDefaults.${key}.cache: would let Nx replay`,
      );
    },
  );

  it('leaves other defaults alone, and defaults for these targets that do not cache', async () => {
    const nxJson = { targetDefaults: { build: { cache: true }, collect: { inputs: ['default'] }, merge: { cache: false } } };
    await expect(inferFrom({ 'd/x/hx4.dataset.json': saKuva }, nxJson)).resolves.toHaveLength(1);
  });
});
