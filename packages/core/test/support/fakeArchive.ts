import * as v from 'valibot';

/** The records of the fake archives: numbered. */
export const FAKE_RECORD = v.object({ n: v.number() });

/**
 * What every fake archive of the core's tests shares: its identity, no date window, no politeness limit
 * worth waiting for, and records named by their `n`. Each test adds how to ask and how to read.
 */
export const FAKE_ARCHIVE = {
  id: 'fake',
  datasetName: 'FAKE',
  defaultEndpoint: 'http://fake.test',
  defaultWindow: null,
  politeness: { requestsPerSecond: 100, concurrency: 1 },
  recordRef: (record: { n: number }) => ({ id: `rec-${record.n}`, url: `http://fake.test/record/${record.n}` }),
};
