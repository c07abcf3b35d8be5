import { describe, expect, it } from 'vitest';
import {
  ArchiveResponseError,
  checkAnswer,
  defineAdapter,
  isObject,
  stringValues,
  v,
  wholeNumber,
  type AdapterOptions,
  type ArchiveAdapter,
  type DetailFetcher,
} from '../src/adapter/index.js';

const options: AdapterOptions = { endpoint: 'https://archive.example.org', window: null };

const photoSchema = v.looseObject({
  id: v.string(),
  title: v.optional(v.array(v.string())),
  pointer: v.optional(v.union([v.number(), v.string()])),
});
type Photo = v.InferOutput<typeof photoSchema>;

const pageSchema = v.array(photoSchema);

function thrown(run: () => unknown): ArchiveResponseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArchiveResponseError) return error;
    throw error;
  }
  throw new Error('expected an ArchiveResponseError');
}

describe('checkAnswer', () => {
  it('gives the value as it came, unknown fields and their order kept', () => {
    const photos = [{ extra: { a: 1 }, id: 'p1', title: ['Tank'] }];
    const checked = checkAnswer(pageSchema, photos, 'The archive', 'items');
    expect(checked).toBe(photos);
    expect(Object.keys(checked[0] ?? {})).toEqual(['extra', 'id', 'title']);
  });

  it('names the first field that does not fit, with its position in the answer, and asks again', () => {
    const error = thrown(() => checkAnswer(pageSchema, [{ id: 'p1' }, { id: 'p2', title: 'Tank' }], 'The archive', 'items'));
    expect(error.message).toBe('The archive answered items[1].title: expected Array, received "Tank"');
    expect(error.retryable).toBe(true);
  });

  it('says a value is missing where a required field is left out', () => {
    expect(thrown(() => checkAnswer(v.object({ pager: v.object({ total: v.number() }) }), { pager: {} }, 'The archive')).message).toBe(
      'The archive answered pager.total: expected a value, received undefined',
    );
  });

  it('names the answer itself when it is not what the schema reads', () => {
    expect(thrown(() => checkAnswer(pageSchema, null, 'The archive')).message).toBe(
      'The archive answered a body: expected Array, received null',
    );
  });

  it('names the deepest field an option of a union reached, the first option on a tie', () => {
    const image = v.looseObject({ name: v.string(), file: v.object({ war: v.picklist(['WW1', 'WW2']) }) });
    const shapes = v.union([v.strictObject({ name: v.string() }), image]);
    expect(thrown(() => checkAnswer(shapes, { name: 'Tank', file: { war: 'WW3' } }, 'The cache')).message).toBe(
      'The cache answered file.war: expected ("WW1" | "WW2"), received "WW3"',
    );
    expect(
      thrown(() => checkAnswer(v.object({ shapes: v.array(shapes) }), { shapes: [{ name: 'Tank', file: { war: 'WW3' } }] }, 'The cache'))
        .message,
    ).toBe('The cache answered shapes[0].file.war: expected ("WW1" | "WW2"), received "WW3"');
    expect(thrown(() => checkAnswer(v.union([v.string(), v.number()]), null, 'The cache')).message).toBe(
      'The cache answered a body: expected (string | number), received null',
    );
    expect(thrown(() => checkAnswer(shapes, null, 'The cache')).message).toBe('The cache answered a body: expected Object, received null');
  });
});

describe('defineAdapter', () => {
  const seen: unknown[] = [];
  const typed: ArchiveAdapter<Photo> = {
    id: 'photos',
    datasetName: 'PHOTOS',
    defaultEndpoint: options.endpoint,
    defaultWindow: null,
    politeness: { requestsPerSecond: 1, concurrency: 1 },
    options: { sizes: { description: 'image sizes', parse: (values) => values.map(Number) } },
    configure: (given) => ({ ...typed, datasetName: `PHOTOS_${given.sizes?.join('_') ?? 'ALL'}` }),
    pageRequest: (query) => ({ url: `${options.endpoint}/search?q=${query}` }),
    parsePage: (body) => ({ records: checkAnswer(pageSchema, body, 'The archive'), next: null }),
    recordRef: (record) => ({ id: record.id, url: `${options.endpoint}/${record.id}` }),
    expandRecord: async (record) => {
      seen.push(record);
      return [record];
    },
    toRow: (record) => ({
      id: record.id,
      doc_id: record.id,
      img_url: `${options.endpoint}/${record.id}.jpg`,
      doc_url: `${options.endpoint}/${record.id}`,
    }),
  };
  const adapter: ArchiveAdapter = defineAdapter(photoSchema, typed);
  const fetch: DetailFetcher = {
    getText: () => Promise.reject(new Error('no pages')),
    getJson: () => Promise.reject(new Error('no pages')),
  };

  it('hands records that fit to the archive’s own code', async () => {
    const photo = { id: 'p1', title: ['Tank'], pointer: '12' };
    expect(adapter.toRow(photo, options)).toMatchObject({ id: 'p1' });
    expect(adapter.recordRef(photo, options)).toEqual({ id: 'p1', url: `${options.endpoint}/p1` });
    expect(await adapter.expandRecord?.(photo, fetch, options)).toEqual([photo]);
    expect(seen).toEqual([photo]);
  });

  it('drops a record that does not fit, naming the field the same way for every record', () => {
    expect(adapter.toRow({ id: 'p1', title: [7] }, options)).toEqual({ drop: 'unreadable record (title[]: expected string)' });
    expect(adapter.toRow({ id: 'p2', title: [null, 'x'] }, options)).toEqual({ drop: 'unreadable record (title[]: expected string)' });
    expect(adapter.toRow('p1', options)).toEqual({ drop: 'unreadable record (the record: expected Object)' });
    expect(adapter.recordRef({ title: ['Tank'] }, options)).toBeNull();
  });

  it('fails the expansion of a record that does not fit, before the archive’s code sees it', async () => {
    await expect(adapter.expandRecord?.({ id: 5 }, fetch, options)).rejects.toThrow('unreadable record (id: expected string)');
  });

  it('keeps the archive’s identity and options, and checks the records of the adapter configure makes', () => {
    expect(adapter).toMatchObject({ id: 'photos', datasetName: 'PHOTOS' });
    expect(Object.keys(adapter.options ?? {})).toEqual(['sizes']);
    const configured = adapter.configure?.({ sizes: ['512', '800'] }, { thumbnailSize: null });
    expect(configured?.datasetName).toBe('PHOTOS_512_800');
    expect(configured?.toRow({ id: 9 }, options)).toEqual({ drop: 'unreadable record (id: expected string)' });
  });

  it('leaves out the hooks the archive does not have', () => {
    const { expandRecord: _expand, configure: _configure, ...plain } = typed;
    expect(defineAdapter(photoSchema, plain)).not.toHaveProperty('expandRecord');
    expect(defineAdapter(photoSchema, plain)).not.toHaveProperty('configure');
  });
});

describe('field readers', () => {
  it('isObject: plain objects only', () => {
    expect([{}, [], null, 'x'].map(isObject)).toEqual([true, false, false, false]);
  });

  it('stringValues: the non-blank strings of a list or a lone string', () => {
    expect(stringValues(['a', ' ', 7, 'b'])).toEqual(['a', 'b']);
    expect(stringValues('a')).toEqual(['a']);
    expect(stringValues({ a: 'b' })).toEqual([]);
  });

  it('wholeNumber: numbers and digit strings, never negative, fractional or inexact', () => {
    expect([12, ' 12 ', '0', -1, 1.5, 2 ** 60, '1e3', '1234567890123456', null].map(wholeNumber)).toEqual([
      12,
      12,
      0,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
