// Extraction on short texts written for the tests (invented places and firms, in the genre of the reports).
import iconv from 'iconv-lite';
import { Extractor } from '../../../server/ingest/pipeline';
import type { GraphBatch } from '../../../server/model';
import { EmbeddedStore } from '../../../server/store/embedded/EmbeddedStore';

const extractor = new Extractor();

function names(b: GraphBatch, type?: string): string[] {
  return b.entities
    .filter((e) => !type || e.type === type)
    .map((e) => e.name_zh)
    .sort();
}
function rel(b: GraphBatch, type: string): string[] {
  const n = new Map(b.entities.map((e) => [e.id, e.name_zh]));
  return b.relations
    .filter((r) => r.type === type)
    .map((r) => `${n.get(r.source)}→${n.get(r.target)}`)
    .sort();
}
function extract(text: string, year = 2025): GraphBatch {
  return extractor.extractText(text, { fileName: 'test.txt', meta: { title_zh: '临川市2025年政府工作报告', year } });
}

describe('entity recognition on names no gazetteer knows', () => {
  test('enumerations typed by their head noun', () => {
    const b = extract('重点支持云岭重工、青禾电子、北辰材料等企业加快数字化转型。');
    expect(names(b, 'Company')).toEqual(['云岭重工', '北辰材料', '青禾电子']);
  });

  test('suffix-headed names of every core type, with Place subtypes', () => {
    const b = extract(
      '临川市获批设立临川跨境电子商务综合试验区。青禾县实施“百园兴业”三年行动。北辰新材料有限公司在青禾经济开发区建设年产5万吨电池材料项目。',
    );
    expect(names(b, 'Policy')).toEqual(expect.arrayContaining(['百园兴业三年行动']));
    expect(b.entities.find((e) => e.name_zh === '临川跨境电子商务综合试验区')).toMatchObject({
      type: 'Place',
      subtype: 'zone',
    });
    expect(b.entities.find((e) => e.name_zh === '青禾经济开发区')).toMatchObject({ type: 'Place', subtype: 'zone' });
    expect(names(b, 'Company')).toContain('北辰新材料有限公司');
    expect(names(b, 'Project').join()).toMatch(/电池材料项目/);
  });

  test('a company named inside its project develops it; the project is located in the zone', () => {
    const b = extract('总投资30亿元的北辰新材料有限公司年产5万吨电池材料项目在青禾经济开发区开工。');
    const project = b.entities.find((e) => e.type === 'Project')!;
    expect(project.name_zh).toBe('北辰新材料有限公司年产5万吨电池材料项目');
    expect(rel(b, 'DEVELOPS')).toEqual([`北辰新材料有限公司→${project.name_zh}`]);
    expect(rel(b, 'LOCATED_IN')).toContain(`${project.name_zh}→青禾经济开发区`);
    expect(project.facts.find((f) => f.kind === 'investment')).toMatchObject({ value: 3000000000, unit: 'CNY' });
    expect(project.facts.find((f) => f.kind === 'capacity')).toMatchObject({ value: 50000, unit: '吨/year' });
    expect(project.facts.find((f) => f.kind === 'status')).toMatchObject({ value: '开工' });
  });

  test('quoted programmes, role + person, events held at home, elliptical coordination', () => {
    const b = extract(
      '临川市委书记王立明出席会议。深入开展“双百攻关”“揭榜挂帅”等行动。成功举办临川国际物流博览会。按照省、市第八次党代会决策部署。',
    );
    expect(names(b, 'Person')).toEqual(['王立明']);
    expect(rel(b, 'LEADS').join()).toMatch(/王立明→临川市/);
    expect(b.relations.find((r) => r.type === 'LEADS')?.attributes.role).toBe('市委书记');
    expect(names(b, 'Policy')).toEqual(expect.arrayContaining(['双百攻关', '揭榜挂帅']));
    expect(names(b, 'Event')).toEqual(
      expect.arrayContaining(['临川国际物流博览会', '省第八次党代会', '市第八次党代会']),
    );
    expect(rel(b, 'HELD_IN')).toContain('临川国际物流博览会→临川市');
  });

  test('policies are implemented by the place the report speaks for', () => {
    const b = extract('临川市今年经济稳步增长。深入实施人才强县战略，积极融入长三角一体化发展。');
    expect(rel(b, 'IMPLEMENTS')).toEqual(expect.arrayContaining(['临川市→人才强县战略']));
  });

  test('a place and its curated parent in one sentence: PART_OF', () => {
    const b = extract('太原市下辖阳曲县和清徐县，阳曲县新建一座物流园。');
    expect(rel(b, 'PART_OF')).toEqual(['清徐县→太原市', '阳曲县→太原市']);
  });

  test('leaders of an industry: 以A、B为龙头的X产业', () => {
    const b = extract('做强以青禾电子、北辰材料为龙头的新能源电池产业。');
    expect(rel(b, 'IN_INDUSTRY')).toEqual(['北辰材料→新能源电池产业', '青禾电子→新能源电池产业']);
  });

  test('generic phrases are not entities', () => {
    const b = extract('推进重点项目建设，加快传统产业升级，支持各类企业发展。');
    expect(b.entities.filter((e) => e.type !== 'Place')).toEqual([]);
  });
});

describe('resolution and provenance', () => {
  test("a government's short and full titles are one body (市政府, 市人民政府)", () => {
    const orgs = extract('青禾市政府部署工作。青禾市人民政府召开会议。').entities.filter(
      (e) => e.type === 'Organization',
    );
    expect(orgs.map((e) => [e.name_zh, ...e.aliases].sort())).toEqual([['青禾市人民政府', '青禾市政府']]);
  });

  test('quotes, brackets and company forms resolve to one entity; ids are stable', () => {
    const b = extract('“百园兴业”行动成效明显。百园兴业行动继续推进。北辰材料集团扩产，北辰材料新建厂房。');
    expect(b.entities.filter((e) => e.name_zh === '百园兴业行动')).toHaveLength(1);
    const company = b.entities.filter((e) => e.type === 'Company');
    expect(company).toHaveLength(1);
    expect([company[0].name_zh, ...company[0].aliases].sort()).toEqual(['北辰材料', '北辰材料集团']);
    const again = extract('“百园兴业”行动成效明显。百园兴业行动继续推进。北辰材料集团扩产，北辰材料新建厂房。');
    expect(again.entities.map((e) => e.id)).toEqual(b.entities.map((e) => e.id));
  });

  test('every mention and every evidence points at its words in the document text', () => {
    const b = extract('临川市获批设立临川跨境电子商务综合试验区。青禾电子在青禾经济开发区建设电池材料项目。');
    for (const m of b.mentions) expect(b.document.text.slice(m.start, m.end)).toBe(m.surface);
    for (const r of b.relations)
      for (const ev of r.evidence) expect(b.document.text.slice(ev.start, ev.end)).toBe(ev.text);
    expect(b.relations.every((r) => r.evidence.length > 0)).toBe(true);
  });

  test('every entity has an English name without Chinese characters', () => {
    const b = extract('北辰新材料有限公司在青禾经济开发区建设年产5万吨电池材料项目。深入开展“双百攻关”行动。');
    for (const e of b.entities) expect(e.name_en).toMatch(/^[^\u3400-\u9fff]+$/);
  });

  test('a document in GBK ingests the same as in UTF-8; re-ingesting changes nothing', async () => {
    const text =
      '临川市2025年政府工作报告\n重点支持青禾电子、北辰材料等企业发展。临川市获批设立临川跨境电子商务综合试验区。';
    const utf8 = await extractor.extractFile({ buffer: Buffer.from(text), fileName: 'report.txt' });
    const gbk = await extractor.extractFile({ buffer: iconv.encode(text, 'gbk'), fileName: 'report.txt' });
    expect({ ...gbk, document: { ...gbk.document, sha256: '' } }).toEqual({
      ...utf8,
      document: { ...utf8.document, sha256: '' },
    });
    const store = new EmbeddedStore();
    await store.init();
    expect((await store.upsertDocument(utf8)).changed).toBe(true);
    expect(
      (await store.upsertDocument(await extractor.extractFile({ buffer: Buffer.from(text), fileName: 'report.txt' })))
        .changed,
    ).toBe(false);
    expect(utf8.document.year).toBe(2025);
    expect(utf8.document.title_zh).toBe('临川市2025年政府工作报告');
  });
});
