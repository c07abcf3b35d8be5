/**
 * Valibot, the schema library adapters check records with, as `v`. Archives build their schemas with the
 * copy the core runs them with (`defineAdapter`, `checkAnswer`), so schema types and checks are one version.
 */
export * as v from 'valibot';
