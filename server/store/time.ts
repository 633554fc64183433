// Time views over the stored documents, defined once for both stores: indicator series, an entity's timeline, and
// what changed between two documents or two years. Each store only supplies the rows.
import type {
  CompareChange,
  CompareEntity,
  Comparison,
  DocumentMeta,
  EntityDetail,
  Fact,
  FactKind,
  IndicatorPoint,
  IndicatorSeries,
  IndicatorSeriesPoint,
  TimelineItem,
} from '../model';
import { indicatorNameZh } from '../ingest/indicators/catalogue';
import type { EntityType } from '../ontology';

type DocMeta = Pick<DocumentMeta, 'id' | 'title_zh' | 'title_en' | 'year' | 'published'>;

/** Documents in time order: by year (unknown last), then publication month, then id. */
export function byTime(a: DocMeta, b: DocMeta): number {
  const ya = a.year ?? Number.MAX_SAFE_INTEGER;
  const yb = b.year ?? Number.MAX_SAFE_INTEGER;
  if (ya !== yb) return ya - yb;
  const pa = a.published ?? '';
  const pb = b.published ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every document's points grouped by indicator and place, points in period order (targets before results). */
export function indicatorSeries(
  docs: { document: string; points: IndicatorPoint[] }[],
  place?: string,
): IndicatorSeries[] {
  const groups = new Map<string, IndicatorSeries>();
  for (const d of [...docs].sort((a, b) => cmp(a.document, b.document))) {
    for (const p of d.points) {
      if (place !== undefined && p.place_id !== place) continue;
      const key = `${p.indicator}|${p.place_id ?? p.place}`;
      let s = groups.get(key);
      if (!s) {
        s = {
          indicator: p.indicator,
          name_zh: indicatorNameZh(p.indicator),
          name_en: p.name_en,
          place: p.place,
          place_id: p.place_id ?? null,
          points: [],
        };
        groups.set(key, s);
      }
      const point: IndicatorSeriesPoint = {
        period: p.period,
        kind: p.kind,
        value: p.value,
        unit: p.unit,
        ...(p.qualifier ? { qualifier: p.qualifier } : {}),
        evidence: { document: d.document, sentence: p.evidence.sentence, text: p.evidence.text },
      };
      s.points.push(point);
    }
  }
  const kindOrder = { target: 0, actual: 1 } as const;
  for (const s of groups.values())
    s.points.sort(
      (a, b) =>
        cmp(a.period, b.period) ||
        kindOrder[a.kind] - kindOrder[b.kind] ||
        cmp(a.evidence.document, b.evidence.document) ||
        a.evidence.sentence - b.evidence.sentence,
    );
  return [...groups.values()].sort((a, b) => cmp(a.indicator, b.indicator) || cmp(a.place, b.place));
}

const AMOUNTS: FactKind[] = ['investment', 'capacity', 'length', 'area'];

const valuesOf = (facts: Fact[], kind: FactKind): string[] =>
  [...new Set(facts.filter((f) => f.kind === kind).map((f) => `${f.value}${f.unit ?? ''}`))].sort();

/** One item per document that mentions the entity, in time order, with its statuses and amounts there. */
export function entityTimeline(entity: EntityDetail, docs: DocMeta[]): TimelineItem[] {
  const meta = new Map(docs.map((d) => [d.id, d]));
  const facts = Object.values(entity.attributes).flat();
  const items = entity.documents
    .map((d) => meta.get(d.id) ?? { ...d, published: undefined })
    .sort(byTime)
    .map((d) => ({ d, facts: facts.filter((f) => f.document === d.id) }));
  const last = new Map<FactKind, string>();
  return items.map(({ d, facts: here }) => {
    const changed: FactKind[] = [];
    for (const kind of ['status' as FactKind, ...AMOUNTS]) {
      const v = valuesOf(here, kind);
      if (v.length === 0) continue;
      const key = v.join('|');
      if (last.has(kind) && last.get(kind) !== key) changed.push(kind);
      last.set(kind, key);
    }
    const bySentence = (a: Fact, b: Fact) => a.sentence - b.sentence;
    return {
      document: d.id,
      title_zh: d.title_zh,
      title_en: d.title_en,
      year: d.year,
      published: d.published ?? null,
      mentions: entity.documents.find((x) => x.id === d.id)?.count ?? 0,
      statuses: here
        .filter((f) => f.kind === 'status')
        .sort(bySentence)
        .map((f) => ({ status: String(f.value), date: f.date ?? null, text: f.text })),
      attributes: here
        .filter((f) => AMOUNTS.includes(f.kind))
        .sort(bySentence)
        .map((f) => ({ kind: f.kind, value: f.value, unit: f.unit ?? null, text: f.text })),
      changed,
    };
  });
}

/** The documents a side of a comparison names: a document id, or a year (every document of that year). */
export function compareSide(spec: string, docs: DocMeta[]): string[] | null {
  if (docs.some((d) => d.id === spec)) return [spec];
  if (!/^\d{4}$/.test(spec)) return null;
  const ids = docs.filter((d) => d.year === Number(spec)).map((d) => d.id);
  return ids.length > 0 ? ids.sort() : null;
}

/** An entity's contribution to one document, as a comparison reads it. */
export interface CompareRow {
  document: string;
  id: string;
  type: EntityType;
  name_zh: string;
  name_en: string;
  mentions: number;
  facts: Fact[];
}

const CHANGES: CompareChange[] = ['status', 'investment'];

/**
 * Entities of side b not in a (added), of a not in b (dropped), in both (continued), and those of continued whose
 * statuses or investment differ where both sides give them (changed). Lists are ordered by mentions, then id.
 */
export function compareSides(
  a: { spec: string; documents: string[] },
  b: { spec: string; documents: string[] },
  rows: CompareRow[],
  types?: EntityType[],
): Comparison {
  const inA = new Set(a.documents);
  const inB = new Set(b.documents);
  const acc = new Map<string, { e: CompareRow; ma: number; mb: number; fa: Fact[]; fb: Fact[] }>();
  for (const r of rows) {
    if (types && !types.includes(r.type)) continue;
    const x = acc.get(r.id) ?? { e: r, ma: 0, mb: 0, fa: [], fb: [] };
    // A document on both sides (the same id given twice) counts on both.
    if (inA.has(r.document)) {
      x.ma += r.mentions;
      x.fa.push(...r.facts);
    }
    if (inB.has(r.document)) {
      x.mb += r.mentions;
      x.fb.push(...r.facts);
    }
    acc.set(r.id, x);
  }
  const out: Comparison = {
    a: { spec: a.spec, documents: a.documents },
    b: { spec: b.spec, documents: b.documents },
    added: [],
    dropped: [],
    continued: [],
    changed: [],
  };
  const sideA = new Set(rows.filter((r) => inA.has(r.document)).map((r) => r.id));
  const sideB = new Set(rows.filter((r) => inB.has(r.document)).map((r) => r.id));
  for (const [id, x] of acc) {
    const item: CompareEntity = {
      id,
      type: x.e.type,
      name_zh: x.e.name_zh,
      name_en: x.e.name_en,
      mentions_a: x.ma,
      mentions_b: x.mb,
    };
    if (sideA.has(id) && sideB.has(id)) {
      out.continued.push(item);
      const changes = CHANGES.flatMap((kind) => {
        const va = valuesOf(x.fa, kind);
        const vb = valuesOf(x.fb, kind);
        if (va.length === 0 || vb.length === 0 || va.join('|') === vb.join('|')) return [];
        const raw = (fs: Fact[]) => [...new Set(fs.filter((f) => f.kind === kind).map((f) => f.value))];
        return [{ kind, a: raw(x.fa), b: raw(x.fb) }];
      });
      if (changes.length > 0) out.changed.push({ ...item, changes });
    } else if (sideB.has(id)) out.added.push(item);
    else out.dropped.push(item);
  }
  const order = (xs: CompareEntity[]) =>
    xs.sort((p, q) => q.mentions_a + q.mentions_b - (p.mentions_a + p.mentions_b) || cmp(p.id, q.id));
  for (const list of [out.added, out.dropped, out.continued, out.changed]) order(list);
  return out;
}
