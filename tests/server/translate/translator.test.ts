import fc from 'fast-check';
import fs from 'node:fs';
import { Gazetteer } from '../../../server/lexicon/gazetteer';
import { chineseNumber } from '../../../server/translate/numbers';
import { Translator, type OfficialNames } from '../../../server/translate/translator';
import { cedictEnglishWords, longestPinyinRun } from '../../../server/translate/pinyinRuns';
import { searchForms, queryKey } from '../../../server/search/keys';
import { projectPath } from '../../../server/util/projectRoot';

const t = new Translator(Gazetteer.load());

describe('Translator', () => {
  test.each([
    ['阳曲县', 'Yangqu County'],
    ['太钢', 'Taiyuan Iron & Steel (TISCO)'],
    [
      '山西转型综改示范区阳曲工业园区',
      'Yangqu Industrial Park, Shanxi Transformation and Comprehensive Reform Demonstration Zone',
    ],
    ['地铁2号线', 'Metro Line 2'],
    ['青禾县', 'Qinghe County'],
    ['北辰新材料有限公司', 'Beichen New Materials Co., Ltd.'],
    ['青禾经济开发区', 'Qinghe Economic Development Zone'],
    ['临川市第三人民医院', "Linchuan City Third People's Hospital"],
    ['云岭集团', 'Yunling Group'],
    ['临川高速公路改扩建工程', 'Linchuan Expressway Expansion Project'],
    ['省第八次党代会', 'Provincial Eighth Party Congress'],
    ['人才强县战略', 'Talent Strong County Strategy'],
    // A zone's short form inside a longer name is that name's word, not the zone's full English name.
    ['张江科学城', 'Zhangjiang Science City'],
    ['前海国际会展中心', 'Qianhai International Convention and Exhibition Center'],
  ])('%s → %s', (zh, en) => {
    expect(t.translate(zh)).toBe(en);
  });

  test('qualifiers in brackets, phases, capacities, years of campaigns', () => {
    expect(t.translate('青禾创新中心(临川)')).toBe('Qinghe Innovation Center (Linchuan)');
    expect(t.translate('临川污水处理厂二期')).toBe('Linchuan Wastewater Treatment Plant Phase II');
    expect(t.translate('北辰材料年产5万吨电池材料项目')).toMatch(/^Beichen .*50,000 Tonnes\/Year .*Project$/);
    expect(t.translate('安全生产专项整治三年行动')).toBe('Work Safety Special Rectification Three-Year Action');
  });

  test('never leaves a Chinese character in an English name (property)', () => {
    const chars =
      '临川青禾北辰云岭县市区镇集团有限公司项目工程产业园示范区经济开发战略行动计划改革中心大学医院博览会论坛产业链一二三四五期号线年产万吨亿元“”()·—鑫淼垚犇';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars.split('')), { minLength: 1, maxLength: 24 }), (xs) => {
        // Names always hold at least one Chinese character.
        const en = t.translate(`临${xs.join('')}`);
        expect(en).not.toMatch(/[\u3400-\u9fff]/);
        expect(en.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  test('words are translated (glossary, then CC-CEDICT), names in pinyin word by word, never glued', () => {
    const cases: [string, string][] = [
      ['亲贤街', 'Qinxian Street'],
      ['青禾路', 'Qinghe Road'],
      ['临川花园', 'Linchuan Garden'],
      ['市工信局', 'Municipal Bureau of Industry and Information Technology'],
      ['省教育厅', 'Provincial Department of Education'],
      ['儿童福利院', 'Child Welfare Agency'],
      ['海上丝绸之路', 'Maritime Silk Road'],
      ['地方债务管理长效机制', 'Local Debt Management Long-term Mechanism'],
      ['十大领域专项行动', 'Ten Major Fields Special Action'],
      ['一窗通办', 'One-Window Service'],
      ['(三)深化改革', '(3) Deepening Reform'],
      ['临川区', 'Linchuan District'],
      ['临川镇', 'Linchuan Town'],
      ['青禾县人民医院', "Qinghe County People's Hospital"],
      ['哈尔滨市', 'Harbin City'],
    ];
    // English words that split into syllables (Maritime = ma·ri·ti·me) are not pinyin runs.
    const english = cedictEnglishWords();
    for (const [zh, en] of cases) {
      expect(t.translate(zh)).toBe(en);
      expect(longestPinyinRun(en, (w) => english.has(w))).toBeLessThan(3);
    }
  });

  test('official names of national bodies and universities, whole or as a part', () => {
    expect(t.translate('国务院')).toBe('State Council');
    expect(t.translate('国家发改委')).toBe('National Development and Reform Commission');
    expect(t.translate('工信部')).toBe('Ministry of Industry and Information Technology');
    expect(t.translate('浙江大学', 'Organization')).toBe('Zhejiang University');
    expect(t.translate('教育部直属高校')).toMatch(/^Ministry of Education /);
  });

  test('the official names file: every entry has a checkable source, no form twice, and is used', () => {
    const file = JSON.parse(
      fs.readFileSync(projectPath('server', 'data', 'officialNames.json'), 'utf8'),
    ) as OfficialNames;
    const forms = file.names.flatMap((n) => [n.zh, ...(n.aliases ?? [])]);
    expect(new Set(forms).size).toBe(forms.length);
    for (const n of file.names) {
      expect(n.source).toMatch(/^https?:\/\/[a-z0-9.-]+\.(cn|com)\//);
      expect(n.en).not.toMatch(/[\u3400-\u9fff]/);
      if (!Gazetteer.load().lookup(n.zh)) expect(t.translate(n.zh)).toBe(n.en);
    }
  });

  test('persons are Surname Given', () => {
    expect(t.translate('张新伟', 'Person')).toBe('Zhang Xinwei');
    expect(t.translate('欧阳青禾', 'Person')).toBe('Ouyang Qinghe');
  });

  test('a name with ü is found by its English name, by v and by u', () => {
    const en = t.translate('绿谷大道');
    expect(en).toBe('Lügu Avenue');
    const forms = searchForms({ name_zh: '绿谷大道', aliases: [], name_en: en });
    expect(forms.pinyin).toEqual(['lvgudadao', 'lugudadao']);
    expect(forms.en).toEqual(['lvguavenue', 'luguavenue']);
    expect(forms.enWords).toContain('lvgu');
    expect(queryKey('Lügu').compact).toBe('lvgu');
  });

  test('chinese numbers', () => {
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('一百零五')).toBe(105);
    expect(chineseNumber('7')).toBe(7);
    expect(chineseNumber('abc')).toBeNull();
  });
});

describe('streets and roads are signposted in pinyin', () => {
  const t = new Translator(Gazetteer.load());
  test.each([
    ['青云街', 'Place', 'Qingyun Street'],
    ['青禾东路南延', 'Project', 'Qinghe East Road South Extension'],
    ['北辰大街', 'Place', 'Beichen Avenue'],
    ['迎春桥', 'Project', 'Yingchun Bridge'],
  ] as const)('%s → %s', (zh, type, en) => {
    expect(t.translate(zh, type)).toBe(en);
  });
});
