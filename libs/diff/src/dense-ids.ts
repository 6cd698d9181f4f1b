/**
 * Dense ids (0, 1, 2, …) for non-negative integer keys, so per-key tallies can live in flat
 * arrays. Bigram keys pack two code points into one number too large for V8's small integers: a
 * Map boxes every such key it stores and hashes it boxed, which made tallying bigrams the slowest
 * step of matching. This open-addressing table stores the keys unboxed.
 */
const EMPTY = -1;

export class DenseIds {
  private keys: Float64Array;
  private ids: Int32Array;
  private count = 0;

  constructor(expectedKeys: number) {
    let capacity = 16;
    while (capacity < 2 * expectedKeys) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.ids = new Int32Array(capacity);
  }

  /** How many distinct keys have ids: they are 0 … size − 1. */
  get size(): number {
    return this.count;
  }

  /** The key's id, given on first sight. */
  idOf(key: number): number {
    const mask = this.keys.length - 1;
    let slot = hash(key) & mask;
    while (this.keys[slot] !== EMPTY) {
      if (this.keys[slot] === key) return this.ids[slot];
      slot = (slot + 1) & mask;
    }
    this.keys[slot] = key;
    this.ids[slot] = this.count++;
    if (2 * this.count > this.keys.length) this.grow();
    return this.count - 1;
  }

  private grow(): void {
    const [keys, ids] = [this.keys, this.ids];
    this.keys = new Float64Array(2 * keys.length).fill(EMPTY);
    this.ids = new Int32Array(2 * keys.length);
    const mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old++) {
      if (keys[old] === EMPTY) continue;
      let slot = hash(keys[old]) & mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = keys[old];
      this.ids[slot] = ids[old];
    }
  }
}

/** Mixes both 32-bit halves of the key. */
function hash(key: number): number {
  const high = Math.floor(key / 0x100000000);
  const low = (key - high * 0x100000000) | 0;
  const mixed = Math.imul(low ^ Math.imul(high | 0, 0x9e3779b1), 0x85ebca6b);
  return mixed ^ (mixed >>> 15);
}
