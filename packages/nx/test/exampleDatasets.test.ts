import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createNodesV2, DEFINITION_FILE } from '../src/index.js';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe("the repository's example datasets/ folder", () => {
  it('defines the six archives and history-x6 merging them, as users copy it', async () => {
    const files = (await readdir(`${repoRoot}/datasets`)).map((name) => `datasets/${name}/${DEFINITION_FILE}`);
    const [, createNodes] = createNodesV2;
    const results = await createNodes(files, undefined, { workspaceRoot: repoRoot, nxJsonConfiguration: {} });
    const projects = Object.fromEntries(
      results.flatMap(([, result]) => Object.values(result.projects ?? {})).map((project) => [project.name, project.targets]),
    );
    expect(Object.keys(projects).sort()).toEqual([
      'europeana-1914-1918',
      'history-x6',
      'national-archive-1939-1945',
      'sa-kuva-1939-1945',
      'smu-1939-1945',
      'ww-vehicles',
      'wwii-1939-1945',
    ]);
    expect(projects['europeana-1914-1918']?.collect?.options).toEqual({
      command:
        'hx4 collect europeana -d data --start-date 1914-01-01 --end-date 1918-12-31 --thumbnail-size 512,512 --img-mean-std --num-workers 8',
    });
    expect(projects['history-x6']?.merge?.options).toEqual({
      command:
        'hx4 merge -d data --expect europeana --expect national-archive --expect sa-kuva --expect smu --expect ww-vehicles --expect wwii --chunk-size 8900',
    });
    expect(projects['history-x6']?.merge?.dependsOn).toEqual([
      {
        projects: [
          'europeana-1914-1918',
          'national-archive-1939-1945',
          'sa-kuva-1939-1945',
          'smu-1939-1945',
          'wwii-1939-1945',
          'ww-vehicles',
        ],
        target: 'collect',
      },
    ]);
  });
});
