import { Gazetteer } from '../../../server/lexicon/gazetteer';
import { Translator } from '../../../server/translate/translator';
import { districtOrZone, modifierForms, plural } from '../../../server/translate/wordForms';

const t = new Translator(Gazetteer.load());

describe('word forms', () => {
  test('a noun before another noun takes its adjective; before "and", a bracket or at the end it stays a noun', () => {
    expect(modifierForms(['Economy', 'Belt'])).toEqual(['Economic', 'Belt']);
    expect(modifierForms(['Culture', 'and', 'Tourism'])).toEqual(['Culture', 'and', 'Tourism']);
    expect(modifierForms(['Green', 'Economy'])).toEqual(['Green', 'Economy']);
    expect(modifierForms(['Finance', ' ('])).toEqual(['Finance', ' (']);
    expect(t.translate('临川文化产业园')).toBe('Linchuan Cultural Industrial Park');
    expect(t.translate('青禾金融中心')).toBe('Qinghe Financial Center');
    expect(t.translate('临川文化和旅游节')).toBe('Linchuan Culture and Tourism Festival');
  });

  test('区 after words is a zone, after a proper name a district', () => {
    const english = (w: string) => ['experimental', 'core'].includes(w);
    expect(districtOrZone(['Qinghe', 'Experimental', 'District'], english)).toEqual(['Qinghe', 'Experimental', 'Zone']);
    expect(districtOrZone(['Qinghe', 'District'], english)).toEqual(['Qinghe', 'District']);
    expect(t.translate('青禾创新实验区')).toBe('Qinghe Innovation Experimental Zone');
    expect(t.translate('青禾区', 'Place')).toBe('Qinghe District');
  });

  test('plurals of a phrase’s last word', () => {
    expect(plural('Highland')).toBe('Highlands');
    expect(plural('Key Strategy')).toBe('Key Strategies');
    expect(plural('Approach')).toBe('Approaches');
    expect(plural('Regulations')).toBe('Regulations');
    expect(plural('Six Horizontal')).toBe('Six Horizontal');
  });
});

describe('genre words and numbers', () => {
  test.each([
    // Ordinals in words up to ten, figures for editions and terms, numbered factories, sessions first.
    ['临川第一机床厂', 'Linchuan No. 1 Machine Tool Plant'],
    ['青禾省第十届人民代表大会第三次会议', "Third Session of the Qinghe Provincial 10th People's Congress"],
    ['云岭第十五个五年规划', 'Yunling 15th Five-Year Plan'],
    // Figures glued to Latin letters stay one token; a grade needs no word for 级.
    ['北辰5G工厂', 'Beichen 5G Factory'],
    ['青禾4A级景区', 'Qinghe 4A Scenic Area'],
    // 制 closing a name is a system; 的 needs no word; 行动 is an action.
    ['质量承诺制', 'Quality Commitment System'],
    ['北辰的量子调控', 'Beichen Quantum Control'],
    ['云岭中小企业服务中心', 'Yunling SME Services Center'],
    ['北辰机器人产业扩容', 'Beichen Robot Industry Expansion'],
  ])('%s → %s', (zh, en) => {
    expect(t.translate(zh)).toBe(en);
  });

  test('a city standing first in a longer name goes by its name; its own bodies read Municipal', () => {
    expect(t.translate('银川市第二人民医院', 'Organization')).toBe("Yinchuan Second People's Hospital");
    expect(t.translate('银川市人民政府', 'Organization')).toBe("Yinchuan Municipal People's Government");
    expect(t.translate('银川市', 'Place')).toBe('Yinchuan');
  });
});

describe('shapes of names', () => {
  test('a counted slogan names several of its noun', () => {
    expect(t.translate('三个高峰', 'Policy')).toBe('Three Peaks');
    expect(t.translate('五个青禾', 'Policy')).toBe('Five Qinghes');
    // 个 only counts: 五个一体化 is five integrations, not 五个 and 一体化.
    expect(t.translate('五个一体化', 'Policy')).toBe('Five Integrations');
    expect(t.translate('三门三窗', 'Policy')).toBe('Three Gates, Three Windows');
    // Adjectives take no plural.
    expect(t.translate('四个新', 'Policy')).toBe('Four New');
  });

  test('a division inside a longer word keeps its English; a company’s 科技 is its trade', () => {
    expect(t.translate('青海省人民政府', 'Organization')).toBe("Qinghai Provincial People's Government");
    expect(t.translate('北辰科技', 'Company')).toBe('Beichen Technology');
    expect(t.translate('青禾科技园', 'Place')).toBe('Qinghe Science and Technology Park');
  });

  test('a city is its own name in pinyin or its English, never what its characters mean', () => {
    // 黄山 is also Mount Huang, 日照 sunshine: the cities are Huangshan and Rizhao.
    expect(t.translate('黄山市', 'Place')).toBe('Huangshan');
    expect(t.translate('日照市', 'Place')).toBe('Rizhao');
    expect(t.translate('哈尔滨市', 'Place')).toBe('Harbin');
  });

  test('lines are no streets: 线 is a line, 热线 a hotline', () => {
    expect(t.translate('青禾铁路专用线', 'Project')).toBe('Qinghe Railway Spur Line');
    expect(t.translate('临川热线', 'Project')).toBe('Linchuan Hotline');
    expect(t.translate('云岭至临川快线', 'Project')).toBe('Yunling–Linchuan Express Line');
    expect(t.translate('朝阳街', 'Place')).toBe('Chaoyang Street');
  });

  test('a line between two places takes an en dash; genre words of lines and water works', () => {
    expect(t.translate('临川至云岭高铁', 'Project')).toBe('Linchuan–Yunling High-speed Railway');
    expect(t.translate('青禾电力外送通道', 'Project')).toBe('Qinghe Power Transmission Corridor');
    expect(t.translate('云岭引水工程', 'Project')).toBe('Yunling Water Diversion Project');
  });

  test('a document title names its kind first, then what it is on', () => {
    expect(t.translate('《关于加快青禾产业发展的意见》', 'Policy')).toMatch(
      /^Opinions on .*Qinghe Industry Development$/,
    );
    expect(t.translate('北辰集团关于支持临川的建议', 'Policy')).toMatch(
      /^Beichen Group Recommendations for .*Linchuan$/,
    );
    expect(t.translate('《云岭市招商引资若干措施》', 'Policy')).toBe(
      'Yunling City Investment Promotion Several Measures',
    );
  });
});
