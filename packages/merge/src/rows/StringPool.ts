import { detachedString } from './detachedString.js';

/** Numbers for repeated strings (labels, queries): each distinct one is stored once however many rows carry it. */
export class StringPool {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

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
}
