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

  test('no implicit subject when the sentence names another actor before the policy', () => {
    const b = extract('北辰县深入实施人才强县战略。');
    expect(byRule(b, 'implements-document-place')).toEqual([]);
  });

  test('a designation supports the place that received it, not implemented by it', () => {
    const b = extract('北辰县入选全国乡村振兴示范县。');
    expect(byRule(b, 'designation')).toEqual(['全国乡村振兴示范县→北辰县']);
    expect(byRule(b, 'implements-subject')).toEqual([]);
  });

  test("a designation with no holder named goes to the report's place (implicit)", () => {
    const b = extract('成功入选国家物流枢纽建设试点。');
    expect(byRule(b, 'designation')).toEqual(['国家物流枢纽建设试点→青禾市 (implicit)']);
  });
});
