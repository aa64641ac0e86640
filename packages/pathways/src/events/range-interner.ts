/**
 * Strings ⇄ small integers, looked up by a range of a larger text without cutting the range out: an
 * event log repeats a few thousand actor, sector and organisation names millions of times, and making
 * a string for each occurrence only to find it in a map is most of the cost of reading a large log.
 *
 * An open-addressing hash table (FNV-1a over UTF-16 code units, linear probing) whose keys are
 * compared in place with `startsWith`. A stored string is copied out of the text it came from, so the
 * table never keeps a whole chunk of the file alive through a sliced string.
 */

/** FNV-1a over the UTF-16 code units of `text[start, end)`, as a non-negative 31-bit integer. */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x7fffffff;
}

/**
 * A copy of `s` that does not share memory with the text it was cut from (V8 represents a long
 * `slice` as a view of its parent; concatenating flattens into a new string, and the view taken of
 * that holds only the copy).
 */
export function detach(s: string): string {
  return `${s}\u0000`.slice(0, -1);
}

/** Interns strings given whole or as a range of a text; ids count up from 0 in order of first sight. */
export class RangeInterner {
  /** The strings, by id. */
  readonly values: string[] = [];
  private slots = new Int32Array(64).fill(-1);
  private hashes = new Int32Array(32);

  /** The id of `text[start, end)`, adding it when new. */
  ofRange(text: string, start: number, end: number): number {
    const h = hashRange(text, start, end);
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]!;
      if (id < 0) return this.add(text.slice(start, end), h, s);
      if (this.hashes[id] === h) {
        const value = this.values[id]!;
        if (value.length === length && text.startsWith(value, start)) return id;
      }
    }
  }

  /** The id of `value`, adding it when new. */
  of(value: string): number {
    return this.ofRange(value, 0, value.length);
  }

  private add(value: string, hash: number, slot: number): number {
    const id = this.values.length;
    this.values.push(detach(value));
    if (id === this.hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id;
    if (this.values.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.values.length; id++) {
      let s = this.hashes[id]! & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = id;
    }
    this.slots = slots;
  }
}
