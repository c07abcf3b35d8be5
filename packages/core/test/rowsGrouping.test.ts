import { describe, expect, it } from 'vitest';
import { groupRows, vocabularyFromQueries, type RowDraft } from '@hx4/core';
import type { RowContribution } from '../src/rows/ImageGroup.js';
import { RowGrouper } from '../src/rows/RowGrouper.js';

const vocabulary = vocabularyFromQueries(['airplane', 'tank', 'biplane', 'bomber', 'armoured car'], {
  airplane: 'aircraft',
  biplane: 'aircraft',
  bomber: 'combat aircraft',
  'armoured car': 'armoured vehicle',
});

const options = {
  datasetDir: '/data/EUROPEANA_1900-01-01_1970-12-31',
  datasetName: 'EUROPEANA_1900-01-01_1970-12-31',
  vocabulary,
  fileSafeId: (raw: string) => raw.replaceAll('/', 'SLASH'),
};

function found(query: string, draft: Partial<RowDraft> & Pick<RowDraft, 'img_url'>): RowContribution {
  return { query, draft: { id: 'rec', doc_id: 'doc', doc_url: 'https://archive.test/doc', ...draft } };
}

/** Deterministic shuffles (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('groupRows', () => {
  it('merges the queries of one image and labels it with the most frequent canonical label', () => {
    const [row] = groupRows(
      [
        found('tank', { img_url: 'https://img.test/1.jpg', id: '/9200/abc' }),
        found('biplane', { img_url: 'https://img.test/1.jpg', id: '/9200/abc' }),
        found('airplane', { img_url: 'https://img.test/1.jpg', id: '/9200/abc' }),
      ],
      options,
    );
    expect(row).toMatchObject({
      id: 'SLASH9200SLASHabc',
      user_query: ['airplane', 'biplane', 'tank'],
      canonical_labels: ['aircraft', 'tank'],
      label: 'aircraft',
      img_url: 'https://img.test/1.jpg',
      img_path: '/data/EUROPEANA_1900-01-01_1970-12-31/images/SLASH9200SLASHabc.jpg',
      file_name: 'images/SLASH9200SLASHabc.jpg',
      dataset: 'EUROPEANA_1900-01-01_1970-12-31',
    });
    expect(row).not.toHaveProperty('enriched_document_description');
  });

  it("uses a record's own labels when the archive gives them instead of the query's", () => {
    const [row] = groupRows(
      [
        found('armoured car', { img_url: 'https://img.test/1.jpg', labels: ['tank'] }),
        found('tank', { img_url: 'https://img.test/1.jpg' }),
      ],
      options,
    );
    expect(row?.user_query).toEqual(['armoured car', 'tank']);
    expect(row?.canonical_labels).toEqual(['tank']);
    expect(row?.label).toBe('tank');
  });

  it('breaks a tie between labels by vocabulary order', () => {
    const [row] = groupRows(
      [found('bomber', { img_url: 'https://img.test/1.jpg' }), found('tank', { img_url: 'https://img.test/1.jpg' })],
      options,
    );
    expect(row?.label).toBe('tank');
    expect(row?.canonical_labels).toEqual(['combat aircraft', 'tank']);
  });

  it('takes each field from the first record that has it, ranked by query order then doc id', () => {
    const image = 'https://img.test/1.jpg';
    const [row] = groupRows(
      [
        found('bomber', { img_url: image, doc_id: 'a', title: 'from bomber', country: 'Finland', doc_year: 1941 }),
        found('tank', { img_url: image, doc_id: 'z', title: null, description: 'from tank z', doc_year: null }),
        found('tank', { img_url: image, doc_id: 'b', title: 'from tank b', description: null }),
      ],
      options,
    );
    expect(row).toMatchObject({
      doc_id: 'b',
      title: 'from tank b',
      description: 'from tank z',
      country: 'Finland',
      doc_year: 1941,
      raw_doc_date: null,
      doc_date: null,
    });
  });

  it('gives the same rows whatever order the records arrive in', async () => {
    const queries = vocabulary.queries;
    const contributions: RowContribution[] = [];
    for (let i = 0; i < 300; i++) {
      const image = i % 40;
      contributions.push(
        found(queries[(i * 7) % queries.length]!, {
          img_url: `https://img.test/${image}.jpg`,
          id: `rec${image % 30}`,
          doc_id: `doc${i % 11}`,
          title: i % 3 === 0 ? null : `title ${i}`,
          description: i % 5 === 0 ? `description ${i}` : null,
          doc_year: i % 4 === 0 ? null : 1900 + i,
        }),
      );
    }
    const expected = groupRows(contributions, options);
    expect(expected).toHaveLength(40);
    for (const seed of [1, 2, 3]) expect(groupRows(shuffled(contributions, seed), options)).toEqual(expected);
    async function* stream() {
      yield* shuffled(contributions, 4);
    }
    expect(await groupRows(stream(), options)).toEqual(expected);
  });

  it('makes ids unique (ignoring case) by image URL order and sorts rows by id', () => {
    const rows = groupRows(
      [
        found('tank', { img_url: 'https://img.test/c.jpg', id: 'rec' }),
        found('tank', { img_url: 'https://img.test/a.jpg', id: 'rec' }),
        found('tank', { img_url: 'https://img.test/b.jpg', id: 'REC' }),
        found('tank', { img_url: 'https://img.test/d.jpg', id: 'rec_2' }),
        found('tank', { img_url: 'https://img.test/e.jpg', id: 'other' }),
      ],
      options,
    );
    expect(rows.map((row) => [row.id, row.img_url])).toEqual([
      ['REC_3', 'https://img.test/b.jpg'],
      ['other', 'https://img.test/e.jpg'],
      ['rec', 'https://img.test/a.jpg'],
      ['rec_2', 'https://img.test/d.jpg'],
      ['rec_4', 'https://img.test/c.jpg'],
    ]);
    expect(rows.find((row) => row.id === 'rec_4')?.file_name).toBe('images/rec_4.jpg');
  });

  it('keeps queries outside the vocabulary as their own label', () => {
    const grouper = new RowGrouper(options);
    grouper.add(found('zeppelin', { img_url: 'https://img.test/1.jpg' }));
    expect(grouper.rows()[0]).toMatchObject({ label: 'zeppelin', canonical_labels: ['zeppelin'] });
  });

  it('rejects a record without an image URL', () => {
    expect(() => groupRows([found('tank', { img_url: '', doc_id: 'd7' })], options)).toThrow('Record "d7" found by "tank" has no img_url');
  });
});
