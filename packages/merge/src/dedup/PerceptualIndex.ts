import { hammingDistance } from '../features/index.js';

/** The largest threshold accepted: past it the blocks get so short that every lookup scans most rows. */
export const MAX_PERCEPTUAL_THRESHOLD = 15;

const NONE = -1;
/** Blocks this wide or narrower index their values in a flat array; wider ones (thresholds 0–2) in a Map. */
const MAX_FLAT_WIDTH = 16;

interface Block {
  shift: number;
  width: number;
  /** The latest entry with each block value. */
  heads: Int32Array | Map<number, number>;
  /** Per entry: the previous entry with the same block value, or NONE. */
  previous: Int32Array;
}

/**
 * Multi-index hashing (Norouzi et al.) of 64-bit hashes for "all earlier hashes within `threshold`
 * bits": the hash is cut into threshold + 1 blocks, and two hashes that close agree exactly on at
 * least one block (pigeonhole), so a lookup only compares against rows sharing a block value instead
 * of against every row. The entries sharing a block value are chained through typed arrays, so
 * 300,000 hashes make no objects; the arrays are plain fields, as the lookup loop is the hot path.
 */
export class PerceptualIndex {
  private readonly blocks: Block[];
  private highs = new Uint32Array(1024);
  private lows = new Uint32Array(1024);
  private rows = new Int32Array(1024);
  /** Last lookup that compared each entry, so an entry found through two blocks is compared once. */
  private seenBy = new Int32Array(1024);
  private entries = 0;
  private lookups = 0;

  constructor(private readonly threshold: number) {
    if (!(Number.isInteger(threshold) && threshold >= 0 && threshold <= MAX_PERCEPTUAL_THRESHOLD)) {
      throw new Error(`perceptual threshold must be a whole number of bits from 0 to ${MAX_PERCEPTUAL_THRESHOLD}, got ${threshold}`);
    }
    // At least two blocks, so each fits in 32 bits.
    const count = Math.max(2, threshold + 1);
    this.blocks = Array.from({ length: count }, (_, i) => {
      const start = Math.floor((64 * i) / count);
      const width = Math.floor((64 * (i + 1)) / count) - start;
      const heads = width <= MAX_FLAT_WIDTH ? new Int32Array(1 << width).fill(NONE) : new Map<number, number>();
      return { shift: start, width, heads, previous: new Int32Array(this.rows.length) };
    });
  }

  /** Rows added earlier whose hash is within the threshold of this one, for which `accept` holds. */
  matches(high: number, low: number, accept: (row: number) => boolean): number[] {
    const stamp = ++this.lookups;
    const found: number[] = [];
    for (const block of this.blocks) {
      const { previous } = block;
      // Chains link only entries added so far, each below `this.entries` and so inside every array.
      for (let entry = headOf(block, blockValue(high, low, block)); entry !== NONE; entry = previous[entry]!) {
        if (this.seenBy[entry] === stamp) continue;
        this.seenBy[entry] = stamp;
        const row = this.rows[entry]!;
        const near = hammingDistance(high, low, this.highs[entry]!, this.lows[entry]!) <= this.threshold;
        if (near && accept(row)) found.push(row);
      }
    }
    return found;
  }

  add(row: number, high: number, low: number): void {
    if (this.entries === this.rows.length) this.grow();
    const entry = this.entries++;
    this.rows[entry] = row;
    this.highs[entry] = high;
    this.lows[entry] = low;
    for (const block of this.blocks) {
      const value = blockValue(high, low, block);
      block.previous[entry] = headOf(block, value);
      if (block.heads instanceof Map) block.heads.set(value, entry);
      else block.heads[value] = entry;
    }
  }

  /** Half as much room again for entries. */
  private grow(): void {
    const size = Math.ceil(this.rows.length * 1.5);
    const grown = <A extends Int32Array | Uint32Array>(values: A, make: (length: number) => A): A => {
      const copy = make(size);
      copy.set(values);
      return copy;
    };
    const int32s = (length: number) => new Int32Array(length);
    const uint32s = (length: number) => new Uint32Array(length);
    this.rows = grown(this.rows, int32s);
    this.seenBy = grown(this.seenBy, int32s);
    this.highs = grown(this.highs, uint32s);
    this.lows = grown(this.lows, uint32s);
    for (const block of this.blocks) block.previous = grown(block.previous, int32s);
  }
}

function headOf({ heads }: Block, value: number): number {
  // A flat table has a head for every value of its block's width.
  return heads instanceof Map ? (heads.get(value) ?? NONE) : heads[value]!;
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
