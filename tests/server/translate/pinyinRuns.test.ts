import { longestPinyinRun, pinyinRunShare } from '../../../server/translate/pinyinRuns';

describe('pinyin runs in English names', () => {
  test('the longest run of glued syllables in a word', () => {
    expect(longestPinyinRun('Qinxianjie')).toBe(3);
    expect(longestPinyinRun('Qinxian Street')).toBe(2);
    expect(longestPinyinRun('Municipal Bureau of Industry')).toBe(0);
    expect(longestPinyinRun("Xi'an Tongban")).toBe(2);
  });

  test('share of names with a run of three or more, English words left out when asked', () => {
    const names = ['Qinxian Street', 'Shigongxinju', 'Bank of Europe', 'Taiyuan Area'];
    expect(pinyinRunShare(names)).toBe(0.5);
    expect(pinyinRunShare(names, { isEnglish: (w) => w === 'area' })).toBe(0.25);
    expect(pinyinRunShare(names, { minRun: 2 })).toBe(0.75);
    expect(pinyinRunShare([])).toBe(0);
  });
});
