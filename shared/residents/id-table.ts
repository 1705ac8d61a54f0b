/**
 * Which row first held each ID number, sized once, built for tens of thousands of inserts: a small
 * open-addressing index (Int32Array, entry + 1 per slot, a quarter of a megabyte for 40,000 rows,
 * so probes stay in cache) over keys and rows appended in order. ID numbers are 9 or 12 digits,
 * exact as doubles, so no string is hashed or kept; a Map with 40,000 string keys costs more
 * (hashing, rehashing as it grows, garbage), and a table holding the keys themselves misses the
 * cache on every insert.
 */

const LOAD = 0.75;

export class IdTable {
  private index: Int32Array;
  private mask: number;
  /** 32 - log2(index size): Fibonacci hashing takes the top bits of the product. */
  private shift: number;
  private keys: Float64Array;
  private rows: Int32Array;
  private count = 0;

  constructor(expected: number) {
    let size = 1024;
    while (size * LOAD < expected) size *= 2;
    this.index = new Int32Array(size);
    this.mask = size - 1;
    this.shift = 32 - Math.log2(size);
    this.keys = new Float64Array(Math.max(16, Math.ceil(size * LOAD)));
    this.rows = new Int32Array(this.keys.length);
  }

  /** The digits as a number, or -1 when `text` is not 1-13 ASCII digits. */
  static numberOf(text: string): number {
    const n = text.length;
    // 13 digits * 16 stays below 2^53: exact.
    if (n === 0 || n > 13) return -1;
    let value = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return -1;
      value = value * 10 + (c - 48);
    }
    // "012" and "12" are different ID numbers: the length goes into the key.
    return value * 16 + n;
  }

  /** The row stored for the key, or -1 after storing `row` for it. */
  getOrAdd(key: number, row: number): number {
    const index = this.index;
    // The low 32 bits of the key (ToInt32) hold its last nine digits or so: random enough.
    let slot = Math.imul(key | 0, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const entry = index[slot] as number;
      if (entry === 0) {
        if (this.count === this.keys.length) return this.grow(key, row);
        this.keys[this.count] = key;
        this.rows[this.count] = row;
        index[slot] = ++this.count;
        return -1;
      }
      if (this.keys[entry - 1] === key) return this.rows[entry - 1] as number;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Twice the room, the index rebuilt from the keys in order; then the pending insert. */
  private grow(key: number, row: number): number {
    const keys = this.keys;
    const rows = this.rows;
    const count = this.count;
    this.index = new Int32Array(this.index.length * 2);
    this.mask = this.index.length - 1;
    this.shift -= 1;
    this.keys = new Float64Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2);
    this.count = 0;
    for (let i = 0; i < count; i++) this.getOrAdd(keys[i] as number, rows[i] as number);
    return this.getOrAdd(key, row);
  }
}
