// Places and companies from reference packages and sourced data files, on sentences written for the test.
import { Extractor } from '../../../server/ingest/pipeline';
import { Gazetteer } from '../../../server/lexicon/gazetteer';

const extractor = new Extractor();
const extract = (text: string, title = '2026年浙江省政府工作报告') =>
  extractor.extractText(text, { fileName: 't.txt', meta: { title_zh: title, year: 2026 } });

describe('reference data', () => {
  const gaz = Gazetteer.load();

  test('every province, prefecture and county, typed with its subtype and parent, with a source', () => {
    expect(gaz.lookup('深圳')).toMatchObject({ name_zh: '深圳市', subtype: 'city', parent: '广东省' });
    expect(gaz.lookup('浙江')).toMatchObject({ name_zh: '浙江省', subtype: 'province', name_en: 'Zhejiang Province' });
    expect(gaz.lookup('阳曲县')).toMatchObject({ subtype: 'county', parent: '太原市' });
    expect(gaz.lookup('香港')).toMatchObject({ name_zh: '香港特别行政区' });
    for (const n of ['深圳', '浙江', '阳曲县', '香港', '德国', '太钢']) expect(gaz.lookup(n)?.source).toBeTruthy();
  });

  test('countries by their Chinese names, with English names', () => {
    expect(gaz.lookup('德国')).toMatchObject({ type: 'Place', subtype: 'country', name_en: 'Germany' });
    expect(gaz.lookup('俄罗斯')?.name_en).toBe('Russia');
    // 中非 is China–Africa in these texts, not a country.
    expect(gaz.lookup('中非')).toBeUndefined();
  });

  test("county short forms only in their own city's documents", () => {
    const inCity = extract('小店、晋源等地加快发展。', '2025年太原市政府工作报告');
    expect(inCity.entities.map((e) => e.name_zh)).toEqual(expect.arrayContaining(['小店区', '晋源区']));
    const elsewhere = extract('小店经营户增加。', '2026年浙江省政府工作报告');
    expect(elsewhere.entities.map((e) => e.name_zh)).not.toContain('小店区');
  });

  test("a province's own report names its counties and prefectures short, even where the short form is a word", () => {
    const own = extract('支持日照、曹县、莒南等地加快发展。', '2026年山东省政府工作报告');
    expect(own.entities.map((e) => e.name_zh)).toEqual(expect.arrayContaining(['日照市', '曹县', '莒南县']));
    // 大同等市: jieba reads 大/a 同等/b 市; the list's head is no part of the last name.
    const listed = extract('太原、大同等市加快发展。', '2009年山西省政府工作报告').entities.map((e) => e.name_zh);
    expect(listed).toEqual(expect.arrayContaining(['太原市', '大同市']));
    expect(listed).not.toContain('大同等市');
    const elsewhere = extract('日照充足，莒南经验值得借鉴。', '2026年浙江省政府工作报告');
    expect(elsewhere.entities.map((e) => e.name_zh)).not.toEqual(expect.arrayContaining(['日照市']));
    expect(elsewhere.entities.map((e) => e.name_zh)).not.toContain('莒南县');
  });

  test('companies without a legal suffix, with their English names; context-only short forms need a head', () => {
    const b = extract('海康威视、巴斯夫扩大投资，美的等企业加快转型。');
    const byName = new Map(b.entities.map((e) => [e.name_zh, e]));
    expect(byName.get('海康威视')).toMatchObject({ type: 'Company' });
    expect(byName.get('巴斯夫')?.name_en).toBe('BASF');
    expect([...byName.values()].find((e) => e.aliases.includes('美的'))?.type).toBe('Company');
    const word = extract('建设美的乡村。');
    expect(word.entities.filter((e) => e.type === 'Company')).toEqual([]);
  });
});
