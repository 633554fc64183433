// The name index: what search asks of it (NameIndex), and its changeable form, Maps kept up to date entity by
// entity. The packed form an image stores (read-only, typed arrays) is in packedIndex.ts; both match the same way
// (match.ts).
import { StringTable, compareCodePoints } from '../util/stringTable';
import { searchForms, type SearchForms } from './keys';
import { matchNames, type PostingSource } from './match';
import type { PackedIndex } from './packedIndex';
import {
  addGrams,
  bigrams,
  KINDS,
  LONG_LIST,
  TIER,
  TIER_MAX,
  type BonusSource,
  type IndexedHit,
  type Kind,
  type MatchOptions,
  type Posting,
  type RankedList,
  type Tier,
} from './tiers';

export type { BonusSource, IndexedHit, Kind, MatchOptions } from './tiers';
export type { PackedIndex } from './packedIndex';

/** What a search asks of a name index, packed or changeable. */
export interface NameIndex {
  /** How many entities are indexed. */
  readonly size: number;
  match(q: string, opts?: MatchOptions): IndexedHit[];
}

type IndexEntry = [token: string, kind: Kind];

function signatureOf(names: { name_zh: string; aliases: string[]; name_en: string }): string {
  return `${names.name_zh}\u0000${names.name_en}\u0000${names.aliases.join('\u0001')}`;
}

/** The changeable index: every token's postings in Maps, updated one entity at a time. */
export class SearchIndex implements NameIndex, PostingSource {
  /**
   * token → its posting, or entity id → posting when several entities share the token: removal is O(1) even for
   * tokens thousands of names share, and the million tokens only one name has cost no Map each.
   */
  private readonly byToken = new Map<string, Posting | Map<string, Posting>>();
  private readonly byEntity = new Map<string, string[]>();
  private readonly signature = new Map<string, string>();
  /** Chinese bigram → the Chinese tokens holding it, for "contains" matches; null until the first such query. */
  private cjkGrams: Map<string, Set<string>> | null = new Map();
  private sorted: StringTable | null = null;
  /** Long posting lists in bonus order, for the caller's version `rankedVersion`. */
  private rankedLists = new Map<string, { posting: Posting; bonus: number }[]>();
  private rankedVersion: string | number | null = null;

  /**
   * An index filled from postings already sorted into `tokens` (a packed index made changeable): `fill` adds each
   * posting once, and the "contains" bigrams are built on the first query that needs them.
   */
  static restored(tokens: StringTable, fill: (add: (token: string, posting: Posting) => void) => void): SearchIndex {
    const index = new SearchIndex();
    index.cjkGrams = null;
    fill((token, posting) => index.addPosting(token, posting));
    index.sorted = tokens;
    return index;
  }

  get size(): number {
    return this.byEntity.size;
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

  match(q: string, opts: MatchOptions = {}): IndexedHit[] {
    return matchNames(this, q, opts);
  }

  /**
   * The index as sorted tokens with their postings in typed arrays, entities numbered by `numberOf`: what an image
   * stores, and what a PackedSearchIndex serves from without building a Map per token.
   */
  pack(numberOf: (id: string) => number, bonus: Float64Array): PackedIndex {
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

  remove(id: string): void {
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

  sortedTokens(): StringTable {
    if (!this.sorted) this.sorted = StringTable.of([...this.byToken.keys()].sort(compareCodePoints));
    return this.sorted;
  }

  postings(token: string): Iterable<Posting> {
    const v = this.byToken.get(token);
    return v === undefined ? [] : v instanceof Map ? v.values() : [v];
  }

  /** A long list is sorted by the caller's bonus on first use and kept until the caller's version changes. */
  ranked(token: string, tier: Tier, _at: number, source?: BonusSource): RankedList | null {
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
    let ceiling = -Infinity;
    for (const x of list) if ((ceiling = Math.max(ceiling, TIER[tier][x.posting.kind])) === TIER_MAX[tier]) break;
    return { ceiling, postings: list };
  }

  knowsBonus(source?: BonusSource): boolean {
    return source !== undefined;
  }

  bonusOf(p: Posting, source?: BonusSource): number {
    return source?.of(p.id) ?? 0;
  }

  maxBonus(source?: BonusSource): number {
    return source!.max;
  }

  displayOf(p: Posting, token: string): string {
    return p.kind === 'zh' ? token : p.display!;
  }

  grams(): Map<string, Set<string>> {
    if (!this.cjkGrams) {
      const grams = new Map<string, Set<string>>();
      for (const token of this.sortedTokens().all())
        if ([...this.postings(token)].some((p) => p.kind === 'zh')) addGrams(grams, token);
      this.cjkGrams = grams;
    }
    return this.cjkGrams;
  }

  /** One restored posting (no signature: a later `set` of the same names indexes them again, harmlessly). */
  private addPosting(token: string, posting: Posting): void {
    const id = posting.id;
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

  private insert(id: string, sig: string, entries: IndexEntry[], displayName: string): void {
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
}
