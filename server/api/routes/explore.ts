// Read routes: search, entities and their neighbourhoods, paths, relations, overview.
import { Router } from 'express';
import type { z } from 'zod';
import { NotFoundError } from '../../errors';
import type { EntityDetail, EntitySummary } from '../../model';
import type { EntityType, RelationType } from '../../ontology';
import type { GraphStore } from '../../store/GraphStore';
import { toCytoscape } from '../cytoscape';
import {
  entityId,
  entityListQuery,
  neighborhoodQuery,
  overviewQuery,
  pathsQuery,
  searchQuery,
  langOnly,
  subgraphQuery,
} from '../params';
import { describePaths } from '../pathView';
import { statement } from '../statements';

export function exploreRoutes(store: GraphStore): Router {
  const r = Router();
  entityRoutes(r, store);
  viewRoutes(r, store);
  return r;
}

/** Entities and relations one at a time, and search. */
function entityRoutes(r: Router, store: GraphStore): void {
  r.get('/search', async (req, res) => {
    const q = searchQuery.parse(req.query);
    const results = await store.search(q.q, { types: q.types as EntityType[] | undefined, limit: q.limit });
    res.json({ query: q.q, results });
  });

  // Summaries of the entities given, in that order (unknown ids are left out): names, type, mentions, documents.
  r.get('/entities', async (req, res) => {
    const q = entityListQuery.parse(req.query);
    const ids = [...new Set(q.ids)];
    // A few at a time: a store such as Neo4j answers each in its own session.
    const found: (EntityDetail | null)[] = [];
    for (let i = 0; i < ids.length; i += 16)
      found.push(...(await Promise.all(ids.slice(i, i + 16).map((id) => store.getEntity(id)))));
    const entities = found
      .filter((e) => e !== null)
      .map((e): EntitySummary => ({
        id: e.id,
        type: e.type,
        ...(e.subtype ? { subtype: e.subtype } : {}),
        name_zh: e.name_zh,
        name_en: e.name_en,
        mentions: e.mentions,
        documents: e.documents.map((d) => ({ id: d.id, year: d.year, count: d.count })),
      }));
    res.json({ entities });
  });

  r.get('/entities/:id', async (req, res) => {
    const id = entityId.parse(req.params.id);
    langOnly.parse(req.query);
    const e = await store.getEntity(id);
    if (!e) throw new NotFoundError(`No entity ${id}`);
    res.json(e);
  });

  r.get('/relations/:id', async (req, res) => {
    const id = entityId.parse(req.params.id);
    const q = langOnly.parse(req.query);
    const rel = await store.getRelation(id);
    if (!rel) throw new NotFoundError(`No relation ${id}`);
    const [a, b] = await Promise.all([store.getEntity(rel.source), store.getEntity(rel.target)]);
    const docs = new Map((await store.listDocuments()).map((d) => [d.id, d]));
    res.json({
      ...rel,
      source_entity: a && { id: a.id, type: a.type, name_zh: a.name_zh, name_en: a.name_en },
      target_entity: b && { id: b.id, type: b.type, name_zh: b.name_zh, name_en: b.name_en },
      statement: a && b ? statement(rel.type, a, b, q.lang, rel.attributes, rel.evidence[0]) : '',
      evidence: rel.evidence.map((ev) => ({
        ...ev,
        title_zh: docs.get(ev.document)?.title_zh ?? '',
        title_en: docs.get(ev.document)?.title_en ?? '',
      })),
    });
  });
}

/** Parts of the graph to draw: a neighbourhood, a saved view, paths, the overview. */
function viewRoutes(r: Router, store: GraphStore): void {
  r.get('/entities/:id/neighborhood', async (req, res) => {
    const id = entityId.parse(req.params.id);
    const q = neighborhoodQuery.parse(req.query);
    if (!(await store.getEntity(id))) throw new NotFoundError(`No entity ${id}`);
    const g = await store.neighborhood([id], {
      depth: q.depth,
      limit: q.limit,
      types: q.types as EntityType[] | undefined,
      relations: q.relations as RelationType[] | undefined,
      documents: q.documents,
      years: q.years,
    });
    res.json({ center: id, ...toCytoscape(g) });
  });

  // The entities given and the relations among them (restores a shared view).
  r.get('/subgraph', async (req, res) => {
    const q = subgraphQuery.parse(req.query);
    const g = await store.neighborhood(q.ids, {
      depth: 0,
      limit: q.ids.length,
      relations: q.relations as RelationType[] | undefined,
      documents: q.documents,
      years: q.years,
    });
    res.json(toCytoscape(g));
  });

  r.get('/paths', async (req, res) => {
    const q = pathsQuery.parse(req.query);
    for (const id of [q.from, q.to]) if (!(await store.getEntity(id))) throw new NotFoundError(`No entity ${id}`);
    const found = await store.paths(q.from, q.to, {
      maxLength: q.maxLength,
      limit: q.limit,
      types: q.types as EntityType[] | undefined,
      relations: q.relations as RelationType[] | undefined,
      documents: q.documents,
      years: q.years,
      avoidHubs: q.avoidHubs,
    });
    const paths = await describePaths(store, found, q);
    // With avoidHubs on, a path names hubs only when every path had to pass through one.
    const hubsRequired = q.avoidHubs && paths.length > 0 && paths.every((p) => p.hubs.length > 0);
    res.json({ from: q.from, to: q.to, avoidHubs: q.avoidHubs, hubsRequired, paths });
  });

  // With filters: entities of those types mentioned in the documents and years kept, and relations with evidence there.
  r.get('/overview', async (req, res) => {
    res.json(await overview(store, overviewQuery.parse(req.query)));
  });
}

async function overview(store: GraphStore, q: z.infer<typeof overviewQuery>) {
  const byDocs = q.documents?.length || q.years?.length;
  const documents = byDocs
    ? (await store.listDocuments())
        .filter((d) => !q.documents?.length || q.documents.includes(d.id))
        .filter((d) => !q.years?.length || (d.year !== null && q.years.includes(d.year)))
        .map((d) => d.id)
    : undefined;
  const top = await store.overview(q.limit, { types: q.types as EntityType[] | undefined, documents });
  const community = new Map(top.map((t) => [t.id, t.community]));
  const g = await store.neighborhood(
    top.map((t) => t.id),
    {
      depth: 0,
      limit: q.limit,
      relations: q.relations as RelationType[] | undefined,
      documents: q.documents,
      years: q.years,
    },
  );
  const cy = toCytoscape(g);
  for (const n of cy.nodes)
    Object.assign(n.data, {
      community: community.get(n.data.id) ?? 0,
      importance: top.find((t) => t.id === n.data.id)?.importance ?? n.data.importance,
    });
  return cy;
}
