// What ranking needs of the whole graph, read back from Neo4j once per graph version: the graph's shape for
// PageRank (importance) and the search index over every name, so both stores rank with the same code and numbers.
import type { SearchHit } from '../../model';
import type { EntityType, RelationType } from '../../ontology';
import { SearchIndex } from '../../search/index';
import { CompactGraph } from '../embedded/CompactGraph';
import { importance } from '../ranking';
import type { Neo4jSession } from './session';

export interface RankedEntity {
  type: EntityType;
  subtype: SearchHit['subtype'] | null;
  name_zh: string;
  name_en: string;
  mentions: number;
}

export interface RankingView {
  version: number;
  graph: CompactGraph;
  rank: Float64Array;
  index: SearchIndex;
  entities: Map<string, RankedEntity>;
}

/** An entity as graph_entities returns it. */
export interface EntityRow {
  id: string;
  type: EntityType;
  subtype: SearchHit['subtype'] | null;
  name_zh: string;
  name_en: string;
  aliases: string[] | null;
  mentions: number | null;
}

/** A relation as graph_relations returns it. */
export interface RelationRow {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  weight: number;
}

/** The view of a graph given as rows: its shape, PageRank as ranking.ts defines it, and the name index. */
export function buildRankingView(version: number, entityRows: EntityRow[], relationRows: RelationRow[]): RankingView {
  const graph = new CompactGraph();
  const index = new SearchIndex();
  const entities: RankingView['entities'] = new Map();
  for (const o of entityRows) {
    graph.setNode(o.id, o.type);
    index.set(o.id, { name_zh: o.name_zh, aliases: o.aliases ?? [], name_en: o.name_en }, { name_zh: o.name_zh });
    entities.set(o.id, {
      type: o.type,
      subtype: o.subtype,
      name_zh: o.name_zh,
      name_en: o.name_en,
      mentions: Number(o.mentions ?? 0),
    });
  }
  for (const o of relationRows) graph.setEdge(o.id, o.source, o.target, o.type, Number(o.weight));
  return { version, graph, rank: importance(graph), index, entities };
}

/** An entity's importance in the view (0 when the view does not hold it). */
export function importanceOf(view: RankingView, id: string): number {
  const slot = view.graph.node(id);
  return slot < 0 ? 0 : view.rank[slot];
}

/** The view of the current graph version, built once per version and shared by the requests that need it. */
export class RankingCache {
  private view: RankingView | null = null;
  private loading: { version: number; view: Promise<RankingView> } | null = null;

  constructor(private readonly db: Neo4jSession) {}

  async current(): Promise<RankingView> {
    const version = await this.db.read((tx) => this.db.version(tx));
    if (this.view?.version === version) return this.view;
    if (this.loading?.version !== version) {
      const view = this.load();
      this.loading = { version, view };
      view.then(
        (r) => {
          if (!this.view || this.view.version < r.version) this.view = r;
        },
        () => {
          if (this.loading?.view === view) this.loading = null;
        },
      );
    }
    return this.loading.view;
  }

  /** Read in one transaction, so it is one consistent state. */
  private load(): Promise<RankingView> {
    return this.db.read(async (tx) => {
      const version = await this.db.version(tx);
      const entities = (await this.db.run(tx, 'graph_entities', {})).map((r) => r.toObject() as EntityRow);
      const relations = (await this.db.run(tx, 'graph_relations', {})).map((r) => r.toObject() as RelationRow);
      return buildRankingView(version, entities, relations);
    });
  }
}
