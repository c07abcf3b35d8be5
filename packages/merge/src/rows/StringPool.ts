import { detachedString } from './detachedString.js';

/** Numbers for repeated strings (labels, queries): each distinct one is stored once however many rows carry it. */
export class StringPool {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.strings.length;
      const own = detachedString(text);
      this.strings.push(own);
      this.ids.set(own, id);
    }
    return id;
  }

  /** The string numbered `id` by `id()`. */
  text(id: number): string {
    const text = this.strings[id];
    if (text === undefined) throw new RangeError(`StringPool: no string numbered ${id} (of ${this.strings.length})`);
    return text;
  }
}
