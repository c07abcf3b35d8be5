import { describe, expect, it } from 'vitest';
import { enrichedDescription } from '../src/text/index.js';

describe('enrichedDescription', () => {
  it('joins the cleaned title and description as sentences', () => {
    expect(enrichedDescription('Original caption: Tank crossing a river', 'Near Remagen, March 1945')).toBe(
      'Tank crossing a river. Near Remagen, March 1945.',
    );
  });

  it('does not double a full stop the title already has', () => {
    expect(enrichedDescription('Tank crossing a river.', 'Near Remagen')).toBe('Tank crossing a river. Near Remagen.');
  });

  it('uses whichever part is present and keeps a repeated text once', () => {
    expect(enrichedDescription(null, 'Soldiers in a trench')).toBe('Soldiers in a trench.');
    expect(enrichedDescription('Soldiers in a trench', '   ')).toBe('Soldiers in a trench.');
    expect(enrichedDescription('Soldiers in a trench', 'soldiers in a trench')).toBe('Soldiers in a trench.');
  });

  it('is null when too little is left after cleaning', () => {
    expect(enrichedDescription(null, null)).toBeNull();
    expect(enrichedDescription('Unknown', 'Neg. # 12')).toBeNull();
    expect(enrichedDescription('Ox', null)).toBeNull();
    expect(enrichedDescription('Tank', null, { minLength: 6 })).toBeNull();
    expect(enrichedDescription('...', null)).toBeNull();
  });

  it('checks the language only when asked', () => {
    expect(enrichedDescription('Soldaten rusten in een loopgraaf', null)).toBe('Soldaten rusten in een loopgraaf.');
    expect(enrichedDescription('Soldaten rusten in een loopgraaf', null, { checkEnglish: true })).toBeNull();
    expect(enrichedDescription('Soldiers resting in a trench', null, { checkEnglish: true })).toBe('Soldiers resting in a trench.');
  });
});
