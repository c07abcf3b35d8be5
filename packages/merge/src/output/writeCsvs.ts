import { writeCsv } from '@hx4/core';

/** Output fed from a shared stream: `pick` gives its record for an item (null leaves the item out), `write` consumes them all. */
export interface RecordSink<T> {
  pick(item: T): Record<string, unknown> | null;
  /** Resolves to the number of records written. */
  write(records: AsyncIterable<Record<string, unknown>>): Promise<number>;
}

/** A sink writing one CSV through core's atomic `writeCsv`. */
export function csvSink<T>(path: string, columns: readonly string[], pick: RecordSink<T>['pick']): RecordSink<T> {
  return { pick, write: (records) => writeCsv(path, columns, records) };
}

/** Items a target may lag behind before the stream waits for it: bounds memory whatever the row count. */
const MAX_BACKLOG = 2000;

/**
 * Feeds several sinks (CSV files) from one pass over `items`, so a large input is read once for all
 * of them; a slow sink holds the stream back rather than letting records pile up. Returns the record
 * count of each sink, in order.
 */
export async function writeCsvs<T>(targets: readonly RecordSink<T>[], items: AsyncIterable<T>): Promise<number[]> {
  const channels = targets.map(() => new Channel<Record<string, unknown>>());
  const writes = targets.map((target, i) =>
    target.write(channels[i].drain()).catch((error: unknown) => {
      channels[i].abandon();
      throw error;
    }),
  );
  let failure: unknown;
  try {
    for await (const item of items) {
      for (let i = 0; i < targets.length; i++) {
        const record = targets[i].pick(item);
        if (record) channels[i].push(record);
      }
      for (const channel of channels) await channel.room();
    }
  } catch (error) {
    failure = error;
  } finally {
    for (const channel of channels) channel.close(failure);
  }
  const outcomes = await Promise.allSettled(writes);
  if (failure !== undefined) throw failure;
  const rejected = outcomes.find((outcome) => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<number>).value);
}

/** A one-producer, one-consumer queue whose producer waits while the consumer is behind. */
class Channel<T> {
  private items: T[] = [];
  private done = false;
  private failure: unknown;
  private abandoned = false;
  private wakeConsumer: (() => void) | null = null;
  private wakeProducer: (() => void) | null = null;

  push(item: T): void {
    if (this.abandoned) return;
    this.items.push(item);
    this.wake('consumer');
  }

  /** Resolves once the backlog is short enough (at once when the consumer has stopped). */
  async room(): Promise<void> {
    while (!this.abandoned && this.items.length >= MAX_BACKLOG) await new Promise<void>((wake) => (this.wakeProducer = wake));
  }

  /** No more items; with a failure, the consumer throws it instead of finishing. */
  close(failure?: unknown): void {
    this.done = true;
    this.failure = failure;
    this.wake('consumer');
  }

  /** The consumer gave up (its write failed): drop further items. */
  abandon(): void {
    this.abandoned = true;
    this.items = [];
    this.wake('producer');
  }

  async *drain(): AsyncGenerator<T> {
    for (;;) {
      if (this.items.length > 0) {
        const batch = this.items;
        this.items = [];
        this.wake('producer');
        yield* batch;
      } else if (this.done) {
        if (this.failure !== undefined) throw this.failure;
        return;
      } else {
        await new Promise<void>((wake) => (this.wakeConsumer = wake));
      }
    }
  }

  private wake(side: 'consumer' | 'producer'): void {
    const wake = side === 'consumer' ? this.wakeConsumer : this.wakeProducer;
    if (side === 'consumer') this.wakeConsumer = null;
    else this.wakeProducer = null;
    wake?.();
  }
}
