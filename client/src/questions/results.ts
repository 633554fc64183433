// The answer to a pattern question as a table: one line per row, the bound entities, and the evidence of each
// relation (document, year, sentence); the same lines as CSV.
import { csvTable } from '../../../server/export/csv';
import type { EntitySummary, PatternRow } from '../../../server/query/types';
import type { RelationType } from '../types';

export type { EntitySummary, PatternRow };

export interface DocumentTitle {
  id: string;
  title_zh: string;
  title_en: string;
  year: number | null;
}

export interface RowEvidence {
  relation: string;
  type: RelationType;
  source: string;
  target: string;
  document: string;
  title_zh: string;
  title_en: string;
  year: number | null;
  sentence: number;
  text: string;
  /** How many sentences back this relation in all. */
  count: number;
}

export interface TableRow {
  entities: EntitySummary[];
  evidence: RowEvidence[];
}

/** The variables bound in the answer, in pattern order (every row binds the same ones). */
export function columns(rows: PatternRow[]): string[] {
  return rows.length === 0 ? [] : Object.keys(rows[0].bindings);
}

/** One table line per row: its entities by column, and the first sentence of each relation. */
export function tableRows(rows: PatternRow[], docs: DocumentTitle[]): TableRow[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const cols = columns(rows);
  return rows.map((r) => ({
    entities: cols.map((c) => r.bindings[c]),
    evidence: r.relations.flatMap((rel): RowEvidence[] => {
      const e = rel.evidence[0];
      if (!e) return [];
      const d = byId.get(e.document);
      return [
        {
          relation: rel.id,
          type: rel.type,
          source: rel.source,
          target: rel.target,
          document: e.document,
          title_zh: d?.title_zh ?? e.document,
          title_en: d?.title_en ?? e.document,
          year: e.year ?? d?.year ?? null,
          sentence: e.sentence,
          text: e.text,
          count: rel.evidence.length,
        },
      ];
    }),
  }));
}

/** Every entity an answer binds, once, in order of appearance: what "show on graph" draws. */
export function boundIds(rows: PatternRow[]): string[] {
  return [...new Set(rows.flatMap((r) => Object.values(r.bindings).map((e) => e.id)))];
}

/**
 * The table as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese): for each column its
 * id, both names and type, then the relations and their evidence, several joined by " | " in the same order.
 */
export function rowsCsv(rows: PatternRow[], docs: DocumentTitle[], lang: 'zh' | 'en'): string {
  const cols = columns(rows);
  const head = [
    ...cols.flatMap((c) => [`${c}_id`, `${c}_name_zh`, `${c}_name_en`, `${c}_type`]),
    'relations',
    'documents',
    'titles',
    'years',
    'sentences',
  ];
  const join = (xs: (string | number | null)[]) => xs.map((x) => (x === null ? '' : String(x))).join(' | ');
  const lines = tableRows(rows, docs).map((r) => [
    ...r.entities.flatMap((e) => [e.id, e.name_zh, e.name_en, e.type]),
    join(r.evidence.map((e) => e.type)),
    join(r.evidence.map((e) => e.document)),
    join(r.evidence.map((e) => (lang === 'zh' ? e.title_zh : e.title_en))),
    join(r.evidence.map((e) => e.year)),
    join(r.evidence.map((e) => e.text)),
  ]);
  return '\ufeff' + csvTable([head, ...lines]);
}
