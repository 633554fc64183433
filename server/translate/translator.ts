// Chinese names → English, offline and deterministic: curated names first, then glossary words in order,
// proper names in pinyin without tones (阳曲县 → Yangqu County), numbers as numbers. Never leaves a CJK character.
import fs from 'node:fs';
import { projectPath } from '../util/projectRoot';
import { pinyin } from 'pinyin-pro';
import type { Gazetteer } from '../ingest/recognize/gazetteer';
import { tagger } from '../ingest/recognize/tokens';
import type { EntityType } from '../ontology';
import { hasCjk, nameKey } from '../text/fold';

interface Glossary {
  terms: Record<string, string>;
}

const SMALL = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'with', 'by']);
const CN_DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
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

export function pinyinWord(zh: string): string {
  const syl = pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'consecutive' }) as string[];
  const word = syl.join('').replace(/[^A-Za-z0-9üÜ'-]/g, '');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** 省/市/县 standing first means "of the province/city/county" (市疾控中心, 省第十二次党代会). */
const LEADING_LEVEL: Record<string, string> = { 省: 'Provincial', 市: 'Municipal', 县: 'County' };
const ADMIN_SUFFIX: Record<string, string> = { 市: 'City', 县: 'County', 区: 'District', 镇: 'Town', 乡: 'Township', 省: 'Province', 村: 'Village' };

const UNIT_EN: Record<string, string> = { 吨: 'Tonnes', 公里: 'km', 千米: 'km', 米: 'm', 亩: 'mu', 平方米: 'Square Meters', 千瓦: 'kW', 兆瓦: 'MW', 辆: 'Vehicles', 套: 'Sets', 台: 'Units', 个: '', 项: '' };
const NUM_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^([0-9]+|[一二三四五六七八九十]+)号线/, (m) => `Line ${chineseNumber(m[1])}`],
  [/^第([0-9]+|[一二三四五六七八九十百]+)(届|次|批|期)/, (m) => {
    const n = chineseNumber(m[1]) ?? 0;
    return m[2] === '批' ? `(${ordinal(n)} Batch)` : m[2] === '期' ? `Phase ${n}` : ordinal(n);
  }],
  [/^第([一二三四五六七八九十]+|[0-9]+)(?=[\u4e00-\u9fff])(?!代)/, (m) => ordinal(chineseNumber(m[1]) ?? 0)],
  [/^([一二三四五六七八九十]|[0-9]+)期/, (m) => `Phase ${['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][chineseNumber(m[1]) ?? 0] ?? chineseNumber(m[1])}`],
  [/^([一二三四五六七八九十]|[0-9]+)年(?=行动|计划|规划)/, (m) => `${NUMBER_WORDS[chineseNumber(m[1]) ?? 0] ?? chineseNumber(m[1])}-Year`],
  [/^年产([0-9.]+)(万|亿)?(吨|辆|套|台|千瓦|兆瓦)/, (m) => `${formatNumber(Number(m[1]) * (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1))} ${UNIT_EN[m[3]]}/Year`],
  [/^([0-9.]+)(万|亿)?(吨|公里|千米|亩|平方米|千瓦|兆瓦)/, (m) => `${formatNumber(Number(m[1]) * (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1))} ${UNIT_EN[m[3]]}`],
  [/^([0-9]+)(?:个|项|家)?/, (m) => m[1]],
];

export class Translator {
  private readonly terms: Map<string, string>;
  private readonly maxTerm: number;

  constructor(
    private readonly gaz: Gazetteer,
    glossary: Glossary = JSON.parse(fs.readFileSync(projectPath('server', 'data', 'glossary.json'), 'utf8')) as Glossary,
  ) {
    this.terms = new Map(Object.entries(glossary.terms));
    this.maxTerm = Math.max(...[...this.terms.keys()].map((k) => k.length));
  }

  /** English for a known form: the curated name, shortened when the form drops the administrative suffix. */
  private known(form: string): string | undefined {
    const e = this.gaz.lookup(form);
    if (!e) return undefined;
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
    if (curated) return curated.name_en;
    const paren = /^(.+?)[(（]([^()（）]+)[)）]$/.exec(nameZh);
    if (paren) return `${this.translate(paren[1], type)} (${this.translate(paren[2])})`;
    const parts = this.segments(nameZh);
    // 山西转型综改示范区阳曲工业园区 → "Yangqu Industrial Park, Shanxi … Demonstration Zone".
    if (parts.length >= 2 && parts[0].zone && type !== 'Policy' && type !== 'Organization') {
      const rest = parts.slice(1).map((p) => p.en).join(' ');
      return this.finish(`${rest}, ${parts[0].en}`);
    }
    return this.finish(parts.map((p) => p.en).join(' '));
  }

  private finish(s: string): string {
    let out = titleCase(s.replace(/\s+/g, ' ').replace(/\s+([,)])/g, '$1').replace(/\(\s+/g, '(').trim());
    if (hasCjk(out)) out = out.replace(/[\u3400-\u9fff]+/g, (m) => pinyinWord(m));
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
        if (en !== undefined && (!best[i + len] || best[i + len]!.length > best[i]!.length + 1)) best[i + len] = [...best[i]!, en];
      }
    }
    return best[word.length];
  }

  private segments(zh: string): { en: string; zone?: boolean }[] {
    const out: { en: string; zone?: boolean; unknown?: boolean }[] = [];
    // Folded once; names are clean (no quotes or spaces), so offsets agree with zh.
    const keyed = nameKey(zh);
    const aligned = keyed.length === zh.length;
    const tokens = tagger().cut(zh, true);
    let pos = 0;
    const bounds = new Set<number>([0]);
    for (const t of tokens) bounds.add((pos += t.length));
    let i = 0;
    while (i < zh.length) {
      const rest = zh.slice(i);
      let matched = false;
      if (i === 0 && zh.length > 2 && LEADING_LEVEL[zh[0]] && !this.gaz.lookup(zh.slice(0, 2)) && bounds.has(1)) {
        out.push({ en: LEADING_LEVEL[zh[0]] });
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
        const gazEntry = aligned ? this.gaz.lookupKey(keyed.slice(i, i + len)) : this.gaz.lookup(form);
        const en = (gazEntry && form.length >= 2 ? this.known(form) : undefined) ?? (form.length >= 2 || bounds.has(i + 1) ? this.terms.get(form) : undefined);
        if (en !== undefined) {
          out.push({ en, ...(gazEntry?.type === 'Place' && gazEntry.subtype === 'zone' ? { zone: true } : {}) });
          i += len;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      const ch = zh[i];
      if (/[A-Za-z0-9.+\-]/.test(ch)) {
        const m = /^[A-Za-z0-9.+\-]+/.exec(rest)!;
        out.push({ en: m[0] });
        i += m[0].length;
        continue;
      }
      if (!hasCjk(ch)) {
        out.push({ en: ch === '(' || ch === '（' ? ' (' : ch === ')' || ch === '）' ? ') ' : ch === '·' ? '·' : ch === '—' || ch === '-' ? '–' : ' ' });
        i++;
        continue;
      }
      // Unknown word: pinyin, glued to an unknown word just before it (proper names are one word).
      let j = i + 1;
      while (j < zh.length && !bounds.has(j)) j++;
      // 临川市, 青禾县: a proper name and an administrative suffix jieba kept together.
      if (j - i >= 3 && ADMIN_SUFFIX[zh[j - 1]]) {
        out.push({ en: `${pinyinWord(zh.slice(i, j - 1))} ${ADMIN_SUFFIX[zh[j - 1]]}` });
        i = j;
        continue;
      }
      // A word jieba did not split may still be made of glossary words (产权制度 → Property Rights System).
      const parts = this.splitKnown(zh.slice(i, j));
      if (parts) {
        out.push(...parts.map((en) => ({ en })));
        i = j;
        continue;
      }
      const word = pinyinWord(zh.slice(i, j));
      const last = out[out.length - 1];
      if (last?.unknown) last.en += word.toLowerCase();
      else out.push({ en: word, unknown: true });
      i = j;
    }
    return out;
  }
}
