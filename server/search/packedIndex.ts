// The name index as an image stores it: sorted tokens and postings in typed arrays, answered from in place. It
// never changes; the store turns it into a changeable SearchIndex (`toChangeable`) when it starts to write.
import type { StringTable } from '../util/stringTable';
import { SearchIndex, type NameIndex } from './index';
import { matchNames, type PostingSource } from './match';
import {
  addGrams,
  KINDS,
  LONG_LIST,
  TIER,
  TIER_MAX,
  type IndexedHit,
  type MatchOptions,
  type Posting,
  type RankedList,
  type Tier,
} from './tiers';

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

/** An index answering from packed arrays; entity number i is `ids[i]`, shown as `nameOf(i)`. */
export class PackedSearchIndex implements NameIndex, PostingSource {
  private readonly maxStored: number;
  private cjkGrams: Map<string, Set<string>> | null = null;

  constructor(
    private readonly packed: PackedIndex,
    private readonly ids: string[],
    private readonly nameOf: (entity: number) => string,
  ) {
    let max = 0;
    for (const b of packed.bonus) max = Math.max(max, b);
    this.maxStored = max;
  }

  get size(): number {
    return this.ids.length;
  }

  match(q: string, opts: MatchOptions = {}): IndexedHit[] {
    return matchNames(this, q, opts);
  }

  /** The same postings in the changeable Maps (done once, when the store starts to write). */
  toChangeable(): SearchIndex {
    const { tokens, start, entity, kind } = this.packed;
    return SearchIndex.restored(tokens, (add) => {
      const all = tokens.all();
      for (let i = 0; i < all.length; i++) {
        const token = all[i];
        for (let k = start[i]; k < start[i + 1]; k++) {
          const kindName = KINDS[kind[k]];
          add(token, {
            id: this.ids[entity[k]],
            kind: kindName,
            display: kindName === 'zh' ? token : this.nameOf(entity[k]),
          });
        }
      }
    });
  }

  sortedTokens(): StringTable {
    return this.packed.tokens;
  }

  /** Made one at a time: a search may stop early in a list of 200k. */
  *postings(token: string, at: number): Generator<Posting> {
    const packed = this.packed;
    const i = at >= 0 ? at : packed.tokens.indexOf(token);
    if (i < 0) return;
    for (let k = packed.start[i]; k < packed.start[i + 1]; k++)
      yield { id: this.ids[packed.entity[k]], kind: KINDS[packed.kind[k]], entity: packed.entity[k] };
  }

  /** Long lists are stored in bonus order already. */
  ranked(token: string, tier: Tier, at: number): RankedList | null {
    const packed = this.packed;
    const i = at >= 0 ? at : packed.tokens.indexOf(token);
    if (i < 0 || packed.start[i + 1] - packed.start[i] < LONG_LIST) return null;
    let ceiling = -Infinity;
    for (let k = packed.start[i]; k < packed.start[i + 1] && ceiling < TIER_MAX[tier]; k++)
      ceiling = Math.max(ceiling, TIER[tier][KINDS[packed.kind[k]]]);
    const postings = this.postings(token, i);
    return {
      ceiling,
      postings: (function* () {
        for (const posting of postings) yield { posting, bonus: packed.bonus[posting.entity!] };
      })(),
    };
  }

  knowsBonus(): boolean {
    return true;
  }

  bonusOf(p: Posting): number {
    return this.packed.bonus[p.entity!];
  }

  maxBonus(): number {
    return this.maxStored;
  }

  displayOf(p: Posting, token: string): string {
    return p.kind === 'zh' ? token : this.nameOf(p.entity!);
  }

  /** Built on the first "contains" query. */
  grams(): Map<string, Set<string>> {
    return (this.cjkGrams ??= this.buildGrams());
  }

  private buildGrams(): Map<string, Set<string>> {
    const grams = new Map<string, Set<string>>();
    const all = this.packed.tokens.all();
    for (let i = 0; i < all.length; i++)
      if ([...this.postings(all[i], i)].some((p) => p.kind === 'zh')) addGrams(grams, all[i]);
    return grams;
  }
}
