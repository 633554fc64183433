// One matching algorithm for every form of the name index: exact > prefix > words > contains > fuzzy. The index
// only says where postings are (PostingSource); the tiers, the early stop and the candidate limits live here.
import type { StringTable } from '../util/stringTable';
import { queryKey } from './keys';
import {
  bigrams,
  TIER,
  TIER_MAX,
  TopValues,
  withinOneEdit,
  type BonusSource,
  type IndexedHit,
  type MatchOptions,
  type Posting,
  type RankedList,
  type Tier,
} from './tiers';

/** What a name index offers the matcher. */
export interface PostingSource {
  /** Every token, distinct, in code point order. */
  sortedTokens(): StringTable;
  /** The postings of a token; `at` is its position among the sorted tokens when the caller knows it, else -1. */
  postings(token: string, at: number): Iterable<Posting>;
  /** A long posting list in bonus order (null for short lists, which are read whole). */
  ranked(token: string, tier: Tier, at: number, source?: BonusSource): RankedList | null;
  /** Whether each hit's bonus is known: stored by the index, or given by the caller. */
  knowsBonus(source?: BonusSource): boolean;
  bonusOf(p: Posting, source?: BonusSource): number;
  /** No bonus is larger (only asked when `knowsBonus`). */
  maxBonus(source?: BonusSource): number;
  /** The name a contains or fuzzy match shows. */
  displayOf(p: Posting, token: string): string;
  /** Chinese bigram → the Chinese tokens holding it. */
  grams(): Map<string, Set<string>>;
}

const CJK = /[\u3400-\u9fff]/;

/** One query's matches, best tier score per entity. */
class Matching {
  readonly best = new Map<string, IndexedHit>();
  accepted = 0;
  /**
   * The best `enough` totals (score + bonus) seen so far, each entity counted once at its first score: a floor at
   * or below the true k-th best, so stopping below it never drops a top hit.
   */
  readonly top: TopValues | null;
  readonly sorted: StringTable;
  readonly maxCandidates: number;
  readonly enough: number;

  constructor(
    readonly src: PostingSource,
    readonly opts: MatchOptions,
  ) {
    this.maxCandidates = opts.maxCandidates ?? 5000;
    this.enough = opts.enough ?? Infinity;
    this.top = Number.isFinite(this.enough) && src.knowsBonus(opts.bonus) ? new TopValues(this.enough) : null;
    this.sorted = src.sortedTokens();
  }

  take(p: Posting, tier: Tier, token: string, bonus: number): void {
    const score = TIER[tier][p.kind];
    if (score <= 0) return;
    const prev = this.best.get(p.id);
    if (!prev && this.opts.accept && !this.opts.accept(p.id)) return;
    if (!prev) {
      this.accepted++;
      this.top?.add(score + bonus);
    }
    if (!prev || prev.score < score) {
      const matched = tier === 'exact' || tier === 'prefix' ? token : this.src.displayOf(p, token);
      this.best.set(p.id, { id: p.id, score, matched, ...(tier === 'fuzzy' ? { near: true as const } : {}) });
    }
  }

  /** `at`: where the index holds the token among its sorted tokens, when known (saves looking it up again). */
  offer(token: string, tier: Tier, at = -1): void {
    const top = this.top;
    const ranked = top ? this.src.ranked(token, tier, at, this.opts.bonus) : null;
    if (!ranked) {
      for (const p of this.src.postings(token, at))
        this.take(p, tier, token, top ? this.src.bonusOf(p, this.opts.bonus) : 0);
      return;
    }
    for (const { posting, bonus } of ranked.postings) {
      // Best bonus first: once even the list's best tier score cannot lift the next one past the floor (with a
      // margin for the caller's rounding), no later one can either.
      if (ranked.ceiling + bonus < top!.floor - 0.01) break;
      this.take(posting, tier, token, bonus);
    }
  }

  exactAndPrefix(variants: string[]): void {
    for (const v of variants) {
      const at = this.sorted.indexOf(v);
      if (at >= 0) this.offer(v, 'exact', at);
    }
    // Prefix matches cannot reach the top when exact ones already fill it above any prefix score plus bonus.
    const top = this.top;
    if (top && TIER_MAX.prefix + this.src.maxBonus(this.opts.bonus) < top.floor - 0.01) return;
    for (const v of variants) {
      // The prefix range starts at the first token >= v.
      for (let i = this.sorted.lowerBound(v), n = 0; i < this.sorted.length && n < this.maxCandidates; i++, n++) {
        const token = this.sorted.get(i);
        if (!token.startsWith(v)) break;
        if (token !== v) this.offer(token, 'prefix', i);
      }
    }
  }

  /** Several English words: each must be a word (or the start of one) of the name, in any order. */
  words(q: string, key: string): void {
    const words = [
      ...new Set(
        q
          .normalize('NFKC')
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter((w) => w.length >= 2),
      ),
    ];
    if (words.length < 2) return;
    let ids = new Set<string>();
    const last: Posting[] = [];
    for (const [n, w] of words.entries()) {
      const here = new Set<string>();
      for (let i = this.sorted.lowerBound(w), c = 0; i < this.sorted.length && c < this.maxCandidates; i++, c++) {
        const token = this.sorted.get(i);
        if (!token.startsWith(w)) break;
        for (const p of this.src.postings(token, i)) {
          if (p.kind !== 'enWord') continue;
          here.add(p.id);
          if (n === words.length - 1) last.push(p);
        }
      }
      ids = n === 0 ? here : new Set([...ids].filter((id) => here.has(id)));
      if (ids.size === 0) break;
    }
    for (const p of last) if (ids.has(p.id)) this.take(p, 'words', key, 0);
  }

  chineseContains(compact: string): void {
    let candidates: Set<string> | null = null;
    for (const g of bigrams(compact)) {
      const s: Set<string> = this.src.grams().get(g) ?? new Set<string>();
      candidates = candidates === null ? new Set(s) : new Set([...candidates].filter((t: string) => s.has(t)));
      if (candidates.size === 0) break;
    }
    for (const t of candidates ?? []) if (t.includes(compact) && !t.startsWith(compact)) this.offer(t, 'contains');
    // Nothing as typed: a name one character off (a typo, or a misprint in a document).
    if (this.best.size === 0 && compact.length >= 3) {
      for (const t of this.sorted.all())
        if (t.length === compact.length && CJK.test(t) && withinOneEdit(t, compact)) this.offer(t, 'fuzzy');
    }
  }

  latinContains(compact: string): void {
    if (compact.length < 3) return;
    for (const i of this.sorted.containing(compact, this.maxCandidates * 10)) {
      const t = this.sorted.get(i);
      if (!t.startsWith(compact)) this.offer(t, 'contains');
    }
    if (this.best.size === 0 && compact.length >= 4) {
      for (const t of this.sorted.all())
        if (Math.abs(t.length - compact.length) <= 1 && withinOneEdit(t, compact)) this.offer(t, 'fuzzy');
    }
  }
}

/**
 * Matches with their best tier score; the caller adds importance (under 10 points, less than the gap between
 * tiers). When exact and prefix matches already fill `enough` accepted hits, weaker tiers cannot reach the top
 * and are not searched.
 */
export function matchNames(src: PostingSource, q: string, opts: MatchOptions = {}): IndexedHit[] {
  const { key, compact } = queryKey(q);
  const variants = [...new Set([key, compact])].filter((v) => v.length > 0);
  if (variants.length === 0) return [];
  const m = new Matching(src, opts);
  m.exactAndPrefix(variants);
  if (m.accepted >= m.enough) return [...m.best.values()];
  const cjk = CJK.test(compact);
  if (cjk) {
    m.chineseContains(compact);
  } else {
    m.words(q, key);
    m.latinContains(compact);
  }
  return [...m.best.values()];
}
