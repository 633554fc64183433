// Every UI string exists in both languages: a key present in one language only fails here.
import en from '../../i18n/locales/en.json';
import zh from '../../i18n/locales/zh.json';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import { relationStatement, serverI18n } from '../../i18n/statements';
import { ENTITY_TYPES, PLACE_SUBTYPES, RELATION_TYPES } from '../../server/ontology';
import { STATUSES } from '../../server/ingest/recognize/lexicon';

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('i18n resources', () => {
  test('the same keys in zh and en, no empty string', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    for (const k of keys(en)) {
      const get = (o: unknown) => k.split('.').reduce((x, p) => (x as Record<string, unknown>)[p], o) as string;
      expect([k, get(en).length > 0, get(zh).length > 0]).toEqual([k, true, true]);
    }
  });

  test('labels for every ontology type, relation, subtype and status', () => {
    for (const t of ENTITY_TYPES) expect([t, en.type[t], zh.type[t]].every(Boolean)).toBe(true);
    for (const r of RELATION_TYPES) {
      expect(en.relation[r] && zh.relation[r]).toBeTruthy();
      expect(en.statement[r]).toMatch(/\{\{a\}\}.*\{\{b\}\}/);
      expect(zh.statement[r]).toMatch(/\{\{a\}\}.*\{\{b\}\}/);
    }
    for (const s of PLACE_SUBTYPES) expect(en.subtype[s] && zh.subtype[s]).toBeTruthy();
    for (const s of new Set(STATUSES.map((x) => x.key)))
      expect((en.status as Record<string, string>)[s] && (zh.status as Record<string, string>)[s]).toBeTruthy();
  });

  test('relation statements read as whole sentences in both languages', () => {
    const t = serverI18n().t;
    const a = { name_zh: '青禾电池项目', name_en: 'Qinghe Battery Project' };
    const b = { name_zh: '青禾县', name_en: 'Qinghe County' };
    expect(relationStatement(t, 'LOCATED_IN', a, b, 'zh')).toBe('青禾电池项目位于青禾县');
    expect(relationStatement(t, 'LOCATED_IN', a, b, 'en')).toBe('Qinghe Battery Project is located in Qinghe County');
    const wang = { name_zh: '王立明', name_en: 'Wang Liming' };
    expect(relationStatement(t, 'LEADS', wang, b, 'en', { role: '县长' })).toBe(
      'Wang Liming leads Qinghe County (县长)',
    );
    // A relation whose subject the sentence leaves unsaid says whose voice it is.
    expect(relationStatement(t, 'SUPPORTS', b, a, 'en', { implicitYear: 2025 })).toBe(
      "Qinghe County supports Qinghe Battery Project — the 2025 report says so in Qinghe County's own voice; " +
        'the sentence does not name Qinghe County',
    );
    expect(relationStatement(t, 'SUPPORTS', b, a, 'zh', { implicitYear: 2025 })).toBe(
      '青禾县支持青禾电池项目（2025年报告以青禾县自身口吻陈述，句中未点名青禾县）',
    );
  });

  test('money, numbers and dates per language', () => {
    expect(formatMoney(7_000_000_000, 'zh')).toBe('70亿元');
    expect(formatMoney(7_000_000_000, 'en')).toBe('CNY 7 billion');
    expect(formatMoney(35_000_000, 'en')).toBe('CNY 35 million');
    expect(formatMoney(350_000, 'zh')).toBe('35万元');
    expect(formatNumber(600_000, 'en')).toBe('600,000');
    expect(formatNumber(600_000, 'zh')).toBe('60万');
    expect(formatDate('2025-02-15', 'zh')).toBe('2025年2月15日');
    expect(formatDate('2025-02-15', 'en')).toBe('15 Feb 2025');
    expect(formatDate('2023-12', 'en')).toBe('Dec 2023');
  });
});
