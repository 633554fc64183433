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
import { leadingNumber, numberedParts } from './numbers';
import { ADMIN_SUFFIX, LEADING_LEVEL, streetName } from './placeNames';
import { wordSenses, type WordSense } from './senses';
import { districtOrZone, modifierForms, plural } from './wordForms';
import { isCedictEnglish } from './pinyinRuns';

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
function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** jieba's tags for proper names: places, persons, other names. */
const PLACE_TAG = /^ns/;
const PERSON_TAG = /^nr/;

/** An English part of a name, and whether it names a zone (which then follows the rest: "…, Shanxi … Zone"). */
interface Segment {
  en: string;
  zone?: boolean;
}

/** The segments read at one offset of a name, and the offset after them. */
interface Step {
  segments: Segment[];
  end: number;
}

/** Where jieba's words end in the name, and the tag of the word starting at each offset. */
function jiebaWords(zh: string): { bounds: Set<number>; tags: Map<number, string> } {
  const bounds = new Set<number>([0]);
  const tags = new Map<number, string>();
  let pos = 0;
  for (const t of tagger().tag(zh, true)) {
    tags.set(pos, t.tag);
    bounds.add((pos += t.word.length));
  }
  return { bounds, tags };
}

function numberAt(zh: string, i: number): Step | null {
  const number = leadingNumber(zh.slice(i));
  return number ? { segments: [{ en: number.en }], end: i + number.length } : null;
}

const PUNCTUATION: Record<string, string> = { '(': ' (', '（': ' (', ')': ') ', '）': ') ', '·': '·', '—': '–' };

/** Latin letters and digits as they stand; any other character that is not Chinese as punctuation or a space. */
function nonChineseAt(zh: string, i: number): Step | null {
  const latin = /^[A-Za-z0-9.+-]+/.exec(zh.slice(i));
  // 4A级: a grade written in Latin letters needs no word for 级 (a 4A tourist attraction).
  const grade = latin && /[A-Za-z]$/.test(latin[0]) && zh[i + latin[0].length] === '级' ? 1 : 0;
  if (latin) return { segments: [{ en: latin[0] }], end: i + latin[0].length + grade };
  if (hasCjk(zh[i])) return null;
  return { segments: [{ en: PUNCTUATION[zh[i]] ?? ' ' }], end: i + 1 };
}

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
    // The short form of a prefecture-level city is its name (开封 → Kaifeng, not "open"); other entries without an
    // English name (divisions below provinces) are translated like any name.
    if (e?.type === 'Place' && e.subtype === 'city' && e.code?.length === 4 && !e.name_en && form !== e.name_zh)
      return this.cityName(e.name_zh, form);
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
    let en = this.translateName(nameZh, type);
    // 四个高地, 两个转型: a counted slogan names several of its noun (Four Highlands, Two Transformations).
    if (
      /^[“"]?[两二三四五六七八九十]+个[^两二三四五六七八九十“”"][^“”"]{0,2}[”"]?$/.test(nameZh) &&
      !/ (with|of|to|in|on)$/.test(en)
    )
      en = plural(en);
    // 太原市第四人民医院: a city standing first in a longer name goes by its name alone (Taiyuan Fourth People's
    // Hospital); its own bodies read Municipal (finish), so "City" left there only repeats what the name says.
    const city = /^(.{2,3})市./.exec(nameZh);
    if (city && this.gaz.lookup(`${city[1]}市`)?.subtype === 'city') en = en.replace(/^([^ ]+) City (?=.)/, '$1 ');
    // A province standing first: its documents go by its name (Sichuan … Regulations), its bodies and institutions
    // read Provincial (Henan Provincial … Institute).
    const province = /^(.{2,3}省)./.exec(nameZh);
    if (province && this.gaz.lookup(province[1])?.subtype === 'province')
      en = en.replace(/^([^ ]+) Province (?=[A-Z0-9])/, type === 'Policy' ? '$1 ' : '$1 Provincial ');
    // 科技 in a company's name is its trade (Luyuan Technology), as such companies write it.
    if (type === 'Company') en = en.replace(/\bScience and Technology\b/g, 'Technology');
    return en;
  }

  private translateName(nameZh: string, type?: EntityType): string {
    const curated = this.gaz.lookup(nameZh);
    if (curated?.name_en) return curated.name_en;
    const hasCurated = curated !== undefined || this.terms.has(nameZh);
    const official = this.official.get(nameZh);
    if (official) return official;
    const shaped = hasCurated ? null : this.byShape(nameZh, type);
    if (shaped !== null) return shaped;
    // Cities go by their name alone in English (Harbin, Taiyuan), as provinces' capitals do on official sites.
    const city = /^(.{2,})市$/.exec(nameZh);
    if (city && type === 'Place' && this.gaz.lookup(nameZh)?.subtype === 'city') return this.cityName(nameZh, city[1]);
    if (type === 'Person' && /^[\u3400-\u9fff]{2,4}$|^[\u3400-\u9fff]+([·•・][\u3400-\u9fff]+)+$/.test(nameZh)) {
      return personName(nameZh);
    }
    const about = /^《?(.*?)关于(.+)的((?:若干)?(?:政策)?措施|(?:指导|实施)?意见|建议|决定|通知|办法|规定)》?$/.exec(
      nameZh,
    );
    if (about) {
      // 关于X的意见: a document's title names its kind first, then what it is on (Opinions on X), as English does.
      const [, issuer, subject, kind] = about;
      const head = [issuer ? this.translate(issuer) : '', this.translate(kind)].filter(Boolean).join(' ');
      return this.finish(`${head} ${kind === '建议' ? 'for' : 'on'} ${this.translate(subject)}`);
    }
    const paren = /^(.+?)[(（]([^()（）]+)[)）]$/.exec(nameZh);
    if (paren) return `${this.translate(paren[1], type)} (${this.translate(paren[2])})`;
    const segments = this.segments(nameZh);
    const forms = districtOrZone(modifierForms(segments.map((p) => p.en)), isCedictEnglish);
    const parts = segments.map((p, i) => ({ ...p, en: forms[i] }));
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

  /** Names whose shape says how they read: numbered slogans, and streets, roads and bridges. */
  private byShape(nameZh: string, type?: EntityType): string | null {
    // Numbered slogans (三区三线, 四好农村路, 两个毫不动摇): the numbers in words, each part translated.
    const numbered = type === 'Policy' ? numberedParts(nameZh) : null;
    if (numbered) {
      const part = (rest: string) =>
        rest.length === 1 ? (this.sense(rest)?.common ?? this.translate(rest)) : this.translate(rest);
      // More than one of a thing is plural (Three Zones); the parts are listed with commas.
      const counted = numbered.map((p) => {
        const en = part(p.rest);
        // Only a counted noun alone (区 → Zones); a longer part ends in the slogan's head (百园工程).
        const noun = p.rest.length === 1 && /^[A-Za-z]{3,}$/.test(en) && p.numeral !== 'One';
        return `${p.numeral} ${noun ? plural(en) : en}`;
      });
      return this.finish(counted.join(', '));
    }
    // Streets, roads, bridges and lanes are signposted in pinyin (Chaoyang Street, Binhe East Road), whatever the
    // words of their names mean; extensions of a road keep the road's name (迎泽大街东延).
    const street = type === 'Place' || type === 'Project' || type === undefined ? streetName(nameZh) : null;
    return street === null ? null : this.finish(street);
  }

  private finish(s: string): string {
    // A province's or city's own bodies: Henan Provincial People's Government, Taiyuan Municipal Party Committee.
    // …also before the term of a congress: Henan Provincial 14th People's Congress.
    const body = /(?:\d+(?:st|nd|rd|th) )?(?:(?:People's )?Government|Party Committee|People's Congress)/.source;
    s = s.replace(new RegExp(` Province (?=${body})`, 'g'), ' Provincial ');
    s = s.replace(new RegExp(` City (?=${body})`, 'g'), ' Municipal ');
    // 第四次会议 closes a congress's name; English names the session first.
    s = s.replace(/^(.+) ((?:\S+) Session)$/, '$2 of the $1');
    let out = titleCase(
      s
        .replace(/\s+/g, ' ')
        .replace(/\s+([,)])/g, '$1')
        .replace(/\(\s+/g, '(')
        .trim(),
    );
    if (hasCjk(out)) out = out.replace(/[\u3400-\u9fff]+/g, (m) => pinyinWords(m).join(' '));
    // 太原至长春: a line between two places is written with an en dash and no spaces (Taiyuan–Changchun).
    return out.replace(/·/g, ' · ').replace(/\s+/g, ' ').replace(/ – /g, '–').trim();
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

  private segments(zh: string): Segment[] {
    const out: Segment[] = [];
    // Folded once; names are clean (no quotes or spaces), so offsets agree with zh.
    const keyed = nameKey(zh);
    const { bounds, tags } = jiebaWords(zh);
    for (let i = 0; i < zh.length;) {
      const step =
        (i === 0 ? this.leadingLevel(zh, bounds) : null) ??
        numberAt(zh, i) ??
        this.knownAt(zh, keyed, i, bounds) ??
        nonChineseAt(zh, i) ??
        this.unknownAt(zh, i, bounds, tags);
      out.push(...step.segments);
      i = step.end;
    }
    return out;
  }

  /** 省/市/县 standing first as a word of its own, or before a known name: Provincial, Municipal, County. */
  private leadingLevel(zh: string, bounds: Set<number>): Step | null {
    const level = LEADING_LEVEL[zh[0]];
    if (zh.length <= 2 || !level || this.gaz.lookup(zh.slice(0, 2))) return null;
    if (!bounds.has(1) && !this.knownAfterLevel(zh, bounds)) return null;
    bounds.add(1);
    return { segments: [{ en: level }], end: 1 };
  }

  /** The longest known form (gazetteer, official name or glossary) that starts at i and ends on a word boundary. */
  private knownAt(zh: string, keyed: string, i: number, bounds: Set<number>): Step | null {
    const aligned = keyed.length === zh.length;
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
      if (en === undefined) continue;
      const zone = gazEntry?.type === 'Place' && gazEntry.subtype === 'zone';
      return { segments: [{ en, ...(zone ? { zone: true } : {}) }], end: i + len };
    }
    return null;
  }

  /** A word neither the gazetteer nor the glossary knows as a whole: the dictionary, else pinyin word by word. */
  private unknownAt(zh: string, i: number, bounds: Set<number>, tags: Map<number, string>): Step {
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
    return { segments: this.word(zh.slice(i, j), tags.get(i) ?? '').map((en) => ({ en })), end: j };
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
    // 开封, 日照: a place name jieba sees that is a prefecture-level city's (its short form is left out of the
    // gazetteer, being a word too) is the city's name, not the word (open, sunshine).
    const city = PLACE_TAG.test(tag) ? this.gaz.lookup(`${w}市`) : undefined;
    if (city?.subtype === 'city' && city.code?.length === 4 && !city.name_en) return [this.cityName(`${w}市`, w)];
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

  /**
   * A city by its name: the English CC-CEDICT gives the city (Harbin, Hohhot), else pinyin (Panzhihua, not the kapok
   * its name also means; Chibi, not the Red Cliffs of the battle, which the entry for 赤壁 without 市 names).
   */
  private cityName(withSuffix: string, name: string): string {
    const own = this.sense(withSuffix)?.proper;
    // …in its English or Chinese name; a name in another language ("Aqsu shehiri") is no English name.
    if (own && (own.en === null || /^([A-Z]\S* ?)+$/.test(own.en)))
      return own.en?.replace(/ City$/, '') ?? pinyinWord(name);
    return this.official.get(name) ?? this.sense(name)?.proper?.en ?? pinyinWord(name);
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
        // A division inside a longer jieba word (山西省 in 山西省人民政府) by its own English, not its dictionary pinyin.
        const en =
          this.official.get(part) ??
          this.terms.get(part) ??
          (this.gaz.lookup(part)?.type === 'Place' ? this.known(part) : undefined) ??
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
