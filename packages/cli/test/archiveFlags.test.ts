import { defineAdapter, v, type ArchiveAdapter } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { installedArchives, type ArchiveEntry } from '../src/installedArchives.js';
import { knownArchives } from '../src/knownArchives.js';
import { archiveFlags } from '../src/options/archiveFlags.js';
import { archiveOptionValues, checkArchiveFlags } from '../src/options/archiveOptionValues.js';
import { collectFlags } from '../src/options/collectOptions.js';
import { UsageError } from '../src/options/UsageError.js';

/** An archive with one flag of its own, as an archive package would declare it. */
function archiveWith(id: string, flag: string): ArchiveEntry {
  const typed: ArchiveAdapter<{ id: string }> = {
    id,
    datasetName: id.toUpperCase(),
    defaultEndpoint: 'https://archive.example.org',
    defaultWindow: null,
    politeness: { requestsPerSecond: 1, concurrency: 1 },
    options: { [flag]: { description: 'sizes to ask for', parse: (values) => values.map((value) => Number.parseInt(value, 10)) } },
    pageRequest: () => ({ url: 'https://archive.example.org/search' }),
    parsePage: () => ({ records: [], next: null }),
    recordRef: (record) => ({ id: record.id, url: `https://archive.example.org/${record.id}` }),
    toRow: (record) => ({ drop: record.id }),
  };
  return { adapter: defineAdapter(v.looseObject({ id: v.string() }), typed), demo: async () => ({ simulator: { id, routes: [] } }) };
}

describe('the flags of hx4 collect', () => {
  it('come from the archives: SMU declares --collections, the CLI only describes it as SMU’s', async () => {
    const { installed } = await installedArchives(knownArchives);
    const flags = collectFlags(installed);
    expect(flags.collections).toMatchObject({ type: 'string', array: true, describe: expect.stringMatching(/^smu: collection aliases/) });
    expect(archiveFlags(installed, {})).toEqual({ collections: flags.collections });
    expect(collectFlags(installed.filter((entry) => entry.adapter.id !== 'smu')).collections).toBeUndefined();
  });

  it('refuse an archive flag that is already a flag or an alias of one, or another archive’s', () => {
    expect(() => archiveFlags([archiveWith('a', 'seed')], { seed: { type: 'number' } })).toThrow(
      'archive a declares --seed, a flag hx4 collect already has',
    );
    expect(() => archiveFlags([archiveWith('a', 's')], { seed: { type: 'number', alias: ['s'] } })).toThrow(/--s, a flag/);
    expect(() => archiveFlags([archiveWith('a', 'sizes'), archiveWith('b', 'sizes')], {})).toThrow('archive b declares --sizes');
  });
});

describe('archiveOptionValues', () => {
  const sized = archiveWith('sized', 'sizes');

  it('hands the archive every value given for its flags, as typed, and nothing for flags not given', () => {
    expect(archiveOptionValues(sized.adapter, { sizes: ['512', '800'], seed: 42 })).toEqual({ sizes: ['512', '800'] });
    expect(archiveOptionValues(sized.adapter, { seed: 42 })).toEqual({});
  });

  it('names the flag whose value the archive refuses', async () => {
    const smu = (await installedArchives(knownArchives)).installed.find((entry) => entry.adapter.id === 'smu')!;
    expect(() => archiveOptionValues(smu.adapter, { collections: ['ryr', 'a b'] })).toThrow(UsageError);
    expect(() => archiveOptionValues(smu.adapter, { collections: ['ryr', 'a b'] })).toThrow(
      /^--collections: "a b" is not a CONTENTdm collection alias/,
    );
  });
});

describe('checkArchiveFlags', () => {
  const sized = archiveWith('sized', 'sizes');
  const plain = archiveWith('plain', 'depth');

  it('refuses a flag of an archive that is not being collected, and lets the collected ones’ flags through', () => {
    expect(() => checkArchiveFlags([plain], [sized, plain], { sizes: ['1'] })).toThrow(
      '--sizes is an option of sized, which is not being collected',
    );
    expect(() => checkArchiveFlags([sized], [sized, plain], { sizes: ['1'] })).not.toThrow();
  });
});
