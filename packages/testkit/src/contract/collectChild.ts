// A collect of the contract suite in a process of its own, on the built packages, for the tests that kill it:
// `node collectChild.js '<CollectChildSpec as JSON>'`.
import type { ArchiveAdapter } from '@hx4/core';
import { type CollectChildSpec, contractCollect } from './contractCollect.js';

const spec = JSON.parse(process.argv[2] ?? '') as CollectChildSpec;
const exports = (await import(spec.adapterModule)) as Record<string, unknown>;
const adapter = Object.values(exports).find((value): value is ArchiveAdapter => isAdapterOf(value, spec.archive));
if (!adapter) throw new Error(`${spec.adapterModule} exports no adapter with the id "${spec.archive}"`);
await contractCollect(adapter, spec);

function isAdapterOf(value: unknown, id: string): boolean {
  return typeof value === 'object' && value !== null && 'id' in value && value.id === id && 'pageRequest' in value;
}
