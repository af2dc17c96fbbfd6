/** Digits, optionally ending in X (an ID's check character), at most 29: packed into two numbers. */
const PACKABLE = /^\d{0,28}[\dX]$/;
/** The tail number holds the last 15 characters exactly (14 digits × 11 + the last, under 2^53). */
const TAIL_CHARS = 15;
const NONE = -1;
const FIRST_CAPACITY = 1024;

/**
 * A set of keys, each given an entry number (0, 1, 2… in the order added), for the index of a
 * million IDs and as many accounts. A key of digits (an ID, a card number) is kept as two numbers
 * in typed arrays under open addressing: about 40 bytes a key, where a string, a Map entry and an
 * object took about 180. Any other key (a mistyped ID kept as text) goes into a Map. Keys compare
 * exactly, as text: "0123" and "123" are two keys.
 */
export class KeyTable {
  /** The packed keys in the order added, and the entry number each was given. */
  private heads = new Float64Array(FIRST_CAPACITY);
  private tails = new Float64Array(FIRST_CAPACITY);
  private entries = new Int32Array(FIRST_CAPACITY);
  /** Hash slots holding a packed key's position, at most half full. */
  private slots = new Int32Array(2 * FIRST_CAPACITY).fill(NONE);
  private packed = 0;
  private readonly others = new Map<string, number>();
  private count = 0;
  /** The key last packed. */
  private head = 0;
  private tail = 0;

  get size(): number {
    return this.count;
  }

  /** The entry number of `key`, or -1 when it was never added. */
  entryOf(key: string): number {
    if (!PACKABLE.test(key)) return this.others.get(key) ?? NONE;
    this.pack(key);
    const at = this.slots[this.slotOf(this.head, this.tail)];
    return at === NONE ? NONE : this.entries[at];
  }

  /** Adds `key`, which must not be in the table yet, and returns its entry number. */
  add(key: string): number {
    const entry = this.count++;
    if (!PACKABLE.test(key)) {
      this.others.set(key, entry);
      return entry;
    }
    if (this.packed === this.heads.length) this.grow();
    this.pack(key);
    const at = this.packed++;
    this.heads[at] = this.head;
    this.tails[at] = this.tail;
    this.entries[at] = entry;
    this.slots[this.slotOf(this.head, this.tail)] = at;
    return entry;
  }

  /**
   * The two numbers naming a packable key exactly, into `head` and `tail` (no array per lookup):
   * the tail is its last 15 characters (X as an eleventh digit), the head the digits before them
   * with the length, so leading zeros count.
   */
  private pack(key: string): void {
    const split = Math.max(0, key.length - TAIL_CHARS);
    const last = key.charCodeAt(key.length - 1);
    this.tail = Number(key.slice(split, -1) || "0") * 11 + (last === 88 /* X */ ? 10 : last - 48);
    this.head = Number(key.slice(0, split) || "0") * 32 + key.length;
  }

  /** The slot holding this key, or the empty one where it would go (linear probing). */
  private slotOf(head: number, tail: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash(head, tail) & mask; ; slot = (slot + 1) & mask) {
      const at = this.slots[slot];
      if (at === NONE || (this.heads[at] === head && this.tails[at] === tail)) return slot;
    }
  }

  private grow(): void {
    this.heads = doubled(this.heads);
    this.tails = doubled(this.tails);
    this.entries = doubled(this.entries);
    this.slots = new Int32Array(2 * this.heads.length).fill(NONE);
    for (let at = 0; at < this.packed; at++) this.slots[this.slotOf(this.heads[at], this.tails[at])] = at;
  }
}

/** Every bit of both numbers reaches the low bits the slot is taken from (murmur3's finaliser on each 32-bit word). */
function hash(head: number, tail: number): number {
  let h = mix(tail | 0);
  h = mix(h ^ ((tail / 4294967296) | 0));
  h = mix(h ^ (head | 0));
  return mix(h ^ ((head / 4294967296) | 0)) >>> 0;
}

/** murmur3's finaliser: every bit of a 32-bit word reaches the low bits (signed, as Int32Array keeps it). */
export function mix(word: number): number {
  let h = word ^ (word >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A typed array twice as long, starting with `from`'s values. */
export function doubled<T extends Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer>>(from: T): T {
  const into = new (from.constructor as new (length: number) => T)(2 * from.length);
  into.set(from as never);
  return into;
}
