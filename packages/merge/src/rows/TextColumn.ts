import { TypedColumn } from './TypedColumn.js';

/**
 * Strings stored end to end as UTF-8 bytes outside the JavaScript heap. A row id kept this way costs
 * its bytes and one offset instead of a string object, and never pins the parser chunk it came from.
 */
export class TextColumn {
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private readonly ends = new TypedColumn((length) => new Int32Array(length));

  get length(): number {
    return this.ends.length;
  }

  push(text: string): void {
    const start = this.end(this.ends.length);
    // A UTF-16 code unit never takes more than three UTF-8 bytes.
    if (start + text.length * 3 > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(start + text.length * 3, Math.ceil(this.bytes.length * 1.5)));
      this.bytes.copy(grown, 0, 0, start);
      this.bytes = grown;
    }
    this.ends.push(start + this.bytes.write(text, start, 'utf8'));
  }

  at(index: number): string {
    return this.bytes.toString('utf8', this.end(index), this.end(index + 1));
  }

  truncate(length: number): void {
    this.ends.truncate(length);
  }

  /** Where the first `count` strings end, which is where string `count` starts. */
  private end(count: number): number {
    return count === 0 ? 0 : this.ends.at(count - 1);
  }
}
