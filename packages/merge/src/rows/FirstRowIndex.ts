import { TypedColumn } from './TypedColumn.js';

const EMPTY = -1;

/**
 * The first row seen with each key, for keys that are digests of `width` bytes (a URL's sha1, an
 * image's sha256): an open-addressing table over typed arrays, so 300,000 keys cost about
 * 30 bytes each and no strings.
 */
export class FirstRowIndex {
  private slots = new Int32Array(1 << 12).fill(EMPTY);
  /** Entry e: the first row with its digest, and the digest at bytes [e · width, (e + 1) · width). */
  private readonly rows = new TypedColumn((length) => new Int32Array(length));
  private readonly digests = new TypedColumn((length) => new Uint8Array(length));

  constructor(private readonly width: number) {}

  /** The first earlier row with this digest; -1 when there is none, and then `row` is recorded as its first. */
  firstOf(digest: Uint8Array, row: number): number {
    if (digest.length !== this.width) throw new Error(`FirstRowIndex: a digest of ${digest.length} bytes, expected ${this.width}`);
    const mask = this.slots.length - 1;
    // The digest is `width` bytes, checked above, and widths are those of sha1 and sha256.
    let slot = this.home((i) => digest[i]!);
    for (; this.slots[slot] !== EMPTY; slot = (slot + 1) & mask) {
      // Slots are masked to the table's length.
      const entry = this.slots[slot]!;
      if (this.sameDigest(entry, digest)) return this.rows.at(entry);
    }
    const entry = this.rows.length;
    this.rows.push(row);
    this.digests.pushAll(digest);
    this.slots[slot] = entry;
    if (this.rows.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return -1;
  }

  /** Forgets the rows from `row` on (a source that failed while it was read leaves no trace). */
  forgetFrom(row: number): void {
    let entries = this.rows.length;
    while (entries > 0 && this.rows.at(entries - 1) >= row) entries--;
    this.rows.truncate(entries);
    this.digests.truncate(entries * this.width);
    this.rehash(this.slots.length);
  }

  private sameDigest(entry: number, digest: Uint8Array): boolean {
    const start = entry * this.width;
    for (let i = 0; i < this.width; i++) if (this.digests.at(start + i) !== digest[i]) return false;
    return true;
  }

  /** The slot a digest's search starts at: its first four bytes, digests being uniformly spread. */
  private home(byte: (index: number) => number): number {
    return (byte(0) | (byte(1) << 8) | (byte(2) << 16) | (byte(3) << 24)) & (this.slots.length - 1);
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    for (let entry = 0; entry < this.rows.length; entry++) {
      let slot = this.home((i) => this.digests.at(entry * this.width + i));
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = entry;
    }
  }
}
