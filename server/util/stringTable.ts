// A list of strings kept as one UTF-8 buffer with end offsets, decoded one at a time when asked for. An image of
// the graph holds millions of short strings (edge keys, search tokens); turning them all into JS strings at start
// costs about a second and hundreds of megabytes, while a read needs only the few it looks at.
//
// Sorted tables are in code point order (the order of their UTF-8 bytes), so the raw bytes can be searched and
// checked without decoding. Separators are newlines, which no stored string contains.

/** Code point order of two strings (JS `<` compares UTF-16 units, which differs only around surrogates). */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // Surrogates (astral code points) sort after U+E000..U+FFFF.
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

const NEWLINE = 10;

export class StringTable {
  private constructor(
    private strings: string[] | null,
    private bytes: Buffer | null,
    /** ends[i] is the byte after string i; string i starts one past ends[i - 1] (after its separator). */
    private ends: Int32Array | null,
  ) {}

  /** A table over strings already in memory (sorted or not). */
  static of(strings: string[]): StringTable {
    return new StringTable(strings, null, null);
  }

  /** A table over encoded bytes, as `encode` wrote them. Throws if the offsets do not fit the bytes. */
  static fromBytes(bytes: Buffer, ends: Int32Array): StringTable {
    let prev = -1;
    for (let i = 0; i < ends.length; i++) {
      if (ends[i] <= prev || ends[i] > bytes.length || (i + 1 < ends.length && bytes[ends[i]] !== NEWLINE)) {
        throw new Error(`string table: offset ${i} does not fit its bytes`);
      }
      prev = ends[i];
    }
    if (ends.length > 0 ? prev !== bytes.length : bytes.length !== 0)
      throw new Error('string table: the bytes run past the last string');
    return new StringTable(null, bytes, ends);
  }

  get length(): number {
    return this.strings ? this.strings.length : this.ends!.length;
  }

  private start(i: number): number {
    return i === 0 ? 0 : this.ends![i - 1] + 1;
  }

  get(i: number): string {
    if (this.strings) return this.strings[i];
    return this.bytes!.toString('utf8', this.start(i), this.ends![i]);
  }

  /** Every string, decoded once and kept (for scans that visit them all). */
  all(): string[] {
    if (!this.strings) {
      const out = new Array<string>(this.length);
      for (let i = 0; i < out.length; i++) out[i] = this.get(i);
      this.strings = out;
    }
    return this.strings;
  }

  /** In a sorted table: the first position whose string is not below `key` (code point order). */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.length;
    if (this.strings) {
      const s = this.strings;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (compareCodePoints(s[mid], key) < 0) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
    return this.lowerBoundBytes(Buffer.from(key, 'utf8'));
  }

  /** Whether stored string i sorts before `needle` (UTF-8): a plain loop, cheaper than a native call per probe. */
  private below(i: number, needle: Uint8Array): boolean {
    const bytes = this.bytes!;
    let a = this.start(i);
    const aEnd = this.ends![i];
    let b = 0;
    while (a < aEnd && b < needle.length && bytes[a] === needle[b]) {
      a++;
      b++;
    }
    if (a === aEnd) return b < needle.length;
    return b < needle.length && bytes[a] < needle[b];
  }

  private lowerBoundBytes(needle: Uint8Array): number {
    let lo = 0;
    let hi = this.ends!.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.below(mid, needle)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** In a sorted table: the position of `key`, or -1. */
  indexOf(key: string): number {
    if (this.strings) {
      const i = this.lowerBound(key);
      return i < this.length && this.strings[i] === key ? i : -1;
    }
    const needle = Buffer.from(key, 'utf8');
    const i = this.lowerBoundBytes(needle);
    // Not below the needle and not above it (its length and bytes equal): found.
    if (i >= this.ends!.length || this.ends![i] - this.start(i) !== needle.length) return -1;
    return this.bytes!.subarray(this.start(i), this.ends![i]).equals(needle) ? i : -1;
  }

  /** Strictly increasing in code point order (what a sorted table must be). */
  isSorted(): boolean {
    if (this.strings) {
      for (let i = 1; i < this.strings.length; i++)
        if (compareCodePoints(this.strings[i - 1], this.strings[i]) >= 0) return false;
      return true;
    }
    // A plain loop over the bytes: a native compare per pair costs more in calls than in bytes (2M pairs).
    const bytes = this.bytes!;
    const ends = this.ends!;
    for (let i = 1; i < ends.length; i++) {
      let a = i === 1 ? 0 : ends[i - 2] + 1;
      const aEnd = ends[i - 1];
      let b = aEnd + 1;
      const bEnd = ends[i];
      while (a < aEnd && b < bEnd && bytes[a] === bytes[b]) {
        a++;
        b++;
      }
      // Not increasing when the later string ends first (a prefix, or equal) or differs with a smaller byte.
      if (b === bEnd || (a < aEnd && bytes[a] > bytes[b])) return false;
    }
    return true;
  }

  /** Positions of the strings that contain `needle`, in order; a scan of the raw bytes, decoding nothing. */
  containing(needle: string, max = Infinity): number[] {
    const out: number[] = [];
    if (needle.length === 0 || needle.includes('\n')) return out;
    if (this.strings) {
      for (let i = 0; i < this.strings.length && out.length < max; i++)
        if (this.strings[i].includes(needle)) out.push(i);
      return out;
    }
    const bytes = this.bytes!;
    const ends = this.ends!;
    const pattern = Buffer.from(needle, 'utf8');
    let at = bytes.indexOf(pattern, 0);
    let i = 0;
    while (at >= 0 && out.length < max) {
      // The string holding byte `at` (separators never match, so the whole match lies inside it).
      let lo = i;
      let hi = ends.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ends[mid] <= at) lo = mid + 1;
        else hi = mid;
      }
      out.push(lo);
      i = lo + 1;
      if (i >= ends.length) break;
      at = bytes.indexOf(pattern, this.start(i));
    }
    return out;
  }

  /** The bytes and offsets that `fromBytes` reads back. */
  encode(): { bytes: Buffer; ends: Int32Array } {
    if (this.bytes) return { bytes: this.bytes, ends: this.ends! };
    const strings = this.strings!;
    if (strings.some((x) => x.includes('\n'))) throw new Error('string table: a string holds a newline');
    const bytes = Buffer.from(strings.join('\n'), 'utf8');
    const ends = new Int32Array(strings.length);
    let pos = -1;
    for (let i = 0; i < strings.length; i++) {
      pos += 1 + Buffer.byteLength(strings[i], 'utf8');
      ends[i] = pos;
    }
    return { bytes, ends };
  }
}
