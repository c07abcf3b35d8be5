type NumberArray = Int32Array | Float64Array | Uint8Array;

const PAGE_BITS = 14;
const PAGE_SIZE = 1 << PAGE_BITS;
const IN_PAGE = PAGE_SIZE - 1;

/**
 * A growable array of numbers in fixed pages of typed arrays. The values live outside the JavaScript
 * heap, so hundreds of thousands of rows neither slow the garbage collector down nor make it let the
 * heap grow; and growing never copies nor frees a large block, which would leave the allocator
 * holding memory it cannot give back.
 */
export class TypedColumn<A extends NumberArray> {
  private readonly pages: A[] = [];
  private used = 0;

  constructor(private readonly make: (length: number) => A) {}

  get length(): number {
    return this.used;
  }

  push(value: number): void {
    if (this.used === this.pages.length * PAGE_SIZE) this.pages.push(this.make(PAGE_SIZE));
    this.pages[this.used >>> PAGE_BITS][this.used & IN_PAGE] = value;
    this.used++;
  }

  pushAll(values: ArrayLike<number>): void {
    for (let i = 0; i < values.length; i++) this.push(values[i]);
  }

  at(index: number): number {
    return this.pages[index >>> PAGE_BITS][index & IN_PAGE];
  }

  set(index: number, value: number): void {
    this.pages[index >>> PAGE_BITS][index & IN_PAGE] = value;
  }

  /** Forgets the values from `length` on. */
  truncate(length: number): void {
    this.used = Math.min(this.used, length);
    this.pages.length = Math.ceil(this.used / PAGE_SIZE);
  }
}
