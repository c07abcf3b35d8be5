type NumberArray = Int32Array | Uint32Array | Float64Array | Uint8Array;

/**
 * A growable typed array. Its values live outside the JavaScript heap, so hundreds of thousands of
 * rows neither slow the garbage collector down nor make it let the heap grow.
 */
export class TypedColumn<A extends NumberArray> {
  private values: A;
  private used = 0;

  constructor(private readonly make: (length: number) => A) {
    this.values = make(1024);
  }

  get length(): number {
    return this.used;
  }

  push(value: number): void {
    if (this.used === this.values.length) this.reserve(this.used + 1);
    this.values[this.used++] = value;
  }

  pushAll(values: ArrayLike<number>): void {
    this.reserve(this.used + values.length);
    this.values.set(values, this.used);
    this.used += values.length;
  }

  at(index: number): number {
    return this.values[index];
  }

  set(index: number, value: number): void {
    this.values[index] = value;
  }

  /** The values from `start` to `end`, without copying (valid until the next push). */
  view(start: number, end: number): A {
    return this.values.subarray(start, end) as A;
  }

  /** Room for `length` values in all; grown by half, so the unused tail stays a third at most. */
  reserve(length: number): void {
    if (length <= this.values.length) return;
    const grown = this.make(Math.max(length, Math.ceil(this.values.length * 1.5)));
    grown.set(this.values.subarray(0, this.used));
    this.values = grown;
  }

  /** Forgets the values from `length` on. */
  truncate(length: number): void {
    this.used = Math.min(this.used, length);
  }
}
