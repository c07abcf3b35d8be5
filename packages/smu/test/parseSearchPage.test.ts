import { readFileSync } from 'node:fs';
import { ArchiveResponseError } from '@hx4/core';
import { itemAt } from '@hx4/testkit';
import { describe, expect, it } from 'vitest';
import { smuAdapter } from '../src/index.js';

const pageText = readFileSync(new URL('./fixtures/searchPage.json', import.meta.url), 'utf8');
const parse = (body: unknown, cursor: number | null = null) => smuAdapter.parsePage(body, 'tank', cursor);

function failure(body: unknown): ArchiveResponseError {
  try {
    parse(body);
  } catch (error) {
    if (error instanceof ArchiveResponseError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('smuAdapter.parsePage', () => {
  it('reads the records and the pager total of a dmQuery answer; a last page has no next', () => {
    const page = parse(pageText);
    expect(page.total).toBe(3);
    expect(page.next).toBeNull();
    expect(page.records.map((record) => [record.collection, record.pointer, record.filetype])).toEqual([
      ['/ryr', 2239, 'jp2'],
      ['/stn', 1014, 'cpd'],
      ['/mcs', 259, 'pdf'],
    ]);
    expect(itemAt(page.records, 0, 'record').title).toBe('Officers studying a map – Saint-Lô, France');
  });

  it('goes on from start + 1024 while that is within the total', () => {
    const body = (total: number | string) => ({
      pager: { start: '1', maxrecs: '1024', total },
      records: [{ collection: '/ryr', pointer: 1 }],
    });
    expect(parse(body(2048)).next).toBe(1025);
    expect(parse(body('2049'), 1025).next).toBe(2049);
    expect(parse(body(2048), 1025).next).toBeNull();
  });

  it('stops on an empty page even when the total promises more', () => {
    expect(parse({ pager: { start: '2049', maxrecs: '1024', total: 5000 }, records: [] }, 2049).next).toBeNull();
  });

  it('takes a search without hits that leaves out its records', () => {
    expect(parse({ pager: { start: '1', maxrecs: '1024', total: 0 } })).toEqual({ records: [], next: null, total: 0 });
  });

  it('reports an unknown collection (HTML with status 200) as a final refusal naming the alias', () => {
    const error = failure('Error looking up collection /nope<br>\n');
    expect(error.message).toBe('CONTENTdm does not know the collection "nope"; check the collection aliases');
    expect(error.retryable).toBe(false);
  });

  it('reports an error body as a final refusal with its message', () => {
    const error = failure('{"code":"-1","message":"Invalid search string"}');
    expect(error.message).toBe('CONTENTdm refused the search: Invalid search string');
    expect(error.retryable).toBe(false);
  });

  it('names the field of the first record whose shape drifted, and asks again', () => {
    const error = failure('{"pager":{"total":2},"records":[{"collection":"/ryr","pointer":1},{"collection":"/ryr","pointer":[2]}]}');
    expect(error.message).toBe('CONTENTdm answered records[1].pointer: expected (number | string), received Array');
    expect(error.retryable).toBe(true);
  });

  it('asks again for bodies it cannot read', () => {
    for (const body of [
      '{"pager":{"start":"1"',
      '<html>Service Unavailable</html>',
      '[]',
      '{"records":[]}',
      '{"pager":{"total":4},"records":{}}',
      '{"pager":{"total":4},"records":[1]}',
    ]) {
      expect(failure(body).retryable, body).toBe(true);
    }
  });
});
