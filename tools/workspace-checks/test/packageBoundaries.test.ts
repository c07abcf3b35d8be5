import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const workspaceRoot = fileURLToPath(new URL('../../..', import.meta.url));

const boundaryRules = new Set(['@nx/enforce-module-boundaries', 'no-restricted-imports']);

/**
 * The workspace's ESLint config run over `code` as if it were the file at `path` (nothing is written: other tasks
 * may be building or linting the same package meanwhile). Only the boundary rules run, without type information,
 * which they do not use.
 */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: workspaceRoot,
    overrideConfig: [tseslint.configs.disableTypeChecked],
    ruleFilter: ({ ruleId }) => boundaryRules.has(ruleId),
  });
  const results = await eslint.lintText(code, { filePath: join(workspaceRoot, path) });
  return results.flatMap((result) => result.messages.map((message) => `${message.ruleId ?? 'parser'}: ${message.message}`));
}

describe('package boundaries of docs/architecture.md, as lint errors', () => {
  beforeAll(async () => {
    // @nx/enforce-module-boundaries reads the cached project graph and skips itself, with only a warning, where
    // there is none (a clean clone that has not yet run nx): make sure it exists.
    await createProjectGraphAsync({ exitOnError: false });
  });

  it('core imports no other @hx4 package, in its code or its tests', async () => {
    const archive = "import { europeanaAdapter } from '@hx4/europeana';\nexport const adapters = [europeanaAdapter];\n";
    expect(await boundaryErrors('packages/core/src/boundaryProbe.ts', archive)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: /),
    ]);
    expect(await boundaryErrors('packages/core/test/boundaryProbe.test.ts', archive)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: /),
    ]);
    const testkit = "import { startSimulator } from '@hx4/testkit';\nexport const start = startSimulator;\n";
    expect(await boundaryErrors('packages/core/src/boundaryProbe.ts', testkit)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: /),
    ]);
  });

  it('archives never import each other', async () => {
    const code = "import { europeanaAdapter } from '@hx4/europeana';\nexport const other = europeanaAdapter;\n";
    expect(await boundaryErrors('packages/smu/src/boundaryProbe.ts', code)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: .*type:core/),
    ]);
    expect(await boundaryErrors('packages/wwii/test/boundaryProbe.test.ts', code)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: .*type:core/),
    ]);
  });

  it('an archive uses the testkit only in its simulator and tests', async () => {
    const code = "import { startSimulator } from '@hx4/testkit';\nexport const start = startSimulator;\n";
    expect(await boundaryErrors('packages/sa-kuva/src/boundaryProbe.ts', code)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*src\/simulator/),
    ]);
    expect(await boundaryErrors('packages/sa-kuva/src/simulator/boundaryProbe.ts', code)).toEqual([]);
    expect(await boundaryErrors('packages/sa-kuva/test/boundaryProbe.test.ts', code)).toEqual([]);
  });

  it('the archive contract suite is for tests: no package’s src loads it, not even a simulator', async () => {
    const code = "import { describeArchiveContract } from '@hx4/testkit/contract';\nexport const suite = describeArchiveContract;\n";
    for (const path of [
      'packages/wwii/src/boundaryProbe.ts',
      'packages/wwii/src/simulator/boundaryProbe.ts',
      'packages/cli/src/boundaryProbe.ts',
    ]) {
      expect(await boundaryErrors(path, code), path).toEqual([expect.stringMatching(/^no-restricted-imports: .*for tests only/)]);
    }
    expect(await boundaryErrors('packages/wwii/test/boundaryProbe.test.ts', code)).toEqual([]);
  });

  it('merge, report and export import only core (the report also the export); their tests may make datasets with an archive simulator', async () => {
    const report = "import { writeReport } from '@hx4/report';\nexport const write = writeReport;\n";
    // Refused either by the tags or, found first, as a cycle: the report uses the export, whose tests use the merge.
    expect(await boundaryErrors('packages/merge/src/boundaryProbe.ts', report)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: /),
    ]);
    const merge = "import { mergeDatasets } from '@hx4/merge';\nexport const merged = mergeDatasets;\n";
    expect(await boundaryErrors('packages/export/src/boundaryProbe.ts', merge)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: .*type:core/),
    ]);
    const simulator = "import { europeanaSimulator } from '@hx4/europeana/simulator';\nexport const start = europeanaSimulator;\n";
    expect(await boundaryErrors('packages/report/src/boundaryProbe.ts', simulator)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: .*type:core/),
    ]);
    expect(await boundaryErrors('packages/report/test/boundaryProbe.test.ts', simulator)).toEqual([]);
  });

  it('the testkit imports core only; the CLI imports every package', async () => {
    const archive = "import { smuAdapter } from '@hx4/smu';\nexport const adapter = smuAdapter;\n";
    expect(await boundaryErrors('packages/testkit/src/boundaryProbe.ts', archive)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: /),
    ]);
    const everything = [
      "import { collect } from '@hx4/core';",
      "import { smuAdapter } from '@hx4/smu';",
      "import { mergeDatasets } from '@hx4/merge';",
      "import { startSimulator } from '@hx4/testkit';",
      'export const used = [collect, smuAdapter, mergeDatasets, startSimulator];',
    ].join('\n');
    expect(await boundaryErrors('packages/cli/src/boundaryProbe.ts', `${everything}\n`)).toEqual([]);
  });

  it('@hx4/all gathers the CLI, the archives and the testkit, and uses nothing else', async () => {
    const gathered = "import { main } from '@hx4/cli';\nimport { smuAdapter } from '@hx4/smu';\nexport const used = [main, smuAdapter];\n";
    expect(await boundaryErrors('packages/all/test/boundaryProbe.test.ts', gathered)).toEqual([]);
    const merge = "import { mergeDatasets } from '@hx4/merge';\nexport const merged = mergeDatasets;\n";
    expect(await boundaryErrors('packages/all/test/boundaryProbe.test.ts', merge)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: .*type:cli/),
    ]);
  });

  it('the Nx plugin imports only core (it runs the CLI as a program); its tests may collect from an archive simulator', async () => {
    const core = "import { readRunSummary } from '@hx4/core';\nexport const read = readRunSummary;\n";
    expect(await boundaryErrors('packages/nx/src/boundaryProbe.ts', core)).toEqual([]);
    const cli = "import { main } from '@hx4/cli';\nexport const run = main;\n";
    expect(await boundaryErrors('packages/nx/src/boundaryProbe.ts', cli)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: .*type:core/),
    ]);
    const simulator = "import { europeanaSimulator } from '@hx4/europeana/simulator';\nexport const start = europeanaSimulator;\n";
    expect(await boundaryErrors('packages/nx/src/boundaryProbe.ts', simulator)).toEqual([
      expect.stringMatching(/^@nx\/enforce-module-boundaries: .*type:core/),
    ]);
    expect(await boundaryErrors('packages/nx/test/boundaryProbe.test.ts', simulator)).toEqual([]);
  });
});
