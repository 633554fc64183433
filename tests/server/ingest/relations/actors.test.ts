// Rules: nested-developer, develops-clause, cooperation, role-person, leaders-of-industry, sentence (co-occurrence).
import { byRule, extract } from './helpers';

/** Symmetric relations are stored in id order: compare their ends as a set. */
const pair = (r: string) => r.split('→').sort().join('↔');

describe('companies, people and partners', () => {
  test("a company named in its project's name develops it", () => {
    const b = extract('北辰新材料有限公司年产5万吨电池材料项目开工。');
    expect(byRule(b, 'nested-developer')).toEqual(['北辰新材料有限公司→北辰新材料有限公司年产5万吨电池材料项目']);
  });

  test('company + 投资建设 + project in one clause', () => {
    const b = extract('云岭重工有限公司投资建设青禾智能装备产业园项目。');
    expect(byRule(b, 'develops-clause')).toEqual(['云岭重工有限公司→青禾智能装备产业园项目']);
  });

  test('与X合作: the subject and X cooperate', () => {
    const b = extract('青禾县与北辰县合作共建物流通道。');
    expect(byRule(b, 'cooperation').map(pair)).toEqual(['北辰县↔青禾县']);
  });

  test('与A、B和C对接: every partner enumerated after 与 (none is the subject); 对接 + partners likewise', () => {
    const b = extract('加强与北辰县、云岭县和青禾经济开发区等对接合作。');
    expect(byRule(b, 'cooperation')).toEqual(
      ['青禾市→云岭县 (implicit)', '青禾市→北辰县 (implicit)', '青禾市→青禾经济开发区 (implicit)'].sort(),
    );
    expect(byRule(extract('主动对接北辰县、云岭县。'), 'cooperation')).toEqual(
      ['青禾市→云岭县 (implicit)', '青禾市→北辰县 (implicit)'].sort(),
    );
  });

  test('共建 + object names what is built, not a partner; 联合国 is a name, not a verb', () => {
    expect(byRule(extract('联合国旅游组织授予北辰县称号。北辰县共建云岭县物流园区。'), 'cooperation')).toEqual([]);
  });

  test('A、B协同发展: the two work together', () => {
    const b = extract('推动青禾经济开发区、北辰经济开发区协同发展。');
    expect(byRule(b, 'cooperation').map(pair)).toEqual(['北辰经济开发区↔青禾经济开发区']);
  });

  test('role + person leads the place named before the role', () => {
    const b = extract('青禾县委书记王立明出席会议。');
    expect(byRule(b, 'role-person')).toEqual(['王立明→青禾县']);
    expect(b.relations.find((r) => r.type === 'LEADS')?.attributes.role).toBe('县委书记');
  });

  test('以A、B为龙头的X产业: the leaders are in the industry', () => {
    const b = extract('做强以青禾电子、北辰材料为龙头的新能源电池产业。');
    expect(byRule(b, 'leaders-of-industry')).toEqual(['北辰材料→新能源电池产业', '青禾电子→新能源电池产业']);
  });

  test('co-occurrence pairs only names that stand on their own', () => {
    const b = extract('中车青禾公司与北辰县合作。');
    const pairs = byRule(b, 'sentence');
    expect(pairs.join()).not.toMatch(/青禾市/);
    expect(pairs.map(pair)).toEqual(['中车青禾公司↔北辰县']);
  });
});
