// Numbers inside names: what a name starts with, and slogans of counted words.
import { leadingNumber, numberedParts } from '../../../server/translate/numbers';

describe('numbers a name starts with', () => {
  test.each([
    ['第十二次党代会', '12th', 4],
    ['第3批试点', '(3rd Batch)', 3],
    ['3号线', 'Line 3', 3],
    ['二期工程', 'Phase II', 2],
    ['年产50万吨', '500,000 Tonnes/Year', 6],
    ['1.5万亩', '15,000 mu', 5],
    ['十大领域', 'Ten Major', 2],
    ['五年行动', 'Five-Year', 2],
    ['(四)深化改革', '(4)', 3],
  ])('%s → %s, %i characters', (zh, en, length) => {
    expect(leadingNumber(zh)).toEqual({ en, length });
  });

  test('a name that starts with no number', () => {
    expect(leadingNumber('青禾智造')).toBeNull();
    expect(leadingNumber('')).toBeNull();
  });
});

describe('slogans of counted words', () => {
  test('each number in English with the word it counts', () => {
    expect(numberedParts('三区三线')).toEqual([
      { numeral: 'Three', rest: '区' },
      { numeral: 'Three', rest: '线' },
    ]);
    expect(numberedParts('“两园一带”')).toEqual([
      { numeral: 'Two', rest: '园' },
      { numeral: 'One', rest: '带' },
    ]);
  });

  test('one counted group, or none, is not such a slogan', () => {
    expect(numberedParts('四好农村路')).toBeNull();
    expect(numberedParts('青禾丰泽')).toBeNull();
  });
});
