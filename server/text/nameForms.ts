// One definition of the Latin forms of a Chinese name: its pinyin for display (ü kept), its search keys (ü folded
// to v, with a u variant accepted too), its initials, and the folding of an English name into a key. The translator
// and the search keys both use these, so a name is spelled the same way wherever it is made.
import { pinyin } from 'pinyin-pro';

/**
 * The toneless syllables of standard Mandarin, ü written v (as in keys). Taken from the readings CC-CEDICT uses,
 * less interjections (hm, hng, m, r) and rare dialect readings, so an English word made of these is pinyin.
 */
const SYLLABLE_LIST =
  'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng ' +
  'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu ' +
  'cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ' +
  'ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan ' +
  'guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian ' +
  'jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan ' +
  'kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun ' +
  'luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei ' +
  'nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen ' +
  'peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang ' +
  'rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she ' +
  'shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan ' +
  'tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia ' +
  'xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue ' +
  'yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua ' +
  'zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo';

export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(SYLLABLE_LIST.split(' '));
const LONGEST_SYLLABLE = 6;

/**
 * A Latin word as pinyin syllables, longest syllable first with backtracking ("xian" stays one syllable, "xinan"
 * becomes xin·an), or null when the word is not pinyin. Case-insensitive; ü and u: count as v.
 */
export function splitPinyin(word: string): string[] | null {
  const w = word.toLowerCase().replace(/ü|u:/g, 'v');
  if (!/^[a-z]+$/.test(w)) return null;
  const memo = new Map<number, string[] | null>();
  const from = (i: number): string[] | null => {
    if (i === w.length) return [];
    const hit = memo.get(i);
    if (hit !== undefined) return hit;
    let out: string[] | null = null;
    for (let len = Math.min(LONGEST_SYLLABLE, w.length - i); len >= 1 && !out; len--) {
      const syl = w.slice(i, i + len);
      if (!PINYIN_SYLLABLES.has(syl)) continue;
      const rest = from(i + len);
      if (rest) out = [syl, ...rest];
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}

/** Toneless syllables as displayed (ü kept: 吕梁 → lü, liang); a run of non-Chinese characters is one item. */
export function pinyinSyllables(zh: string, opts: { surname?: boolean } = {}): string[] {
  const syllables = pinyin(zh, {
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
    ...(opts.surname ? { surname: 'head' as const } : {}),
  }) as string[];
  return syllables.map((s) => s.trim()).filter((s) => s.length > 0);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function latinOnly(s: string): string {
  return s.replace(/[^A-Za-z0-9üÜ'-]/g, '');
}

/** Syllables as one word, with the apostrophe pinyin puts before a, o, e inside a word (Xi'an, not Xian). */
function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
}

/** A proper name as one capitalised word of pinyin: 吕梁 → Lüliang, 郑州 → Zhengzhou, 西安 → Xi'an. */
export function pinyinWord(zh: string): string {
  return capitalize(latinOnly(joinSyllables(pinyinSyllables(zh))));
}

/**
 * A name nothing translates, written as words of at most `perWord` syllables (大地紫晶 → Dadi Zijing), so no English
 * name holds a long glued run of syllables that a reader cannot split.
 */
export function pinyinWords(zh: string, perWord = 2): string[] {
  const words: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) words.push(capitalize(latinOnly(joinSyllables(current))));
    current = [];
  };
  for (const s of pinyinSyllables(zh)) {
    if (!/^[a-zü]+$/.test(s)) {
      // Digits and Latin letters standing in a name are a word of their own.
      flush();
      if (latinOnly(s)) words.push(latinOnly(s));
      continue;
    }
    current.push(s);
    if (current.length === perWord) flush();
  }
  flush();
  return words.filter((w) => w.length > 0);
}

/**
 * Two-character surnames, which stay one word (欧阳修 → Ouyang Xiu); any other person's name is its first character
 * and the rest.
 */
const COMPOUND_SURNAMES = new Set(
  (
    '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 长孙 宇文 司徒 轩辕 端木 独孤 南宫 西门 百里 呼延 ' +
    '澹台 申屠 钟离 太史 闻人 万俟 赫连 东郭 公羊 拓跋 单于 左丘 濮阳 淳于 仲孙 诸葛'
  ).split(' '),
);

/** A person's name: "Surname Given" (张新伟 → Zhang Xinwei), surname readings (单 Shan, 曾 Zeng) as surnames. */
export function personName(zh: string): string {
  // Names of minorities and foreigners come in parts joined by a middle dot; each part is a word.
  if (/[·•・]/.test(zh))
    return zh
      .split(/[·•・]/)
      .filter(Boolean)
      .map(pinyinWord)
      .join(' ');
  const split = zh.length >= 3 && COMPOUND_SURNAMES.has(zh.slice(0, 2)) ? 2 : 1;
  const syllables = pinyinSyllables(zh, { surname: true });
  if (syllables.length !== zh.length || zh.length < 2) return pinyinWord(zh);
  const surname = capitalize(latinOnly(joinSyllables(syllables.slice(0, split))));
  const given = capitalize(latinOnly(joinSyllables(syllables.slice(split))));
  return given ? `${surname} ${given}` : surname;
}

/** Pinyin as search keys: ü folded to v (the IME spelling), plus a u spelling, and the initials. */
export function pinyinKeys(zh: string): { full: string[]; initials: string } {
  const parts = pinyinSyllables(zh)
    .map((s) =>
      s
        .toLowerCase()
        .replace(/ü/g, 'v')
        .replace(/[^a-z0-9]/g, ''),
    )
    .filter((s) => s.length > 0);
  const full = parts.join('');
  return {
    full: full.includes('v') ? [full, full.replace(/v/g, 'u')] : [full],
    initials: parts.map((p) => (/^[0-9]/.test(p) ? p : p[0])).join(''),
  };
}

/**
 * Latin text (an English name, a query) folded for matching: lower case, ü → v (so "Lüliang" meets the pinyin key
 * "lvliang"; `umlaut: 'u'` gives the spelling of those who type u), other accents dropped (é → e), anything else
 * but letters, digits and Chinese → one space.
 */
export function foldLatin(s: string, umlaut: 'v' | 'u' = 'v'): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü|u:/g, umlaut)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, ' ')
    .trim();
}

/**
 * Latin text as one pinyin key, as search keys spell it: lower case, ü (CC-CEDICT writes u:) as v, accents, tone
 * numbers and anything but letters dropped: "Lüliang" and CC-CEDICT's "Lu:3 liang2" both give "lvliang".
 */
export function pinyinKey(latin: string): string {
  return foldLatin(latin).replace(/[^a-z]/g, '');
}

/** A word's reading with tone marks, syllables apart, for glosses (绿谷 → lǜ gǔ): a reading, not a name. */
export function tonedPinyin(zh: string): string {
  return pinyin(zh);
}

/** Every folded spelling of Latin text: one, or two when it holds ü (v and u). */
export function foldLatinForms(s: string): string[] {
  const v = foldLatin(s, 'v');
  return /ü|u:/i.test(s) ? [v, foldLatin(s, 'u')] : [v];
}
