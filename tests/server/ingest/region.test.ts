// The document's own region and the references relative to it (全省, 省委, 市政府), from texts written for the test.
import { Extractor } from '../../../server/ingest/pipeline';
import { documentRegion } from '../../../server/ingest/region';

const extractor = new Extractor();
const names = (text: string, title: string, type?: string) =>
  extractor
    .extractText(text, { fileName: 't.txt', meta: { title_zh: title, year: 2026 } })
    .entities.filter((e) => !type || e.type === type)
    .map((e) => `${e.name_zh}[${e.aliases.join(',')}]`)
    .sort();

describe('the region a document speaks for', () => {
  test('from the title: a province, a prefecture, a district with its city', () => {
    expect(documentRegion('2026年广东省政府工作报告', '')?.home).toMatchObject({ name: '广东省', level: '省' });
    expect(documentRegion('杭州市2024年政府工作报告', '')?.home).toMatchObject({ name: '杭州市', level: '市' });
    const district = documentRegion('2007年小店区政府工作报告', '太原市小店区人民政府');
    expect(district?.home).toMatchObject({ name: '小店区', level: '区' });
    expect(district?.byLevel['市']?.name).toBe('太原市');
    expect(district?.byLevel['省']?.name).toBe('山西省');
  });

  test('from the opening lines when the title names no place', () => {
    const r = documentRegion('政府工作报告', '——2026年1月在浙江省第十四届人民代表大会第四次会议上\n各位代表：');
    expect(r?.home.name).toBe('浙江省');
  });

  test("a development zone's report speaks for the zone", () => {
    expect(documentRegion('2015年青禾经济技术开发区工作报告', '')?.home).toMatchObject({
      name: '青禾经济技术开发区',
      level: '区',
    });
    // Named after its city, the zone is still home; the city stays the zone's 市.
    const zone = documentRegion('杭州经济技术开发区2015年工作报告', '');
    expect(zone?.home).toMatchObject({ name: '杭州经济技术开发区', level: '区' });
    expect(zone?.byLevel['市']?.name).toBe('杭州市');
    const found = names('过去一年，开发区实现生产总值900亿元。我区新增企业300家。', '杭州经济技术开发区2015年工作报告');
    expect(found).toEqual(['杭州经济技术开发区[开发区,我区]']);
  });

  test('a place the reference data lacks, named with its level in the title', () => {
    expect(documentRegion('临川市2025年政府工作报告', '')?.home).toMatchObject({ name: '临川市', level: '市' });
  });
});

describe('references relative to the document', () => {
  test("省委, 省政府 and 全省 are the document's own province, never a fixed one", () => {
    const got = names('在省委坚强领导下，省政府团结带领全省人民。', '2026年广东省政府工作报告');
    expect(got).toEqual(expect.arrayContaining(['中共广东省委[省委]', '广东省人民政府[省政府]']));
    expect(got.find((n) => n.startsWith('广东省['))).toMatch(/全省/);
    expect(got.join()).not.toMatch(/山西/);
  });

  test('市委 and 全市 in a city report are that city', () => {
    const got = names('在市委坚强领导下，全市经济稳中向好。', '杭州市2024年政府工作报告');
    expect(got).toEqual(expect.arrayContaining(['杭州市委[市委]']));
    expect(got.find((n) => n.startsWith('杭州市['))).toMatch(/全市/);
  });

  test('省长 gives no place named 广东省省', () => {
    const got = names('广东省省长王小明作报告。', '2026年广东省政府工作报告', 'Place');
    expect(got.join()).not.toMatch(/省省/);
  });
});

describe('the period a document reports on and plans for', () => {
  const doc = (text: string, title: string, meta: Record<string, number> = {}) =>
    extractor.extractText(text, { fileName: 't.txt', meta: { title_zh: title, year: 2023, ...meta } }).document;

  test('a work report reviews the year before and plans its own', () => {
    expect(doc('过去一年，全市经济稳中向好。今年要坚持稳中求进。', '2023年政府工作报告')).toMatchObject({
      covers_year: 2022,
      plans_year: 2023,
    });
  });

  test('a review of a year covers that year; the manifest wins over the text', () => {
    const review = doc('全年经济运行稳中有进。', '2023年青禾市经济工作综述');
    expect(review.covers_year).toBe(2023);
    expect(review.plans_year).toBeUndefined();
    expect(doc('过去一年…今年…', '2023年政府工作报告', { covers_year: 2021, plans_year: 2022 })).toMatchObject({
      covers_year: 2021,
      plans_year: 2022,
    });
  });
});
