// An in-memory name index: exact > prefix > contains > fuzzy, then importance.
import { StringTable, compareCodePoints } from '../util/stringTable';
import { queryKey, searchForms, type SearchForms } from './keys';

export type Kind = 'zh' | 'pinyin' | 'initials' | 'en' | 'enWord';

const TIER: Record<'exact' | 'prefix' | 'words' | 'contains' | 'fuzzy', Record<Kind, number>> = {
  exact: { zh: 100, pinyin: 96, en: 96, enWord: 90, initials: 88 },
  prefix: { zh: 80, pinyin: 76, en: 74, enWord: 78, initials: 70 },
  // Every word of an English query among the name's words, in any order (comprehensive reform zone).
  words: { zh: 0, pinyin: 0, en: 0, enWord: 66, initials: 0 },
  contains: { zh: 60, pinyin: 44, en: 50, enWord: 48, initials: 0 },
  // One character off (太忻一休化 → 太忻一体化): a near match, below every other.
  fuzzy: { zh: 30, pinyin: 32, en: 30, enWord: 34, initials: 0 },
};

export interface IndexedHit {
  id: string;
  score: number;
  matched: string;
  /** Found one character or letter off the query (a typo or a misprint), not as typed. */
  near?: true;
}

type IndexEntry = [token: string, kind: Kind];

const KINDS: Kind[] = ['zh', 'pinyin', 'initials', 'en', 'enWord'];

export interface PackedIndex {
  /** Sorted (code point order), distinct. */
  tokens: StringTable;
  /** The postings of token i are positions start[i] .. start[i + 1] of `entity` and `kind`. */
  start: Int32Array;
  entity: Int32Array;
  kind: Uint8Array;
  /**
   * Per entity number: the bonus the caller adds to a match's score (under 10). A token's postings are stored
   * best bonus first, so a search can stop reading a long posting list once no later entry can reach the top.
   */
  bonus: Float64Array;
}

/** Where the caller's bonus for a hit comes from when the index is not packed; `version` changes with the bonuses. */
export interface BonusSource {
  version: string | number;
  of: (id: string) => number;
  /** No bonus is larger. */
  max: number;
}
/** Posting lists at least this long are read in bonus order and may be cut short. */
const LONG_LIST = 64;

/** The highest score any kind reaches in a tier. */
const TIER_MAX = Object.fromEntries(
  Object.entries(TIER).map(([tier, byKind]) => [tier, Math.max(...Object.values(byKind))]),
) as Record<keyof typeof TIER, number>;

/** The k best values seen, ascending (k is a search's limit: tens). */
class TopValues {
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

function signatureOf(names: { name_zh: string; aliases: string[]; name_en: string }): string {
  return `${names.name_zh}\u0000${names.name_en}\u0000${names.aliases.join('\u0001')}`;
}

interface Posting {
  id: string;
  kind: Kind;
  /** The name a contains or fuzzy match shows; from the packed index it is looked up (by `entity`) only then. */
  display?: string;
  entity?: number;
}

function bigrams(s: string): string[] {
  if (s.length < 2) return [s];
  const out: string[] = [];
  for (let i = 0; i + 2 <= s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function addGrams(grams: Map<string, Set<string>>, token: string): void {
  for (const g of bigrams(token)) {
    let s = grams.get(g);
    if (!s) grams.set(g, (s = new Set()));
    s.add(token);
  }
}

function withinOneEdit(a: string, b: string): boolean {
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

/** The postings of packed token i, made one at a time (a search may stop early in a list of 200k). */
function* packedPostings(packed: PackedIndex, ids: string[], i: number): Generator<Posting> {
  for (let k = packed.start[i]; k < packed.start[i + 1]; k++)
    yield { id: ids[packed.entity[k]], kind: KINDS[packed.kind[k]], entity: packed.entity[k] };
}

export class SearchIndex {
  /**
   * token → its posting, or entity id → posting when several entities share the token: removal is O(1) even for
   * tokens thousands of names share, and the million tokens only one name has cost no Map each.
   */
  private readonly byToken = new Map<string, Posting | Map<string, Posting>>();
  private readonly byEntity = new Map<string, string[]>();
  private readonly signature = new Map<string, string>();
  /** Chinese bigram → the Chinese tokens holding it, for "contains" matches; built on the first such query. */
  private cjkGrams: Map<string, Set<string>> | null = new Map();
  private sorted: StringTable | null = null;
  /** Long posting lists of the changeable index in bonus order, for the caller's version `rankedVersion`. */
  private rankedLists = new Map<string, { posting: Posting; bonus: number }[]>();
  private rankedVersion: string | number | null = null;
  /** Set after a start from an image until the first change: sorted tokens and postings in typed arrays. */
  private base: { packed: PackedIndex; ids: string[]; nameOf: (entity: number) => string; maxBonus: number } | null =
    null;

  get size(): number {
    return this.base ? this.base.ids.length : this.byEntity.size;
  }

  set(id: string, names: { name_zh: string; aliases: string[]; name_en: string }, display: { name_zh: string }): void {
    const sig = signatureOf(names);
    if (this.signature.get(id) === sig) return;
    const f: SearchForms = searchForms(names);
    const entries: IndexEntry[] = [
      ...f.zh.map((t): IndexEntry => [t, 'zh']),
      ...f.pinyin.map((t): IndexEntry => [t, 'pinyin']),
      ...f.initials.filter((t) => t.length >= 2).map((t): IndexEntry => [t, 'initials']),
      ...f.en.map((t): IndexEntry => [t, 'en']),
      ...f.enWords.map((t): IndexEntry => [t, 'enWord']),
    ];
    this.insert(id, sig, entries, display.name_zh);
  }

  /**
   * The index as sorted tokens with their postings in typed arrays, entities numbered by `numberOf`: what an image
   * stores, and what `fromPacked` serves from without building a Map per token.
   */
  pack(numberOf: (id: string) => number, bonus: Float64Array): PackedIndex {
    this.materialize();
    const tokens = this.sortedTokens();
    const start = new Int32Array(tokens.length + 1);
    const entity: number[] = [];
    const kind: number[] = [];
    tokens.all().forEach((token, i) => {
      const v = this.byToken.get(token)!;
      const postings = (v instanceof Map ? [...v.values()] : [v]).map((p) => ({
        n: numberOf(p.id),
        kind: KINDS.indexOf(p.kind),
      }));
      postings.sort((a, b) => bonus[b.n] - bonus[a.n] || a.n - b.n);
      for (const p of postings) {
        entity.push(p.n);
        kind.push(p.kind);
      }
      start[i + 1] = entity.length;
    });
    return { tokens, start, entity: Int32Array.from(entity), kind: Uint8Array.from(kind), bonus };
  }

  /** An index answering from packed arrays; entity number i is `ids[i]`, shown as `nameOf(i)`. */
  static fromPacked(packed: PackedIndex, ids: string[], nameOf: (entity: number) => string): SearchIndex {
    const index = new SearchIndex();
    let maxBonus = 0;
    for (const b of packed.bonus) maxBonus = Math.max(maxBonus, b);
    index.base = { packed, ids, nameOf, maxBonus };
    index.cjkGrams = null;
    return index;
  }

  /** Turns a packed index into the changeable Maps (on the first change after a start from an image). */
  private materialize(): void {
    const base = this.base;
    if (!base) return;
    this.base = null;
    const { tokens, start, entity, kind } = base.packed;
    const all = tokens.all();
    for (let i = 0; i < all.length; i++) {
      const token = all[i];
      for (let k = start[i]; k < start[i + 1]; k++) {
        const id = base.ids[entity[k]];
        const posting: Posting = {
          id,
          kind: KINDS[kind[k]],
          display: KINDS[kind[k]] === 'zh' ? token : base.nameOf(entity[k]),
        };
        const v = this.byToken.get(token);
        if (!v) this.byToken.set(token, posting);
        else if (v instanceof Map) v.set(id, posting);
        else
          this.byToken.set(
            token,
            new Map([
              [v.id, v],
              [id, posting],
            ]),
          );
        let list = this.byEntity.get(id);
        if (!list) this.byEntity.set(id, (list = []));
        list.push(token);
      }
    }
    this.sorted = tokens;
  }

  /** The postings of a token, from the packed arrays or the Maps. */
  /** `at`: the token's position among the packed tokens, when the caller knows it. */
  private postings(token: string, at = -1): Iterable<Posting> {
    if (this.base) {
      const { packed, ids } = this.base;
      const i = at >= 0 ? at : packed.tokens.indexOf(token);
      return i < 0 ? [] : packedPostings(packed, ids, i);
    }
    const v = this.byToken.get(token);
    return v === undefined ? [] : v instanceof Map ? v.values() : [v];
  }

  /**
   * A long posting list in bonus order, best first, with the best score any of its postings gets in this tier (the
   * bound for stopping early); null for short lists, which are read whole. A packed index stores lists in that
   * order; the changeable one sorts a long list on first use and keeps it until the caller's version changes.
   */
  private ranked(
    token: string,
    tier: keyof typeof TIER,
    at: number,
    source?: BonusSource,
  ): { ceiling: number; postings: Iterable<{ posting: Posting; bonus: number }> } | null {
    let ceiling = -Infinity;
    let postings: Iterable<{ posting: Posting; bonus: number }>;
    if (this.base) {
      const { packed, ids } = this.base;
      const i = at >= 0 ? at : packed.tokens.indexOf(token);
      if (i < 0 || packed.start[i + 1] - packed.start[i] < LONG_LIST) return null;
      for (let k = packed.start[i]; k < packed.start[i + 1] && ceiling < TIER_MAX[tier]; k++)
        ceiling = Math.max(ceiling, TIER[tier][KINDS[packed.kind[k]]]);
      postings = (function* () {
        for (const posting of packedPostings(packed, ids, i)) yield { posting, bonus: packed.bonus[posting.entity!] };
      })();
    } else {
      const v = this.byToken.get(token);
      if (!source || !(v instanceof Map) || v.size < LONG_LIST) return null;
      if (this.rankedVersion !== source.version) {
        this.rankedLists.clear();
        this.rankedVersion = source.version;
      }
      let list = this.rankedLists.get(token);
      if (!list) {
        list = [...v.values()].map((posting) => ({ posting, bonus: source.of(posting.id) }));
        list.sort((a, b) => b.bonus - a.bonus || (a.posting.id < b.posting.id ? -1 : 1));
        this.rankedLists.set(token, list);
      }
      for (const x of list) if ((ceiling = Math.max(ceiling, TIER[tier][x.posting.kind])) === TIER_MAX[tier]) break;
      postings = list;
    }
    return { ceiling, postings };
  }

  private displayOf(p: Posting, token: string): string {
    if (p.kind === 'zh') return token;
    return p.display ?? this.base!.nameOf(p.entity!);
  }

  private grams(): Map<string, Set<string>> {
    if (!this.cjkGrams) {
      const grams = new Map<string, Set<string>>();
      for (const token of this.sortedTokens().all())
        if ([...this.postings(token)].some((p) => p.kind === 'zh')) addGrams(grams, token);
      this.cjkGrams = grams;
    }
    return this.cjkGrams;
  }

  private insert(id: string, sig: string, entries: IndexEntry[], displayName: string): void {
    this.materialize();
    this.remove(id);
    this.signature.set(id, sig);
    const tokens: string[] = [];
    for (const [token, kind] of entries) {
      const posting: Posting = { id, kind, display: kind === 'zh' ? token : displayName };
      const v = this.byToken.get(token);
      if (!v) {
        this.byToken.set(token, posting);
        this.sorted = null;
      } else if (v instanceof Map) {
        const prev = v.get(id);
        // One posting per entity and token: the strongest kind wins (an exact Chinese name over an English word).
        if (!prev || TIER.exact[kind] > TIER.exact[prev.kind]) v.set(id, posting);
      } else if (v.id === id) {
        if (TIER.exact[kind] > TIER.exact[v.kind]) this.byToken.set(token, posting);
      } else {
        this.byToken.set(
          token,
          new Map([
            [v.id, v],
            [id, posting],
          ]),
        );
      }
      tokens.push(token);
      if (kind === 'zh' && this.cjkGrams) addGrams(this.cjkGrams, token);
    }
    this.byEntity.set(id, tokens);
  }

  remove(id: string): void {
    this.materialize();
    const tokens = this.byEntity.get(id);
    this.signature.delete(id);
    if (!tokens) return;
    for (const token of tokens) {
      const v = this.byToken.get(token);
      if (!v) continue;
      let empty: boolean;
      if (v instanceof Map) {
        v.delete(id);
        if (v.size === 1) this.byToken.set(token, v.values().next().value!);
        empty = v.size === 0;
      } else empty = v.id === id;
      if (empty) {
        this.byToken.delete(token);
        this.sorted = null;
        if (this.cjkGrams) for (const g of bigrams(token)) this.cjkGrams.get(g)?.delete(token);
      }
    }
    this.byEntity.delete(id);
  }

  private sortedTokens(): StringTable {
    if (this.base) return this.base.packed.tokens;
    if (!this.sorted) this.sorted = StringTable.of([...this.byToken.keys()].sort(compareCodePoints));
    return this.sorted;
  }

  /**
   * Matches with their best tier score; the caller adds importance (under 10 points, less than the gap between
   * tiers). When exact and prefix matches already fill `enough` accepted hits, weaker tiers cannot reach the top
   * and are not searched.
   */
  match(
    q: string,
    opts: { enough?: number; accept?: (id: string) => boolean; maxCandidates?: number; bonus?: BonusSource } = {},
  ): IndexedHit[] {
    const maxCandidates = opts.maxCandidates ?? 5000;
    const enough = opts.enough ?? Infinity;
    let accepted = 0;
    const { key, compact } = queryKey(q);
    const best = new Map<string, IndexedHit>();
    // The bonus the caller adds to each hit: a packed index stores it, the changeable one asks the caller.
    const packedBonus = this.base?.packed.bonus;
    const bonusOf = (p: Posting): number =>
      packedBonus && p.entity !== undefined ? packedBonus[p.entity] : (opts.bonus?.of(p.id) ?? 0);
    // The best `enough` totals (score + bonus) seen so far, each entity counted once at its first score: a floor at
    // or below the true k-th best, so stopping below it never drops a top hit.
    const top = Number.isFinite(enough) && (packedBonus || opts.bonus) ? new TopValues(enough) : null;
    const take = (p: Posting, tier: keyof typeof TIER, token: string, bonus: number) => {
      const score = TIER[tier][p.kind];
      if (score <= 0) return;
      const prev = best.get(p.id);
      if (!prev && opts.accept && !opts.accept(p.id)) return;
      if (!prev) {
        accepted++;
        top?.add(score + bonus);
      }
      if (!prev || prev.score < score) {
        const matched = tier === 'exact' || tier === 'prefix' ? token : this.displayOf(p, token);
        best.set(p.id, { id: p.id, score, matched, ...(tier === 'fuzzy' ? { near: true as const } : {}) });
      }
    };
    // `at`: where a packed index holds the token, when known (saves looking it up again).
    const offer = (token: string, tier: keyof typeof TIER, at = -1) => {
      const ranked = top ? this.ranked(token, tier, at, opts.bonus) : null;
      if (!ranked) {
        for (const p of this.postings(token, at)) take(p, tier, token, top ? bonusOf(p) : 0);
        return;
      }
      for (const { posting, bonus } of ranked.postings) {
        // Best bonus first: once even the list's best tier score cannot lift the next one past the floor (with a
        // margin for the caller's rounding), no later one can either.
        if (ranked.ceiling + bonus < top!.floor - 0.01) break;
        take(posting, tier, token, bonus);
      }
    };
    const variants = [...new Set([key, compact])].filter((v) => v.length > 0);
    if (variants.length === 0) return [];
    const sorted = this.sortedTokens();
    for (const v of variants) {
      // Found once here and passed on, not looked up again for the bonus order and the postings.
      const at = this.base ? sorted.indexOf(v) : -1;
      if (this.base ? at >= 0 : this.byToken.has(v)) offer(v, 'exact', at);
    }
    // Prefix matches cannot reach the top when exact ones already fill it above any prefix score plus bonus.
    const prefixCanRank = !top || TIER_MAX.prefix + (this.base?.maxBonus ?? opts.bonus!.max) >= top.floor - 0.01;
    for (const v of prefixCanRank ? variants : []) {
      // The prefix range starts at the first token >= v.
      for (let i = sorted.lowerBound(v), n = 0; i < sorted.length && n < maxCandidates; i++, n++) {
        const token = sorted.get(i);
        if (!token.startsWith(v)) break;
        if (token !== v) offer(token, 'prefix', this.base ? i : -1);
      }
    }
    const cjk = /[\u3400-\u9fff]/.test(compact);
    if (accepted >= enough) return [...best.values()];
    // Several English words: each must be a word (or the start of one) of the name, in any order.
    const words = cjk
      ? []
      : [
          ...new Set(
            q
              .normalize('NFKC')
              .toLowerCase()
              .split(/[^a-z0-9]+/)
              .filter((w) => w.length >= 2),
          ),
        ];
    if (words.length >= 2) {
      let ids = new Set<string>();
      const last: Posting[] = [];
      for (const [n, w] of words.entries()) {
        const here = new Set<string>();
        for (let i = sorted.lowerBound(w), c = 0; i < sorted.length && c < maxCandidates; i++, c++) {
          const token = sorted.get(i);
          if (!token.startsWith(w)) break;
          for (const p of this.postings(token, this.base ? i : -1)) {
            if (p.kind !== 'enWord') continue;
            here.add(p.id);
            if (n === words.length - 1) last.push(p);
          }
        }
        ids = n === 0 ? here : new Set([...ids].filter((id) => here.has(id)));
        if (ids.size === 0) break;
      }
      for (const p of last) if (ids.has(p.id)) take(p, 'words', key, 0);
    }
    if (cjk) {
      const grams = bigrams(compact);
      let candidates: Set<string> | null = null;
      for (const g of grams) {
        const s: Set<string> = this.grams().get(g) ?? new Set<string>();
        candidates = candidates === null ? new Set(s) : new Set([...candidates].filter((t: string) => s.has(t)));
        if (candidates.size === 0) break;
      }
      for (const t of candidates ?? []) if (t.includes(compact) && !t.startsWith(compact)) offer(t, 'contains');
      // Nothing as typed: a name one character off (a typo, or a misprint in a document).
      if (best.size === 0 && compact.length >= 3) {
        for (const t of sorted.all())
          if (t.length === compact.length && /[\u3400-\u9fff]/.test(t) && withinOneEdit(t, compact)) offer(t, 'fuzzy');
      }
    } else if (compact.length >= 3) {
      for (const i of sorted.containing(compact, maxCandidates * 10)) {
        const t = sorted.get(i);
        if (!t.startsWith(compact)) offer(t, 'contains');
      }
      if (best.size === 0 && compact.length >= 4) {
        for (const t of sorted.all())
          if (Math.abs(t.length - compact.length) <= 1 && withinOneEdit(t, compact)) offer(t, 'fuzzy');
      }
    }
    return [...best.values()];
  }
}
