// Numbers inside names in English: ordinals (第十二次 → 12th), lines (3号线 → Line 3), phases, amounts with units,
// counted groups (十大领域 → Ten Major …) and numbered slogans (三区三线).

const CN_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const NUMBER_WORDS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** 一 … 九十九 → number (enough for ordinals and counts in names). */
export function chineseNumber(s: string): number | null {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (!/^[零一二两三四五六七八九十百]+$/.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else current = CN_DIGITS[ch];
  }
  return total + current;
}

function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] || s[v] || s[0]}`;
}

const ORDINAL_WORDS = [
  '',
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
];
/** Ordinals up to ten in words, as English style writes them (Fourth Session, Third People's Hospital), else 12th. */
function ordinalWord(n: number): string {
  return ORDINAL_WORDS[n] || ordinal(n);
}

function formatNumber(n: number): string {
  const [int, frac] = (Math.round(n * 100) / 100).toString().split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

const UNIT_EN: Record<string, string> = {
  吨: 'Tonnes',
  公里: 'km',
  千米: 'km',
  米: 'm',
  亩: 'mu',
  平方米: 'Square Meters',
  千瓦: 'kW',
  兆瓦: 'MW',
  辆: 'Vehicles',
  套: 'Sets',
  台: 'Units',
  个: '',
  项: '',
};
const NUM_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  // (四)深化改革: a list marker a heading carried into the name.
  [/^[(（]([一二三四五六七八九十]+)[)）]/, (m) => `(${chineseNumber(m[1])})`],
  [/^([0-9]+|[一二三四五六七八九十]+)号线/, (m) => `Line ${chineseNumber(m[1])}`],
  // 第四次会议: a session of a congress (Fourth Session).
  [/^第([0-9]+|[一二三四五六七八九十百]+)次会议/, (m) => `${ordinalWord(chineseNumber(m[1]) ?? 0)} Session`],
  [
    /^第([0-9]+|[一二三四五六七八九十百]+)(届|次|批|期|个)/,
    (m) => {
      const n = chineseNumber(m[1]) ?? 0;
      if (m[2] === '批') return `(${ordinal(n)} Batch)`;
      if (m[2] === '期') return `Phase ${n}`;
      // Editions of events and terms of plans keep figures (7th Expo, 15th Five-Year Plan); meetings take words.
      return m[2] === '次' ? ordinalWord(n) : ordinal(n);
    },
  ],
  // Factories are numbered (No. 2 Thermal Power Plant); hospitals, schools and the rest ranked (Fourth Hospital).
  [/^第([一二三四五六七八九十]+|[0-9]+)(?=[\u4e00-\u9fff]*厂$)/, (m) => `No. ${chineseNumber(m[1]) ?? 0}`],
  [/^第([一二三四五六七八九十]+|[0-9]+)(?=[\u4e00-\u9fff])(?!代)/, (m) => ordinalWord(chineseNumber(m[1]) ?? 0)],
  [
    /^([一二三四五六七八九十]|[0-9]+)期/,
    (m) =>
      `Phase ${['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][chineseNumber(m[1]) ?? 0] ?? chineseNumber(m[1])}`,
  ],
  [
    /^([一二三四五六七八九十]|[0-9]+)年(?=行动|计划|规划)/,
    (m) => `${NUMBER_WORDS[chineseNumber(m[1]) ?? 0] ?? chineseNumber(m[1])}-Year`,
  ],
  [
    /^年产([0-9.]+)(万|亿)?(吨|辆|套|台|千瓦|兆瓦)/,
    (m) => `${formatNumber(Number(m[1]) * (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1))} ${UNIT_EN[m[3]]}/Year`,
  ],
  [
    /^([0-9.]+)(万|亿)?(吨|公里|千米|亩|平方米|千瓦|兆瓦)/,
    (m) => `${formatNumber(Number(m[1]) * (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1))} ${UNIT_EN[m[3]]}`,
  ],
  // 十大领域, 两个毫不动摇: a counted group of the name's words ("Ten Major …", "Two …").
  [
    /^([两二三四五六七八九十]|十[一二三四五六七八九])(大|个|项)(?=[\u4e00-\u9fff])/,
    (m) => {
      const n = chineseNumber(m[1].replace('两', '二')) ?? 0;
      return `${NUMBER_WORDS[n] ?? n}${m[2] === '大' ? ' Major' : ''}`;
    },
  ],
  // 5G, 4A: figures glued to Latin letters are one token, read as it stands.
  [/^([0-9]+)(?![0-9A-Za-z])(?:个|项|家)?/, (m) => m[1]],
];

// 个 only counts (六个一体化 is six of one thing, not 六个 and 一体化).
const NUMBERED = /^(?:[一二三四五六七八九十两双百千万]个?[^一二三四五六七八九十两双百千万个“”"]{1,4}){2,}$/;
const NUMERAL: Record<string, string> = {
  一: 'One',
  二: 'Two',
  两: 'Two',
  双: 'Double',
  三: 'Three',
  四: 'Four',
  五: 'Five',
  六: 'Six',
  七: 'Seven',
  八: 'Eight',
  九: 'Nine',
  十: 'Ten',
  百: 'Hundred',
  千: 'Thousand',
  万: 'Ten Thousand',
};

/** The number a name (or the rest of one) starts with, in English, and how many characters it takes. */
export function leadingNumber(rest: string): { en: string; length: number } | null {
  for (const [re, fmt] of NUM_PATTERNS) {
    const m = re.exec(rest);
    if (m && m[0].length > 0) return { en: fmt(m), length: m[0].length };
  }
  return null;
}

/** A slogan of counted words (三区三线: three 区, three 线) as the numbers in English and the words; else null. */
export function numberedParts(zh: string): { numeral: string; rest: string }[] | null {
  const numbered = NUMBERED.exec(zh.replace(/[“”"]/g, ''));
  if (!numbered) return null;
  return [...numbered[0].matchAll(/([一二三四五六七八九十两双百千万])个?([^一二三四五六七八九十两双百千万]+)/g)].map(
    ([, n, rest]) => ({ numeral: NUMERAL[n], rest }),
  );
}
