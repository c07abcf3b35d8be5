import { hammingDistance } from '../features/index.js';

/** The largest threshold accepted: past it the blocks get so short that every lookup scans most rows. */
export const MAX_PERCEPTUAL_THRESHOLD = 15;

interface Block {
  shift: number;
  width: number;
  buckets: Map<number, number[]>;
}

/**
 * Multi-index hashing (Norouzi et al.) of 64-bit hashes for "all earlier hashes within `threshold`
 * bits": the hash is cut into threshold + 1 blocks, and two hashes that close agree exactly on at
 * least one block (pigeonhole), so a lookup only compares against rows sharing a block value instead
 * of against every row.
 */
export class PerceptualIndex {
  private readonly blocks: Block[];
  private readonly highs: number[] = [];
  private readonly lows: number[] = [];
  private readonly rows: number[] = [];
  /** Last lookup that compared each entry, so an entry found through two blocks is compared once. */
  private readonly seenBy: number[] = [];
  private lookups = 0;

  constructor(private readonly threshold: number) {
    if (!(Number.isInteger(threshold) && threshold >= 0 && threshold <= MAX_PERCEPTUAL_THRESHOLD)) {
      throw new Error(`perceptual threshold must be a whole number of bits from 0 to ${MAX_PERCEPTUAL_THRESHOLD}, got ${threshold}`);
    }
    // At least two blocks, so each fits in 32 bits.
    const count = Math.max(2, threshold + 1);
    this.blocks = Array.from({ length: count }, (_, i) => {
      const start = Math.floor((64 * i) / count);
      const end = Math.floor((64 * (i + 1)) / count);
      return { shift: start, width: end - start, buckets: new Map() };
    });
  }

  /** Rows added earlier whose hash is within the threshold of this one, for which `accept` holds. */
  matches(high: number, low: number, accept: (row: number) => boolean): number[] {
    const stamp = ++this.lookups;
    const found: number[] = [];
    for (const block of this.blocks) {
      const entries = block.buckets.get(blockValue(high, low, block));
      if (!entries) continue;
      for (const entry of entries) {
        if (this.seenBy[entry] === stamp) continue;
        this.seenBy[entry] = stamp;
        const near = hammingDistance(high, low, this.highs[entry], this.lows[entry]) <= this.threshold;
        if (near && accept(this.rows[entry])) found.push(this.rows[entry]);
      }
    }
    return found;
  }

  add(row: number, high: number, low: number): void {
    const entry = this.rows.length;
    this.rows.push(row);
    this.highs.push(high);
    this.lows.push(low);
    this.seenBy.push(0);
    for (const block of this.blocks) {
      const value = blockValue(high, low, block);
      const bucket = block.buckets.get(value);
      if (bucket) bucket.push(entry);
      else block.buckets.set(value, [entry]);
    }
  }
}

/** Bits [shift, shift + width) of the 64-bit value high·2³² + low, as a number. */
function blockValue(high: number, low: number, { shift, width }: Block): number {
  const mask = width >= 32 ? 0xffffffff : (1 << width) - 1;
  if (shift >= 32) return ((high >>> (shift - 32)) & mask) >>> 0;
  if (shift + width <= 32) return ((low >>> shift) & mask) >>> 0;
  // The block straddles the halves: its low part from `low`, the rest from `high`.
  const lowBits = 32 - shift;
  return (((low >>> shift) | (high << lowBits)) & mask) >>> 0;
}
