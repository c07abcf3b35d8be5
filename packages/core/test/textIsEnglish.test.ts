import { describe, expect, it } from 'vitest';
import { englishConfidence, isEnglish } from '../src/text/index.js';

const english = [
  'Soldiers resting in a trench',
  'Field hospital near the front',
  'Women working in an ammunition factory',
  'Refugees waiting at the station',
  'Children playing among the ruins of the houses destroyed by bombs',
];
const notEnglish = {
  german: ['Soldaten in einem Schützengraben', 'Zerstörte Kirche in der Altstadt', 'Trümmer nach dem Luftangriff'],
  french: ['Soldats au repos dans une tranchée', 'Réfugiés attendant à la gare', 'Monument aux morts de la Grande Guerre'],
  dutch: [
    'Soldaten rusten in een loopgraaf',
    'Vluchtelingen wachten op het station',
    'Verpleegsters van het Rode Kruis met gewonden',
    'Gebombardeerde kerk in de oude stad',
    // Read as English when Dutch is not a candidate language (the reference's bug).
    'Boot op het water',
    'Man met hoed',
    'Brand in de haven van Rotterdam',
    'Tank steekt een rivier over',
  ],
  finnish: ['Sotilaita lepäämässä juoksuhaudassa', 'Pakolaisia odottamassa asemalla', 'Rauniot pommituksen jälkeen'],
  italian: ['Soldati a riposo in una trincea', 'Profughi in attesa alla stazione', 'Rovine dopo il bombardamento aereo'],
};

describe('isEnglish', () => {
  it.each(english)('accepts the English title %j', (title) => {
    expect(isEnglish(title)).toBe(true);
    expect(isEnglish(title, 0.03)).toBe(true);
  });

  it.each(Object.entries(notEnglish).flatMap(([language, titles]) => titles.map((title) => [language, title])))(
    'rejects the %s title %j',
    (_language, title) => {
      expect(isEnglish(title)).toBe(false);
      expect(isEnglish(title, 0.01)).toBe(false);
    },
  );

  it('treats blank and non-text input as not English', () => {
    expect(isEnglish('')).toBe(false);
    expect(isEnglish('   \n ')).toBe(false);
    expect(isEnglish(null)).toBe(false);
    expect(isEnglish(undefined)).toBe(false);
    expect(englishConfidence('1943 - 12')).toBe(0);
  });

  it('gives a confidence between 0 and 1 that the threshold is compared with', () => {
    const confidence = englishConfidence('Tank crossing a river');
    expect(confidence).toBeGreaterThan(0.5);
    expect(confidence).toBeLessThanOrEqual(1);
    expect(isEnglish('Tank crossing a river', confidence)).toBe(false);
  });
});
