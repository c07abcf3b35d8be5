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
    let page = this.pages.at(-1);
    if (page === undefined || this.used === this.pages.length * PAGE_SIZE) {
      page = this.make(PAGE_SIZE);
      this.pages.push(page);
    }
    page[this.used & IN_PAGE] = value;
    this.used++;
  }

  pushAll(values: Iterable<number>): void {
    for (const value of values) this.push(value);
  }

  at(index: number): number {
    const value = this.pageOf(index)[index & IN_PAGE];
    if (value === undefined) throw this.outside(index);
    return value;
  }

  set(index: number, value: number): void {
    this.pageOf(index)[index & IN_PAGE] = value;
  }

  /** Forgets the values from `length` on. */
  truncate(length: number): void {
    this.used = Math.min(this.used, length);
    this.pages.length = Math.ceil(this.used / PAGE_SIZE);
  }

  private pageOf(index: number): A {
    const page = index < this.used ? this.pages[index >>> PAGE_BITS] : undefined;
    if (page === undefined) throw this.outside(index);
    return page;
  }

  private outside(index: number): RangeError {
    return new RangeError(`TypedColumn: no value at ${index} (of ${this.used})`);
  }
}
