// What every form of the name index shares: match tiers and their scores, postings, hits, and small helpers.

export type Kind = 'zh' | 'pinyin' | 'initials' | 'en' | 'enWord';
export type Tier = 'exact' | 'prefix' | 'words' | 'contains' | 'fuzzy';

export const TIER: Record<Tier, Record<Kind, number>> = {
  exact: { zh: 100, pinyin: 96, en: 96, enWord: 90, initials: 88 },
  prefix: { zh: 80, pinyin: 76, en: 74, enWord: 78, initials: 70 },
  // Every word of an English query among the name's words, in any order (comprehensive reform zone).
  words: { zh: 0, pinyin: 0, en: 0, enWord: 66, initials: 0 },
  contains: { zh: 60, pinyin: 44, en: 50, enWord: 48, initials: 0 },
  // One character off (太忻一休化 → 太忻一体化): a near match, below every other.
  fuzzy: { zh: 30, pinyin: 32, en: 30, enWord: 34, initials: 0 },
};

/** The highest score any kind reaches in a tier. */
export const TIER_MAX = Object.fromEntries(
  Object.entries(TIER).map(([tier, byKind]) => [tier, Math.max(...Object.values(byKind))]),
) as Record<Tier, number>;

/** Kinds by number, as a packed index stores them. */
export const KINDS: Kind[] = ['zh', 'pinyin', 'initials', 'en', 'enWord'];

/** Posting lists at least this long are read in bonus order and may be cut short. */
export const LONG_LIST = 64;

export interface IndexedHit {
  id: string;
  score: number;
  matched: string;
  /** Found one character or letter off the query (a typo or a misprint), not as typed. */
  near?: true;
}

/** Where the caller's bonus for a hit comes from when the index is not packed; `version` changes with the bonuses. */
export interface BonusSource {
  version: string | number;
  of: (id: string) => number;
  /** No bonus is larger. */
  max: number;
}

export interface MatchOptions {
  enough?: number;
  accept?: (id: string) => boolean;
  maxCandidates?: number;
  bonus?: BonusSource;
}

export interface Posting {
  id: string;
  kind: Kind;
  /** The name a contains or fuzzy match shows; from the packed index it is looked up (by `entity`) only then. */
  display?: string;
  entity?: number;
}

/** A long posting list in bonus order, best first, with the best score any of its postings gets in the tier. */
export interface RankedList {
  ceiling: number;
  postings: Iterable<{ posting: Posting; bonus: number }>;
}

export function bigrams(s: string): string[] {
  if (s.length < 2) return [s];
  const out: string[] = [];
  for (let i = 0; i + 2 <= s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

export function addGrams(grams: Map<string, Set<string>>, token: string): void {
  for (const g of bigrams(token)) {
    let s = grams.get(g);
    if (!s) grams.set(g, (s = new Set()));
    s.add(token);
  }
}

export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else if (a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2;
      j += 2;
    } else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** The k best values seen, ascending (k is a search's limit: tens). */
export class TopValues {
  readonly values: number[] = [];
  constructor(private readonly k: number) {}
  add(v: number): void {
    if (this.values.length === this.k && v <= this.values[0]) return;
    let i = 0;
    while (i < this.values.length && this.values[i] < v) i++;
    this.values.splice(i, 0, v);
    if (this.values.length > this.k) this.values.shift();
  }
  /** The k-th best, or -Infinity while fewer than k were seen. */
  get floor(): number {
    return this.values.length === this.k ? this.values[0] : -Infinity;
  }
}
