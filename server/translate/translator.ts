// Chinese names → English, offline and deterministic: curated names first (gazetteer, official names of national
// bodies and universities), then jieba words in order, each as the glossary gives it, else as CC-CEDICT gives it,
// else (proper names) in pinyin without tones written word by word (阳曲县 → Yangqu County); persons as "Surname
// Given"; numbers as numbers. Never leaves a CJK character.
import fs from 'node:fs';
import { projectPath } from '../util/projectRoot';
import type { Gazetteer } from '../lexicon/gazetteer';
import { tagger } from '../lexicon/tagger';
import type { EntityType } from '../ontology';
import { hasCjk, nameKey } from '../text/fold';
import { personName, pinyinWord, pinyinWords } from '../text/nameForms';
import { wordSenses, type WordSense } from './senses';

export { pinyinWord } from '../text/nameForms';

interface Glossary {
  terms: Record<string, string>;
}

/** server/data/officialNames.json: official English names, each with the website it can be checked on. */
export interface OfficialNames {
  names: { zh: string; en: string; aliases?: string[]; kind: string; source: string }[];
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(projectPath('server', 'data', file), 'utf8')) as T;
}

const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'with', 'by']);
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

function formatNumber(n: number): string {
  const [int, frac] = (Math.round(n * 100) / 100).toString().split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
}

function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** 省/市/县 standing first means "of the province/city/county" (市疾控中心, 省第十二次党代会). */
const LEADING_LEVEL: Record<string, string> = { 省: 'Provincial', 市: 'Municipal', 县: 'County' };
const ADMIN_SUFFIX: Record<string, string> = {
  市: 'City',
  县: 'County',
  区: 'District',
  镇: 'Town',
  乡: 'Township',
  省: 'Province',
  村: 'Village',
};

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
  [
    /^第([0-9]+|[一二三四五六七八九十百]+)(届|次|批|期)/,
    (m) => {
      const n = chineseNumber(m[1]) ?? 0;
      return m[2] === '批' ? `(${ordinal(n)} Batch)` : m[2] === '期' ? `Phase ${n}` : ordinal(n);
    },
  ],
  [/^第([一二三四五六七八九十]+|[0-9]+)(?=[\u4e00-\u9fff])(?!代)/, (m) => ordinal(chineseNumber(m[1]) ?? 0)],
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
  [/^([0-9]+)(?:个|项|家)?/, (m) => m[1]],
];

/** jieba's tags for proper names: places, persons, other names. */
const PLACE_TAG = /^ns/;
const PERSON_TAG = /^nr/;

const NUMBERED = /^(?:[一二三四五六七八九十两双百千万]个?[^一二三四五六七八九十两双百千万“”"]{1,4}){2,}$/;
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
const STREET =
  /^([\u4e00-\u9fff]{2,4}?)([东西南北中])?(大街|大道|街|(?<![铁公水])路|巷|桥|线|河)(东延|西延|南延|北延)?$/;
const STREET_HEAD: Record<string, string> = {
  大街: 'Avenue',
  大道: 'Avenue',
  街: 'Street',
  路: 'Road',
  巷: 'Lane',
  桥: 'Bridge',
  线: 'Road',
};
const DIRECTION: Record<string, string> = { 东: 'East', 西: 'West', 南: 'South', 北: 'North', 中: 'Middle' };
const EXTENSION: Record<string, string> = {
  东延: 'East Extension',
  西延: 'West Extension',
  南延: 'South Extension',
  北延: 'North Extension',
};

export class Translator {
  private readonly terms: Map<string, string>;
  private readonly official: Map<string, string>;
  private readonly maxTerm: number;

  constructor(
    private readonly gaz: Gazetteer,
    glossary: Glossary = readJson<Glossary>('glossary.json'),
    officialNames: OfficialNames = readJson<OfficialNames>('officialNames.json'),
  ) {
    this.terms = new Map(Object.entries(glossary.terms));
    this.official = new Map(officialNames.names.flatMap((n) => [n.zh, ...(n.aliases ?? [])].map((zh) => [zh, n.en])));
    this.maxTerm = Math.max(...[...this.terms.keys(), ...this.official.keys()].map((k) => k.length));
  }

  /** CC-CEDICT's word senses, read on the first word the glossary lacks (names the gazetteer knows never need it). */
  private sense(word: string): WordSense | undefined {
    return wordSenses().get(word);
  }

  /** English for a known form: the curated name, shortened when the form drops the administrative suffix. */
  private known(form: string): string | undefined {
    const e = this.gaz.lookup(form);
    // Entries without an English name (divisions below provinces) are translated like any name.
    if (!e?.name_en) return undefined;
    if (form !== e.name_zh && e.type === 'Place' && /[省市县区]$/.test(e.name_zh) && !/[省市县区]$/.test(form)) {
      return e.name_en.replace(/ (Province|City|County|District)$/, '');
    }
    return e.name_en;
  }

  private readonly cache = new Map<string, string>();

  translate(nameZh: string, type?: EntityType): string {
    const key = `${type ?? ''}|${nameZh}`;
    let en = this.cache.get(key);
    if (en === undefined) {
      en = this.translateUncached(nameZh, type);
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(key, en);
    }
    return en;
  }

  private translateUncached(nameZh: string, type?: EntityType): string {
    const curated = this.gaz.lookup(nameZh);
    if (curated?.name_en) return curated.name_en;
    const hasCurated = curated !== undefined || this.terms.has(nameZh);
    const official = this.official.get(nameZh);
    if (official) return official;
    // Numbered slogans (三区三线, 四好农村路, 两个毫不动摇): the numbers in words, each part translated.
    const numbered = NUMBERED.exec(nameZh.replace(/[“”"]/g, ''));
    if (numbered && type === 'Policy' && !hasCurated) {
      const parts = [
        ...numbered[0].matchAll(/([一二三四五六七八九十两双百千万])个?([^一二三四五六七八九十两双百千万]+)/g),
      ];
      const part = (rest: string) =>
        rest.length === 1 ? (this.sense(rest)?.common ?? this.translate(rest)) : this.translate(rest);
      return this.finish(parts.map(([, n, rest]) => `${NUMERAL[n]} ${part(rest)}`).join(' '));
    }
    // Streets, roads, bridges and lanes are signposted in pinyin (Chaoyang Street, Binhe East Road), whatever the
    // words of their names mean; extensions of a road keep the road's name (迎泽大街东延).
    const street = STREET.exec(nameZh);
    if (street && (type === 'Place' || type === 'Project' || type === undefined) && !hasCurated) {
      const [, stem, dir, head, ext] = street;
      const words = [pinyinWord(stem), dir ? DIRECTION[dir] : '', STREET_HEAD[head], ext ? EXTENSION[ext] : ''];
      return this.finish(words.filter(Boolean).join(' '));
    }
    // Cities go by their name alone in English (Harbin, Taiyuan), as provinces' capitals do on official sites.
    const city = /^(.{2,})市$/.exec(nameZh);
    if (city && type === 'Place' && this.gaz.lookup(nameZh)?.subtype === 'city')
      return this.translate(city[1], 'Place');
    if (type === 'Person' && /^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]+([·•・][\u3400-\u9fff]+)+$/.test(nameZh)) {
      return personName(nameZh);
    }
    const paren = /^(.+?)[(（]([^()（）]+)[)）]$/.exec(nameZh);
    if (paren) return `${this.translate(paren[1], type)} (${this.translate(paren[2])})`;
    const parts = this.segments(nameZh);
    // 山西转型综改示范区阳曲工业园区 → "Yangqu Industrial Park, Shanxi … Demonstration Zone".
    if (parts.length >= 2 && parts[0].zone && type !== 'Policy' && type !== 'Organization') {
      const rest = parts
        .slice(1)
        .map((p) => p.en)
        .join(' ');
      return this.finish(`${rest}, ${parts[0].en}`);
    }
    return this.finish(parts.map((p) => p.en).join(' '));
  }

  private finish(s: string): string {
    // A province's or city's own bodies: Henan Provincial People's Government, Taiyuan Municipal Party Committee.
    s = s.replace(/ Province (?=(?:People's )?Government|Party Committee|People's Congress)/g, ' Provincial ');
    s = s.replace(/ City (?=(?:People's )?Government|Party Committee|People's Congress)/g, ' Municipal ');
    let out = titleCase(
      s
        .replace(/\s+/g, ' ')
        .replace(/\s+([,)])/g, '$1')
        .replace(/\(\s+/g, '(')
        .trim(),
    );
    if (hasCjk(out)) out = out.replace(/[\u3400-\u9fff]+/g, (m) => pinyinWords(m).join(' '));
    return out.replace(/·/g, ' · ').replace(/\s+/g, ' ').trim();
  }

  /** The word as a sequence of glossary terms (longest first), or null when some part is unknown. */
  private splitKnown(word: string): string[] | null {
    if (word.length < 2) return null;
    const best: (string[] | null)[] = Array(word.length + 1).fill(null);
    best[0] = [];
    for (let i = 0; i < word.length; i++) {
      if (!best[i]) continue;
      for (let len = Math.min(this.maxTerm, word.length - i); len >= 2; len--) {
        const en = this.terms.get(word.slice(i, i + len));
        if (en !== undefined && (!best[i + len] || best[i + len]!.length > best[i]!.length + 1))
          best[i + len] = [...best[i]!, en];
      }
    }
    return best[word.length];
  }

  private segments(zh: string): { en: string; zone?: boolean }[] {
    const out: { en: string; zone?: boolean; unknown?: boolean }[] = [];
    // Folded once; names are clean (no quotes or spaces), so offsets agree with zh.
    const keyed = nameKey(zh);
    const aligned = keyed.length === zh.length;
    const tokens = tagger().tag(zh, true);
    let pos = 0;
    const bounds = new Set<number>([0]);
    const tags = new Map<number, string>();
    for (const t of tokens) {
      tags.set(pos, t.tag);
      bounds.add((pos += t.word.length));
    }
    let i = 0;
    while (i < zh.length) {
      const rest = zh.slice(i);
      let matched = false;
      if (
        i === 0 &&
        zh.length > 2 &&
        LEADING_LEVEL[zh[0]] &&
        !this.gaz.lookup(zh.slice(0, 2)) &&
        (bounds.has(1) || this.knownAfterLevel(zh, bounds))
      ) {
        out.push({ en: LEADING_LEVEL[zh[0]] });
        bounds.add(1);
        i++;
        continue;
      }
      for (const [re, fmt] of NUM_PATTERNS) {
        const m = re.exec(rest);
        if (m && m[0].length > 0) {
          out.push({ en: fmt(m) });
          i += m[0].length;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      // Longest known form (gazetteer or glossary) that starts here and ends on a word boundary.
      for (let len = Math.min(this.maxTerm + 6, zh.length - i); len >= 1; len--) {
        const endsOnBoundary = bounds.has(i + len) || i + len === zh.length;
        if (!endsOnBoundary && len > 1) continue;
        const form = zh.slice(i, i + len);
        const found = aligned ? this.gaz.lookupKey(keyed.slice(i, i + len)) : this.gaz.lookup(form);
        // 中关村科学城: the short form of a zone inside a longer name is that name's own word (Zhongguancun Science
        // City), not the zone's full English name.
        const zoneWord =
          found && found.type === 'Place' && found.subtype === 'zone' && form !== found.name_zh && len < zh.length;
        const gazEntry = zoneWord ? undefined : found;
        const ownWord = zoneWord && found.name_en?.startsWith(`${pinyinWord(form)} `) ? pinyinWord(form) : undefined;
        const en =
          ownWord ??
          (gazEntry && form.length >= 2 ? this.known(form) : undefined) ??
          (form.length >= 2 ? this.official.get(form) : undefined) ??
          (form.length >= 2 || bounds.has(i + 1) ? this.terms.get(form) : undefined);
        if (en !== undefined) {
          out.push({ en, ...(gazEntry?.type === 'Place' && gazEntry.subtype === 'zone' ? { zone: true } : {}) });
          i += len;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      const ch = zh[i];
      if (/[A-Za-z0-9.+-]/.test(ch)) {
        const m = /^[A-Za-z0-9.+-]+/.exec(rest)!;
        out.push({ en: m[0] });
        i += m[0].length;
        continue;
      }
      if (!hasCjk(ch)) {
        out.push({
          en:
            ch === '(' || ch === '（'
              ? ' ('
              : ch === ')' || ch === '）'
                ? ') '
                : ch === '·'
                  ? '·'
                  : ch === '—' || ch === '-'
                    ? '–'
                    : ' ',
        });
        i++;
        continue;
      }
      // A word neither the gazetteer nor the glossary knows as a whole: the dictionary, else pinyin word by word.
      let j = i + 1;
      while (j < zh.length && !bounds.has(j)) j++;
      // A lone character the glossary lacks is mostly part of a name jieba cut (吕/梁山): read it with the next word.
      if (
        j === i + 1 &&
        j < zh.length &&
        !this.terms.has(zh[i]) &&
        hasCjk(zh[j]) &&
        !/[0-9一二三四五六七八九十]/.test(zh[j])
      ) {
        j++;
        while (j < zh.length && !bounds.has(j)) j++;
      }
      out.push(...this.word(zh.slice(i, j), tags.get(i) ?? '').map((en) => ({ en })));
      i = j;
    }
    return out;
  }

  /** 市工信局 when jieba cut 市工/信局: the level stands first if a known name follows it. */
  private knownAfterLevel(zh: string, bounds: Set<number>): boolean {
    for (let end = Math.min(zh.length, this.maxTerm + 1); end >= 3; end--) {
      const form = zh.slice(1, end);
      if (bounds.has(end) && (this.terms.has(form) || this.official.has(form) || this.gaz.lookup(form))) return true;
    }
    return false;
  }

  /** One jieba word in English: glossary words, a dictionary sense, a proper name in pinyin, or a mix of these. */
  private word(w: string, tag: string): string[] {
    // 产权制度 → Property Rights System: a word the glossary knows in parts.
    const known = this.splitKnown(w);
    if (known) return known;
    const sense = this.sense(w);
    // jieba tags many two-character brand and place names as persons (北辰): those stay one word; three characters
    // tagged so are mostly a person's name inside another name (Zhang Xinwei).
    if (PERSON_TAG.test(tag) && !sense?.common && /^[\u3400-\u9fff]{2,3}$/.test(w)) {
      if (w.length === 2) return [pinyinWord(w)];
      // …unless a known name is inside (吕梁山 is 吕梁 and a mountain).
      if (![w.slice(0, 2), w.slice(1)].some((p) => this.sense(p) || this.terms.has(p))) return [personName(w)];
    }
    const place = PLACE_TAG.test(tag) && !sense?.common;
    if (!place && sense?.common && w.length >= 2) return [sense.common];
    // 临川市, 青禾县: a proper name and an administrative suffix jieba kept together (pieces() when the head has
    // known words: 苏州工业园区 → Suzhou Industrial Park).
    const head = w.slice(0, -1);
    const headSense = this.sense(head);
    // 小店区, 黑龙江省: a division the reference data knows is a proper name and its level, whatever 小店 means.
    if (w.length >= 3 && ADMIN_SUFFIX[w[w.length - 1]] && this.gaz.lookup(w)?.type === 'Place') {
      return [headSense?.proper?.en ?? pinyinWord(head), ADMIN_SUFFIX[w[w.length - 1]]];
    }
    if (w.length >= 3 && ADMIN_SUFFIX[w[w.length - 1]] && (w.length === 3 || headSense?.proper) && !headSense?.common) {
      return [this.properName(head), ADMIN_SUFFIX[w[w.length - 1]]];
    }
    if (sense?.proper) return [sense.proper.en ?? pinyinWord(w)];
    // A place name is one word however long (Zhengzhou, Suifenhe); other unknown names are split for reading.
    if (place && w.length <= 3 && !this.endsInTerm(w)) return [pinyinWord(w)];
    return this.pieces(w);
  }

  /** 泰广场 as one jieba word: a name and a glossary word of two characters or more after it. */
  private endsInTerm(w: string): boolean {
    for (let k = 1; k <= w.length - 2; k++) if (this.terms.has(w.slice(k))) return true;
    return false;
  }

  /** A proper name standing before a suffix: its dictionary name, else one word of pinyin. */
  private properName(w: string): string {
    return this.official.get(w) ?? this.sense(w)?.proper?.en ?? pinyinWord(w);
  }

  /**
   * A word nothing knows as a whole, as the fewest known pieces (dictionary or glossary words of two characters or
   * more, or a one-character glossary suffix such as 街 Street after a name), the rest in pinyin of at most two
   * syllables a word: 亲贤街 → Qinxian Street.
   */
  private pieces(w: string): string[] {
    const UNKNOWN = 2;
    type Step = { cost: number; from: number; en: string | null };
    const best: (Step | null)[] = Array(w.length + 1).fill(null);
    best[0] = { cost: 0, from: 0, en: null };
    for (let i = 0; i < w.length; i++) {
      const here = best[i];
      if (!here) continue;
      const offer = (end: number, cost: number, en: string | null) => {
        const step = { cost: here.cost + cost, from: i, en };
        if (!best[end] || best[end]!.cost > step.cost) best[end] = step;
      };
      offer(i + 1, UNKNOWN, null);
      for (let end = i + 2; end <= Math.min(w.length, i + 8); end++) {
        const part = w.slice(i, end);
        const sense = this.sense(part);
        const en =
          this.official.get(part) ??
          this.terms.get(part) ??
          sense?.common ??
          sense?.proper?.en ??
          (sense?.proper ? pinyinWord(part) : undefined);
        if (en !== undefined) offer(end, 1, en);
      }
      const suffix = this.terms.get(w[i]);
      if (i === w.length - 1 && i >= 2 && suffix !== undefined) offer(i + 1, 1, suffix);
    }
    const out: string[] = [];
    let unknownEnd = -1;
    for (let end = w.length; end > 0; end = best[end]!.from) {
      const step = best[end]!;
      if (step.en === null) {
        if (unknownEnd < 0) unknownEnd = end;
        if (step.from === 0 || best[step.from]!.en !== null) {
          const run = w.slice(step.from, unknownEnd);
          // Before an administrative suffix the run is a place name, one word (Alashan League … Zhangjiajie City).
          const placeName = unknownEnd === w.length - 1 && ADMIN_SUFFIX[w[w.length - 1]] !== undefined;
          out.unshift(...(placeName ? [pinyinWord(run)] : pinyinWords(run)));
          unknownEnd = -1;
        }
      } else out.unshift(step.en);
    }
    return out;
  }
}
