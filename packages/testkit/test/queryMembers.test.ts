import { describe, expect, it } from 'vitest';
import { checkTotals, queryMembers, queryTotal } from '../src/index.js';

describe('simulated query hits', () => {
  it('are a stable subset of the pool, shared between queries, sized by the test or by hash', () => {
    expect(queryTotal(1, { tank: 1234 }, 'tank')).toBe(1234);
    const untold = queryTotal(1, {}, 'bunker');
    expect(untold).toBeGreaterThanOrEqual(0);
    expect(untold).toBeLessThanOrEqual(40);
    expect(queryTotal(1, {}, 'bunker')).toBe(untold);
    const tank = queryMembers(1, 'tank', 40);
    const jeep = queryMembers(1, 'jeep', 40);
    expect(tank).toEqual(queryMembers(1, 'tank', 40));
    expect(new Set(tank).size).toBe(40);
    expect(tank.filter((index) => jeep.includes(index)).length).toBeGreaterThan(0);
    expect(queryMembers(2, 'tank', 40)).not.toEqual(tank);
    expect(queryMembers(1, 'tank', 1200)).toHaveLength(1200);
  });

  it('refuses a total that is not a whole number of hits', () => {
    expect(() => checkTotals({ tank: -1 })).toThrow(/total for query "tank"/);
    expect(() => checkTotals({ tank: 2.5 })).toThrow(/non-negative integer/);
  });
});
