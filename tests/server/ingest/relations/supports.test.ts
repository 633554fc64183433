// Rules: support-verb (a named supporter), supports-document-place and support-object-document-place (implicit).
import { byRule, extract } from './helpers';

describe('support', () => {
  test('a named body supports what follows its support verb in the clause', () => {
    const b = extract('市工信局重点支持云岭重工、青禾电子等企业加快转型。');
    expect(byRule(b, 'support-verb')).toEqual(['市工信局→云岭重工', '市工信局→青禾电子']);
  });

  test("a work report's 大力发展 without a named actor: the report's place supports the industry, implicitly", () => {
    const b = extract('大力发展新能源电池产业，加快北辰湖大桥建设。');
    // The bridge is what is built, not a target of support: only the industry.
    expect(byRule(b, 'supports-document-place')).toEqual(['青禾市→新能源电池产业 (implicit)']);
  });

  test('what the verb governs follows it: a company that itself grows (X产能提升) is not supported', () => {
    expect(byRule(extract('北辰科技有限公司产能大幅提升。'), 'supports-document-place')).toEqual([]);
  });

  test('以A、B为龙头的X产业: the industry is supported, the leading companies are not its object', () => {
    const b = extract('重点支持以北辰科技、云岭材料为龙头的新能源电池产业。');
    expect(byRule(b, 'supports-document-place')).toEqual(['青禾市→新能源电池产业 (implicit)']);
  });

  test("支持X、Y + what they do: the report's place supports each place named right after the verb", () => {
    const b = extract('支持北辰县、云岭县创建国家级农业现代化示范区。全力支持“北辰湖公园”建设。');
    expect(byRule(b, 'support-object-document-place')).toEqual(
      ['青禾市→云岭县 (implicit)', '青禾市→北辰县 (implicit)', '青禾市→北辰湖公园 (implicit)'].sort(),
    );
  });

  test('支持政策 is a noun, and a named government that supports is not the report speaking', () => {
    expect(byRule(extract('支持政策加快落地，北辰县支持云岭县建设。'), 'support-object-document-place')).toEqual([]);
  });

  test('no implicit support when another government is the actor', () => {
    const b = extract('北辰县大力发展新能源电池产业。');
    expect(byRule(b, 'supports-document-place')).toEqual([]);
  });

  test('a name inside a company name is not a supporter or a target (中车青禾 holds no 青禾)', () => {
    const b = extract('青禾县重点支持中车青禾公司发展。');
    expect(byRule(b, 'support-verb')).toEqual(['青禾县→中车青禾公司']);
  });
});
