import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  decodeEntities,
  nonBlankText,
  normalise,
  phraseMatcher,
  wholeTermMatcher,
  wordStartMatcher,
} from '../src/text/index.js';

describe('normalise', () => {
  it('lower-cases, straightens curly apostrophes and collapses whitespace', () => {
    expect(normalise('  Artist\u2019s\n\t CONCEPTION ')).toBe("artist's conception");
  });
});

describe('wholeTermMatcher', () => {
  const excluded = wholeTermMatcher(['map', 'letter', 'page', "artist's conception", 'book cover']);

  it('finds a term as whole words, plurals included, in any case and spacing', () => {
    expect(excluded('Maps of Normandy')).toBe(true);
    expect(excluded('BOOK\n  COVERS')).toBe(true);
    expect(excluded('An artist\u2019s conception of the landing')).toBe(true);
  });

  it('finds no term inside another word', () => {
    expect(excluded('Mapping the coast')).toBe(false);
    expect(excluded('The newsletter')).toBe(false);
    expect(excluded('A pageant')).toBe(false);
  });

  it('bounds words in any script, not only ASCII', () => {
    expect(wholeTermMatcher(['sota'])('Sotaväki')).toBe(false);
    expect(wholeTermMatcher(['sota'])('sota-aika')).toBe(true);
  });

  it('reads a list written in capitals as its lower-case words, and an empty list as no term', () => {
    expect(wholeTermMatcher(['Poster'])('two posters')).toBe(true);
    expect(wholeTermMatcher([])('anything')).toBe(false);
  });

  it('takes terms as text, not as patterns', () => {
    expect(wholeTermMatcher(['3d (hbim)'])('A 3D (HBIM) model')).toBe(true);
    expect(wholeTermMatcher(['a.b'])('axb')).toBe(false);
  });
});

describe('wordStartMatcher', () => {
  it('finds a term starting a word, so longer forms count but words ending in it do not', () => {
    const useless = wordStartMatcher(['drawing', 'poster']);
    expect(useless('Posters and drawings')).toBe(true);
    expect(useless('Withdrawing troops')).toBe(false);
  });
});

describe('phraseMatcher', () => {
  it('finds a phrase at a word start, its words parted by spaces or hyphens either way', () => {
    expect(phraseMatcher('half-track')('Half track vehicles')).toBe(true);
    expect(phraseMatcher('half track')('A half-track')).toBe(true);
    expect(phraseMatcher('tank')('Tanks in the snow')).toBe(true);
    expect(phraseMatcher('tank')('Antitank guns')).toBe(false);
  });
});

describe('collapseWhitespace and nonBlankText', () => {
  it('collapse line breaks, tabs and no-break spaces', () => {
    expect(collapseWhitespace(' a\n\t b\u00a0 c ')).toBe('a b c');
  });

  it('give null for blank or missing text', () => {
    expect(nonBlankText('  \n ')).toBeNull();
    expect(nonBlankText(undefined)).toBeNull();
    expect(nonBlankText(' Tank  crew ')).toBe('Tank crew');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references once, and leaves unknown ones', () => {
    expect(decodeEntities('Smith &amp; Sons&nbsp;&#8211;&#x2014; &amp;amp; &bogus; &#0;')).toBe('Smith & Sons –— &amp; &bogus; &#0;');
  });
});
