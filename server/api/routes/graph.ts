// Whole-graph routes: stats, ontology, export.
import express, { Router } from 'express';
import JSZip from 'jszip';
import { toCsv, toCypher, toGexf, toGraphml, toJson, type ExportFormat, type ExportGraph } from '../../export/formats';
import { viewExport } from '../../export/view';
import { resources } from '../../../i18n/resources';
import { ENTITY_COVERS, ENTITY_TYPES, PLACE_SUBTYPES, RELATION_SIGNATURES, RELATION_TYPES } from '../../ontology';
import type { GraphStore } from '../../store/GraphStore';
import { glossText } from '../../translate/gloss';
import { exportQuery, glossQuery, langOnly, viewExportBody } from '../params';

const zh = resources.zh.translation;
const en = resources.en.translation;

export function graphRoutes(store: GraphStore): Router {
  const r = Router();

  r.get('/stats', async (req, res) => {
    langOnly.parse(req.query);
    res.json({ store: store.kind, ...(await store.stats()) });
  });

  r.get('/ontology', (req, res) => {
    langOnly.parse(req.query);
    res.json(ontologyDescription());
  });

  r.get('/gloss', async (req, res) => {
    const q = glossQuery.parse(req.query);
    res.json({ text: q.text, words: await glossText(q.text) });
  });

  r.get('/export', async (req, res) => {
    const q = exportQuery.parse(req.query);
    const file = await exportFile(store, q.format);
    res.type(file.type).attachment(file.name).send(file.body);
  });

  // A view of the graph, posted (a view can hold thousands of ids): each entity's documents, each relation's evidence.
  r.post('/export/view', express.json({ limit: '2mb' }), async (req, res) => {
    const b = viewExportBody.parse(req.body ?? {});
    const g = await viewExport(store, b.nodes, b.edges);
    const write: Record<typeof b.format, [string, (g: ExportGraph) => string]> = {
      json: ['application/json', toJson],
      graphml: ['application/graphml+xml', toGraphml],
      gexf: ['application/gexf+xml', toGexf],
    };
    const [type, writer] = write[b.format];
    res.type(type).attachment(`policy-graph-view.${b.format}`).send(writer(g));
  });

  return r;
}

/** The entity and relation types with their names in both languages, what each covers, and the relations' ends. */
function ontologyDescription() {
  return {
    entityTypes: ENTITY_TYPES.map((t) => ({ key: t, zh: zh.type[t], en: en.type[t], covers: ENTITY_COVERS[t] })),
    placeSubtypes: PLACE_SUBTYPES.map((key) => ({ key, zh: zh.subtype[key], en: en.subtype[key] })),
    relationTypes: RELATION_TYPES.map((t) => ({
      key: t,
      zh: zh.relation[t],
      en: en.relation[t],
      statement_zh: zh.statement[t],
      statement_en: en.statement[t],
      ...(t === 'CO_OCCURS' ? {} : { from: RELATION_SIGNATURES[t].from, to: RELATION_SIGNATURES[t].to }),
    })),
  };
}

/** The whole graph as a file to download; CSV is one file per table, zipped. */
async function exportFile(
  store: GraphStore,
  format: ExportFormat,
): Promise<{ type: string; name: string; body: string | Buffer }> {
  const g = await store.exportGraph();
  const name = `policy-graph`;
  switch (format) {
    case 'json':
      return { type: 'application/json', name: `${name}.json`, body: toJson(g, await store.curations()) };
    case 'graphml':
      return { type: 'application/graphml+xml', name: `${name}.graphml`, body: toGraphml(g) };
    case 'gexf':
      return { type: 'application/gexf+xml', name: `${name}.gexf`, body: toGexf(g) };
    case 'cypher':
      return { type: 'text/plain', name: `${name}.cypher`, body: toCypher(g) };
    case 'csv': {
      const zip = new JSZip();
      for (const [file, content] of Object.entries(toCsv(g))) zip.file(file, content);
      return {
        type: 'application/zip',
        name: `${name}-csv.zip`,
        body: await zip.generateAsync({ type: 'nodebuffer' }),
      };
    }
  }
}
