// The region a document speaks for (its title, its opening lines, else the place it names most), so that 省委, 全市,
// 我省 and the implicit subject of a work report resolve to the document's own government, never to a fixed one.
import { divisions, divisionsByCode, type Division } from '../lexicon/reference/divisions';
import type { HomeRegion } from '../lexicon/reference/placeEntries';

export interface DocumentRegion extends HomeRegion {
  /** The place the document speaks for: a province, a city, a county or district, or a zone named in the title. */
  home: { name: string; short?: string; level: '省' | '市' | '县' | '区' };
  /** The home place and its administrative ancestors, by the character that refers to them (省, 市, 县, 区). */
  byLevel: Partial<Record<'省' | '市' | '县' | '区', { name: string; short?: string }>>;
}

interface Form {
  form: string;
  division: Division;
}

let formsCache: Form[] | null = null;

/** Full names of provinces, prefectures and counties, and the short forms of provinces and prefectures. */
function forms(): Form[] {
  if (formsCache) return formsCache;
  const out: Form[] = [];
  for (const d of divisions()) {
    if (d.level === 'town') continue;
    out.push({ form: d.name, division: d });
    if (d.short && d.short.length >= 2 && d.level !== 'county') out.push({ form: d.short, division: d });
  }
  formsCache = out.sort((a, b) => b.form.length - a.form.length);
  return formsCache;
}

const RANK: Record<Division['level'], number> = { province: 0, city: 1, county: 2, town: 3 };

/** Divisions named in a text, longest form first, each occurrence counted once. */
function named(text: string): Map<Division, number> {
  const counts = new Map<Division, number>();
  const taken = new Uint8Array(text.length);
  for (const f of forms()) {
    let at = text.indexOf(f.form);
    while (at >= 0) {
      if (!taken.subarray(at, at + f.form.length).some((x) => x === 1)) {
        taken.fill(1, at, at + f.form.length);
        counts.set(f.division, (counts.get(f.division) ?? 0) + 1);
      }
      at = text.indexOf(f.form, at + f.form.length);
    }
  }
  return counts;
}

function levelChar(d: Division): '省' | '市' | '县' | '区' {
  if (d.level === 'province') return /市$/.test(d.name) ? '市' : '省';
  if (d.level === 'city') return '市';
  return /县$|旗$/.test(d.name) ? '县' : /市$/.test(d.name) ? '市' : '区';
}

function regionOf(home: Division): DocumentRegion {
  const byCode = divisionsByCode();
  const byLevel: DocumentRegion['byLevel'] = {};
  let cityCode: string | undefined;
  for (let d: Division | undefined = home; d; d = d.parentCode ? byCode.get(d.parentCode) : undefined) {
    const ch = levelChar(d);
    byLevel[ch] ??= { name: d.name, ...(d.short ? { short: d.short } : {}) };
    if (d.level === 'city' || (d.level === 'province' && ch === '市')) cityCode ??= d.code;
  }
  return {
    provinceCode: home.provinceCode,
    ...(cityCode ? { cityCode } : {}),
    home: { name: home.name, ...(home.short ? { short: home.short } : {}), level: levelChar(home) },
    byLevel,
  };
}

/** The most specific division named in a text; a county only when its prefecture or province is named too. */
function mostSpecific(counts: Map<Division, number>): Division | undefined {
  const found = [...counts.keys()];
  const byCode = divisionsByCode();
  const ancestorsNamed = (d: Division) => {
    for (
      let p = d.parentCode ? byCode.get(d.parentCode) : undefined;
      p;
      p = p.parentCode ? byCode.get(p.parentCode) : undefined
    ) {
      if (counts.has(p)) return true;
    }
    return false;
  };
  const ok = found.filter((d) => d.level !== 'county' || ancestorsNamed(d) || found.length === 1);
  return ok.sort((a, b) => RANK[b.level] - RANK[a.level] || (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
}

/** A development zone named in the title (天津经济技术开发区2015年工作报告): its report speaks for the zone. */
/** The heads that make a name a development zone's (its report calls it 全区, and 园区/开发区 for short). */
export const ZONE_HEADS = ['开发区', '高新区', '新区', '园区', '试验区', '示范区', '保税区'];
export const ZONE_NAME = new RegExp(`(?:${ZONE_HEADS.join('|')})$`);

function titledZone(title: string): string | null {
  const zone = new RegExp(`^(?:[0-9]{4}年)?([\u4e00-\u9fff]{2,16}?(?:${ZONE_HEADS.join('|')}))`).exec(title.trim());
  return zone ? zone[1] : null;
}

/** The zone is home, 全区 and 区委 are the zone's; 市 and 省 stay those of the division it lies in. */
function zoneIn(zone: string, within: DocumentRegion): DocumentRegion {
  const place = { name: zone };
  return { ...within, home: { ...place, level: '区' }, byLevel: { ...within.byLevel, 区: place } };
}

/** A place the reference data does not know, named with its level in the title (临川市2025年政府工作报告). */
function titledPlace(title: string): DocumentRegion | null {
  const zone = titledZone(title);
  if (zone) {
    const place = { name: zone };
    return { home: { ...place, level: '区' }, byLevel: { 区: place } };
  }
  const m = /^(?:[0-9]{4}年)?([\u4e00-\u9fff]{2,5}?)(省|市|县|区)(?:[0-9]{4}年|人民政府|政府|国民经济)/.exec(
    title.trim(),
  );
  if (!m) return null;
  const level = m[2] as '省' | '市' | '县' | '区';
  const place = { name: m[1] + m[2], short: m[1] };
  return { home: { ...place, level }, byLevel: { [level]: place } };
}

export function documentRegion(title: string, text: string): DocumentRegion | null {
  const zone = titledZone(title);
  for (const part of [title, text.slice(0, 300)]) {
    const d = mostSpecific(named(part));
    if (d && zone) return zoneIn(zone, regionOf(d));
    if (d) return regionOf(d);
  }
  const titled = titledPlace(title);
  if (titled) return titled;
  // No place in the title or the opening: the province or city the text names most (twice at least).
  const counts = [...named(text).entries()].filter(([d, n]) => d.level !== 'county' && n >= 2);
  counts.sort((a, b) => b[1] - a[1] || RANK[b[0].level] - RANK[a[0].level]);
  return counts.length > 0 ? regionOf(counts[0][0]) : null;
}
