import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installedArchives } from '../src/installedArchives.js';
import { knownArchives } from '../src/knownArchives.js';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the known archives', () => {
  it('each load, here where every package is installed, with an adapter that answers to the id hx4 knows it by', async () => {
    const archives = await installedArchives(knownArchives);
    expect(archives.missing).toEqual([]);
    expect(archives.installed.map((entry) => entry.adapter.id)).toEqual(knownArchives.map((archive) => archive.id));
  });

  it('each bring simulator routes for hx4 demo, for their own id', async () => {
    for (const archive of knownArchives) expect((await archive.demo()).simulator.id).toBe(archive.id);
  });

  it('are optional peers of @hx4/cli with the testkit, never its dependencies, and devDependencies for its tests', () => {
    const optional = [...knownArchives.map((archive) => archive.packageName), '@hx4/testkit'].sort();
    expect(Object.keys(manifest.peerDependencies).sort()).toEqual(optional);
    expect(Object.keys(manifest.peerDependenciesMeta).sort()).toEqual(optional);
    for (const name of optional) {
      expect(manifest.peerDependenciesMeta[name]).toEqual({ optional: true });
      expect(manifest.devDependencies[name]).toBe(manifest.peerDependencies[name]);
      expect(manifest.dependencies[name]).toBeUndefined();
    }
  });
});
