// ESLint for the whole workspace: typescript-eslint's strictTypeChecked with type information, and the package
// rules of docs/architecture.md ("Packages and who imports whom") as @nx/enforce-module-boundaries constraints
// on the tags each package.json declares under nx.tags. Formatting is Prettier's, so no stylistic rules here.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const archives = ['europeana', 'national-archive', 'sa-kuva', 'smu', 'wwii', 'ww-vehicles'];
const contractSuite = { name: '@hx4/testkit/contract', message: 'The archive contract suite is for tests only.' };

/** Who may import whom from a package's src/ (its published code). */
const sourceConstraints = [
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:archive', onlyDependOnLibsWithTags: ['type:core', 'type:testkit'] },
  // The report reads an export's summary to link it from the dataset card.
  { sourceTag: 'type:dataset-tool', onlyDependOnLibsWithTags: ['type:core', 'type:export'] },
  { sourceTag: 'type:export', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:testkit', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:cli', onlyDependOnLibsWithTags: ['*'] },
  // @hx4/all only gathers the CLI, the archives and the testkit for one install.
  { sourceTag: 'type:distribution', onlyDependOnLibsWithTags: ['type:cli', 'type:archive', 'type:testkit'] },
  // The Nx plugin runs the hx4 CLI as a program; it reads datasets' run summaries with core.
  { sourceTag: 'type:nx-plugin', onlyDependOnLibsWithTags: ['type:core'] },
];

/** Tests may also use what their package lists as devDependencies: merge's and report's tests make datasets
 * with an archive's simulator and the testkit. */
const testConstraints = [
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:archive', onlyDependOnLibsWithTags: ['type:core', 'type:testkit'] },
  { sourceTag: 'type:dataset-tool', onlyDependOnLibsWithTags: ['type:core', 'type:export', 'type:testkit', 'type:archive'] },
  // The export's tests export a collected and a merged dataset.
  { sourceTag: 'type:export', onlyDependOnLibsWithTags: ['type:core', 'type:testkit', 'type:archive', 'type:dataset-tool'] },
  { sourceTag: 'type:testkit', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:cli', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'type:distribution', onlyDependOnLibsWithTags: ['type:cli', 'type:archive', 'type:testkit'] },
  // The Nx plugin's end-to-end test collects from an archive's simulator.
  { sourceTag: 'type:nx-plugin', onlyDependOnLibsWithTags: ['type:core', 'type:testkit', 'type:archive'] },
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/test/fixtures/**', '.nx/**', 'coverage/**', 'demo-output/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { '@nx': nx },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Template literals here build log lines and file names from numbers and unions of strings all the time.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowNumber: true,
          allowBoolean: true,
          allow: [
            { from: 'lib', name: ['Error', 'URL', 'URLSearchParams'] },
            { from: 'package', package: 'url', name: ['URL', 'URLSearchParams'] },
          ],
        },
      ],
      // `void` arrow shorthands (`() => void promise`) are how the code marks a promise deliberately not awaited.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `!` marks invariants the types cannot express (an index just checked against the length, a key set above);
      // noUncheckedIndexedAccess makes them explicit, and review judges each one.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['packages/*/test/**/*.ts', 'tools/*/test/**/*.ts'],
    rules: {
      // Tests read back the JSON the code under test wrote and check its shape with expect(), at run time.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Fakes implement async interfaces (an HTTP client, a stream of records) with nothing to wait for.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { depConstraints: sourceConstraints }],
    },
  },
  {
    files: ['packages/*/test/**/*.ts'],
    rules: {
      // A package's tests may import the package by its published name, as its users do.
      '@nx/enforce-module-boundaries': ['error', { depConstraints: testConstraints, allowCircularSelfDependency: true }],
    },
  },
  {
    // The contract suite registers vitest tests; published code never loads it.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/testkit/src/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [contractSuite] }] },
  },
  // An archive's adapter runs in users' processes; the testkit (the simulator shell) is for its simulator only.
  ...archives.map((archive) => ({
    files: [`packages/${archive}/src/**/*.ts`],
    ignores: [`packages/${archive}/src/simulator/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@hx4/testkit', message: 'An archive uses @hx4/testkit only in src/simulator/ and tests.' }, contractSuite] },
      ],
    },
  })),
  {
    // Plain JavaScript (bench scripts, the CLI's bin, child-process drivers of tests) is linted without types.
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
