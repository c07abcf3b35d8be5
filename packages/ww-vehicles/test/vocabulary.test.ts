import { fileURLToPath } from 'node:url';
import { cleanQuery, loadCanonicalMap, querySlug, vocabularyFromQueries } from '@hx4/core';
import { describe, expect, it } from 'vitest';
import { FALLBACK_VEHICLE_LABEL, LISTINGS, VEHICLE_LABEL_RULES, vehicleLabel, wwVehiclesAdapter } from '../src/index.js';

const canonicalFile = fileURLToPath(new URL('../../../misc/canonical_labels.json', import.meta.url));

async function canonicalLabels(): Promise<Set<string>> {
  return new Set((await loadCanonicalMap(canonicalFile)).values());
}

describe('the listing catalogue', () => {
  it('is the adapter’s own query list, each key already a clean query with a readable cache name', () => {
    const { queries, canonical } = wwVehiclesAdapter.ownQueries!();
    expect(queries).toEqual(LISTINGS.map((listing) => listing.key));
    expect(queries).toContain('ww2 germany');
    expect(new Set(queries).size).toBe(queries.length);
    for (const key of queries) {
      expect(cleanQuery(key)).toBe(key);
      expect(querySlug(key)).toBe(key.replaceAll(' ', '_'));
      expect(canonical[key]).toBe(FALLBACK_VEHICLE_LABEL);
    }
    expect(vocabularyFromQueries(queries, canonical).labels).toEqual([FALLBACK_VEHICLE_LABEL]);
  });

  it('covers WW1 and every WW2 country of the reference, with site paths of .php pages', () => {
    expect(LISTINGS.filter((listing) => listing.war === 'WW1').map((listing) => listing.path)).toEqual(['/ww1/trucks.php']);
    expect(LISTINGS.filter((listing) => listing.war === 'WW2')).toHaveLength(8);
    for (const listing of LISTINGS) expect(listing.path).toMatch(/^\/ww[12]\/(?:[a-z]+\/)?[\w-]+\.php$/);
  });
});

describe('vehicleLabel', () => {
  it('only gives labels of the shared canonical vocabulary', async () => {
    const labels = await canonicalLabels();
    for (const label of [FALLBACK_VEHICLE_LABEL, ...VEHICLE_LABEL_RULES.map((rule) => rule.label)]) expect(labels).toContain(label);
  });

  it.each([
    ['Renault FT tank', 'tank'],
    ['Panzerkampfwagen IV', 'tank'],
    ['Carden-Loyd tankette', 'tank'],
    ['Sd.Kfz.231 armoured car', 'armoured vehicle'],
    ['White M3A1 scout car', 'armoured vehicle'],
    ['M3 Half-track', 'armoured vehicle'],
    ['M10 tank destroyer', 'armoured vehicle'],
    ['Diamond T 980 tank transporter', 'military vehicle'],
    ['Scammell Pioneer tank recovery tractor', 'military vehicle'],
    ['Studebaker US6 fuel tanker', 'military vehicle'],
    ['BM-13 Katyusha', 'rocket'],
    ['Panzerzug armoured train', 'train'],
    ['Opel Blitz Omnibus', 'civilian vehicle'],
    ['Leyland bus', 'civilian vehicle'],
    ['Army horse-drawn wagon', 'horse-drawn vehicle'],
    ['Opel Blitz 3.6-36S truck', 'military vehicle'],
    ['Kübelwagen', 'military vehicle'],
    ['Harley-Davidson WLA', 'military vehicle'],
  ])('labels "%s" as %s', (name, label) => {
    expect(vehicleLabel(name)).toBe(label);
  });

  it('falls back on the listing heading, and the name wins over it', () => {
    expect(vehicleLabel('Sd.Kfz.7', 'Half-tracks')).toBe('armoured vehicle');
    expect(vehicleLabel('Büssing-NAG 900', 'Buses')).toBe('civilian vehicle');
    expect(vehicleLabel('Krupp Protze', 'Light trucks')).toBe('military vehicle');
    expect(vehicleLabel('Morris CS9 armoured car', 'Trucks')).toBe('armoured vehicle');
    expect(vehicleLabel('Opel Blitz', null)).toBe(FALLBACK_VEHICLE_LABEL);
  });
});
