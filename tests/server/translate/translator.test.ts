import fc from 'fast-check';
import { Gazetteer } from '../../../server/ingest/recognize/gazetteer';
import { chineseNumber, Translator } from '../../../server/translate/translator';

const t = new Translator(Gazetteer.load());

describe('Translator', () => {
  test.each([
    ['阳曲县', 'Yangqu County'],
    ['太钢', 'TISCO'],
    ['山西转型综改示范区阳曲工业园区', 'Yangqu Industrial Park, Shanxi Transformation and Comprehensive Reform Demonstration Zone'],
    ['地铁2号线', 'Metro Line 2'],
    ['青禾县', 'Qinghe County'],
    ['北辰新材料有限公司', 'Beichen New Materials Co., Ltd.'],
    ['青禾经济开发区', 'Qinghe Economic Development Zone'],
    ['临川市第三人民医院', 'Linchuan City 3rd People\'s Hospital'],
    ['云岭集团', 'Yunling Group'],
    ['临川高速公路改扩建工程', 'Linchuan Expressway Expansion Project'],
    ['省第八次党代会', 'Provincial 8th Party Congress'],
    ['人才强县战略', 'Talent Strong County Strategy'],
  ])('%s → %s', (zh, en) => {
    expect(t.translate(zh)).toBe(en);
  });

  test('qualifiers in brackets, phases, capacities, years of campaigns', () => {
    expect(t.translate('青禾创新中心(临川)')).toBe('Qinghe Innovation Center (Linchuan)');
    expect(t.translate('临川污水处理厂二期')).toBe('Linchuan Wastewater Treatment Plant Phase II');
    expect(t.translate('北辰材料年产5万吨电池材料项目')).toMatch(/^Beichen .*50,000 Tonnes\/Year .*Project$/);
    expect(t.translate('安全生产专项整治三年行动')).toBe('Work Safety Special Rectification Three-Year Campaign');
  });

  test('never leaves a Chinese character in an English name (property)', () => {
    const chars = '临川青禾北辰云岭县市区镇集团有限公司项目工程产业园示范区经济开发战略行动计划改革中心大学医院博览会论坛产业链一二三四五期号线年产万吨亿元“”()·—鑫淼垚犇';
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

  test('chinese numbers', () => {
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('一百零五')).toBe(105);
    expect(chineseNumber('7')).toBe(7);
    expect(chineseNumber('abc')).toBeNull();
  });
});
