import { describe, expect, it } from 'vitest';
import { basicClean } from '../src/text/index.js';

describe('basicClean', () => {
  it.each([
    ['Original caption: A tank crossing a river', 'A tank crossing a river'],
    ['This photograph shows soldiers in a trench.', 'soldiers in a trench.'],
    ['The original finding aid described this item as: Troops landing [sic] at Anzio', 'Troops landing at Anzio'],
    ['Black and white press photograph of a parade', 'of a parade'],
    ['Photographs of the harbour after the raid', 'the harbour after the raid'],
    ['View of the town hall', 'the town hall'],
    ['Unknown', ''],
    ['Description: Bombed church', 'Bombed church'],
  ])('removes the boilerplate in %j', (input, expected) => {
    expect(basicClean(input)).toBe(expected);
  });

  it.each([
    ['Soldiers at rest, see https://example.org/item?id=5 for more', 'Soldiers at rest, see for more'],
    ['Tank column (US Air Force) Reference Number: USAF-12345 near Aachen', 'Tank column near Aachen'],
    ['Bridge at Remagen. Neg. # 123-A', 'Bridge at Remagen.'],
    ['Convoy, vol. 5, issue 2', 'Convoy'],
    ['Parade. Item # 17/3', 'Parade.'],
    ['Harbour W.Nr. 1234 5678', 'Harbour'],
    ['Ruins. Pix made about 1945', 'Ruins.'],
    ['Portrait, written in pencil D 61', 'Portrait'],
    ['Airfield [no. 12] Photo Series: Europe 1944', 'Airfield'],
    ['War Theater Number: 12 Europe\nB-17 over Berlin', 'B-17 over Berlin'],
    ['Funeral procession 9 x 12 cm', 'Funeral procession'],
  ])('removes the archival metadata in %j', (input, expected) => {
    expect(basicClean(input)).toBe(expected);
  });

  it('drops ALL-CAPS key lines but keeps ordinary lines', () => {
    expect(basicClean('SUBJECT HEADING: Army\nSoldiers marching\nRESTRICTIONS: none')).toBe('Soldiers marching');
    expect(basicClean('USA: troops')).toBe('USA: troops');
  });

  it('turns escape sequences, real line breaks and tabs into spaces', () => {
    expect(basicClean('Soldiers\\nin a trench\\r\\n\tnear Ypres')).toBe('Soldiers in a trench near Ypres');
  });

  it('removes quotes and parenthesised asides but keeps apostrophes inside words', () => {
    expect(basicClean('"The soldier\'s return" (detail) \u201Epicture\u201C')).toBe("The soldier's return picture");
    expect(basicClean('L\u2019arm\u00e9e \u2018en route\u2019')).toBe('L\u2019arm\u00e9e en route');
  });

  it('tidies dash runs, repeated full stops, brackets and spaces', () => {
    expect(basicClean('Tank -- crossing...   a {river} [1944] .')).toBe('Tank crossing. a river 1944.');
  });

  it('matches whole words in any script, not parts of words', () => {
    expect(basicClean('Portable radio part 2')).toBe('Portable radio');
    expect(basicClean('Counterpart 2')).toBe('Counterpart 2');
    expect(basicClean('Ölgemälde Vol. 3')).toBe('Ölgemälde');
  });

  it('returns an empty string for anything that is not text', () => {
    expect(basicClean(null)).toBe('');
    expect(basicClean(undefined)).toBe('');
    expect(basicClean(42)).toBe('');
    expect(basicClean('')).toBe('');
  });
});
