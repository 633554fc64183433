// Rules: implements-subject, implements-document-place (implicit), designation.
import { byRule, extract } from './helpers';

describe('who implements a policy', () => {
  test('a body or place before the policy in its clause implements it', () => {
    const b = extract('青禾县深入实施人才强县战略。');
    expect(byRule(b, 'implements-subject')).toEqual(['青禾县→人才强县战略']);
  });

  test("with no actor named, the report's own place implements it, marked implicit", () => {
    const b = extract('深入实施“百园兴业”三年行动，全面推行链长制。');
    expect(byRule(b, 'implements-document-place')).toEqual([
      '青禾市→百园兴业三年行动 (implicit)',
      '青禾市→链长制 (implicit)',
    ]);
  });

  test('a plan named as a point in time (较X期末, 比X末) is not implemented', () => {
    const text = '主要指标较“云岭振兴计划”期末明显改善，比“北辰振兴计划”末增长一倍。深入实施“青禾振兴计划”。';
    expect(byRule(extract(text), 'implements-document-place')).toEqual(['青禾市→青禾振兴计划 (implicit)']);
  });

  test('no implicit subject when the sentence names another actor before the policy', () => {
    const b = extract('北辰县深入实施人才强县战略。');
    expect(byRule(b, 'implements-document-place')).toEqual([]);
  });

  test('a designation supports the place that received it, not implemented by it', () => {
    const b = extract('北辰县入选全国乡村振兴示范县。');
    expect(byRule(b, 'designation')).toEqual(['全国乡村振兴示范县→北辰县']);
    expect(byRule(b, 'implements-subject')).toEqual([]);
  });

  test('holders enumerated and counted before the verb all receive it (A、B 2个景区成功入选X)', () => {
    const b = extract('云岭古镇、北辰湖公园2个景区成功入选省级夜间文化和旅游消费集聚区。');
    expect(byRule(b, 'designation')).toEqual(
      ['省级夜间文化和旅游消费集聚区→云岭古镇', '省级夜间文化和旅游消费集聚区→北辰湖公园'].sort(),
    );
  });

  test('a place that only opens an unrecognised holder (太原云岭苑被评为) is not the holder', () => {
    const b = extract('北辰古镇、太原云岭苑被评为国家4A级旅游景区。', '2025年太原市政府工作报告');
    expect(byRule(b, 'designation')).toEqual([]);
  });

  test("with no holder named, the designation is not given to the report's place", () => {
    expect(byRule(extract('成功入选国家物流枢纽建设试点。'), 'designation')).toEqual([]);
    expect(byRule(extract('青禾大学等16所高校入选“双一流”建设名单。'), 'designation')).toEqual([]);
  });
});
