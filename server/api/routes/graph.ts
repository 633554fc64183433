// Whole-graph routes: stats, ontology, export.
import { Router } from 'express';
import JSZip from 'jszip';
import { toCsv, toCypher, toGexf, toGraphml, toJson } from '../../export/formats';
import { ENTITY_LABELS, ENTITY_TYPES, PLACE_SUBTYPE_LABELS, RELATION_LABELS, RELATION_SIGNATURES, RELATION_TYPES } from '../../ontology';
import type { GraphStore } from '../../store/GraphStore';
import { exportQuery, langOnly } from '../params';

export function graphRoutes(store: GraphStore): Router {
  const r = Router();

  r.get('/stats', async (req, res) => {
    langOnly.parse(req.query);
    res.json({ store: store.kind, ...(await store.stats()) });
  });

  r.get('/ontology', (req, res) => {
    langOnly.parse(req.query);
    res.json({
      entityTypes: ENTITY_TYPES.map((t) => ({ key: t, zh: ENTITY_LABELS[t].zh, en: ENTITY_LABELS[t].en, covers: ENTITY_LABELS[t].covers })),
      placeSubtypes: Object.entries(PLACE_SUBTYPE_LABELS).map(([key, l]) => ({ key, ...l })),
      relationTypes: RELATION_TYPES.map((t) => ({
        key: t,
        zh: RELATION_LABELS[t].zh,
        en: RELATION_LABELS[t].en,
        statement_zh: RELATION_LABELS[t].statementZh,
        statement_en: RELATION_LABELS[t].statementEn,
        ...(t === 'CO_OCCURS' ? {} : { from: RELATION_SIGNATURES[t].from, to: RELATION_SIGNATURES[t].to }),
      })),
    });
  });

  r.get('/export', async (req, res) => {
    const q = exportQuery.parse(req.query);
    const g = await store.exportGraph();
    const name = `policy-graph`;
    switch (q.format) {
      case 'json':
        res.type('application/json').attachment(`${name}.json`).send(toJson(g));
        return;
      case 'graphml':
        res.type('application/graphml+xml').attachment(`${name}.graphml`).send(toGraphml(g));
        return;
      case 'gexf':
        res.type('application/gexf+xml').attachment(`${name}.gexf`).send(toGexf(g));
        return;
      case 'cypher':
        res.type('text/plain').attachment(`${name}.cypher`).send(toCypher(g));
        return;
      case 'csv': {
        const zip = new JSZip();
        for (const [file, content] of Object.entries(toCsv(g))) zip.file(file, content);
        res.type('application/zip').attachment(`${name}-csv.zip`).send(await zip.generateAsync({ type: 'nodebuffer' }));
        return;
      }
    }
  });

  return r;
}
