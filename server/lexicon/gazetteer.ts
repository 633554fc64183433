// The gazetteer of known entities (server/data/gazetteer.json), matched with a character trie (longest match).
import fs from 'node:fs';
import { projectPath } from '../util/projectRoot';
import type { EntityType, PlaceSubtype } from '../ontology';
import { isEntityType, isPlaceSubtype } from '../ontology';
import { nameKey } from '../text/fold';
import { companyEntries } from './reference/companies';
import { nationalPlaceEntries, regionalPlaceEntries, type HomeRegion } from './reference/placeEntries';

function readCurated(file: string): GazEntry[] {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { entities: GazEntry[] };
  for (const e of raw.entities) {
    if (!isEntityType(e.type)) throw new Error(`${file}: ${e.name_zh} has unknown type ${e.type}`);
    if (e.subtype !== undefined && !isPlaceSubtype(e.subtype)) {
      throw new Error(`${file}: ${e.name_zh} has unknown subtype ${e.subtype}`);
    }
    if (!e.source) throw new Error(`${file}: ${e.name_zh} has no source`);
  }
  return raw.entities;
}

export interface GazEntry {
  type: EntityType;
  subtype?: PlaceSubtype;
  name_zh: string;
  name_en: string;
  aliases: string[];
  parent?: string;
  note: string;
  /** What makes the entry a checkable fact (a package, an official site, a list). */
  source?: string;
  /** Administrative division code (GB/T 2260) or ISO country code, for places from reference packages. */
  code?: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazEntry;
}

export interface GazMatch {
  start: number;
  end: number;
  entry: GazEntry;
}

export class Gazetteer {
  private readonly root: TrieNode = { next: new Map() };
  private readonly byKey = new Map<string, GazEntry>();

  constructor(readonly entries: GazEntry[]) {
    for (const e of entries) {
      for (const form of [e.name_zh, ...e.aliases]) {
        const key = nameKey(form);
        if (!this.byKey.has(key)) this.byKey.set(key, e);
        let node = this.root;
        for (const ch of key) {
          let n = node.next.get(ch);
          if (!n) node.next.set(ch, (n = { next: new Map() }));
          node = n;
        }
        node.entry ??= e;
      }
    }
  }

  /** Curated entries (their file wins on a shared name), then every place of the reference packages. */
  static load(file = projectPath('server', 'data', 'gazetteer.json')): Gazetteer {
    const companies = companyEntries();
    const g = new Gazetteer([...readCurated(file), ...companies.entries, ...nationalPlaceEntries()]);
    g.contextual = companies.contextual;
    return g;
  }

  /** Names that are an entity only where the sentence says what they are (小米 in 小米等企业). */
  private contextual = new Map<string, GazEntry>();

  lookupInContext(name: string, type: EntityType): GazEntry | undefined {
    const e = this.contextual.get(name);
    return e?.type === type ? e : undefined;
  }

  private readonly regional = new Map<string, Gazetteer>();

  /** This gazetteer with the places only a document of that region names unambiguously (cached per region). */
  forRegion(home: HomeRegion | null): Gazetteer {
    if (!home?.provinceCode) return this;
    const key = `${home.provinceCode}|${home.cityCode ?? ''}`;
    let g = this.regional.get(key);
    if (!g) {
      const curated = this.entries.filter((e) => e.code === undefined);
      const rest = this.entries.filter((e) => e.code !== undefined);
      g = new Gazetteer([...curated, ...regionalPlaceEntries(home), ...rest]);
      g.contextual = this.contextual;
      this.regional.set(key, g);
    }
    return g;
  }

  lookup(name: string): GazEntry | undefined {
    return this.byKey.get(nameKey(name));
  }

  /** Lookup by an already folded, lower-cased key (no normalisation cost: for hot loops). */
  lookupKey(key: string): GazEntry | undefined {
    return this.byKey.get(key);
  }

  /** Longest matches, left to right, in folded text (quotes are not skipped: the trie holds folded keys). */
  scan(folded: string, from: number, to: number): GazMatch[] {
    const out: GazMatch[] = [];
    for (let i = from; i < to; i++) {
      let node: TrieNode | undefined = this.root;
      let best: GazMatch | null = null;
      for (let j = i; j < to && node; j++) {
        const ch = folded[j];
        node = node.next.get(ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch);
        if (node?.entry) best = { start: i, end: j + 1, entry: node.entry };
      }
      if (best) out.push(best);
    }
    return out;
  }

  private names: string[] | null = null;

  /** Names for the tokenizer's dictionary: curated names and places down to counties (not townships). */
  allNames(): string[] {
    this.names ??= this.entries
      .filter((e) => e.subtype !== 'town')
      .flatMap((e) => [e.name_zh, ...e.aliases])
      .filter((n) => !/[“”"()（）、\s]/.test(n));
    return this.names;
  }
}
