// Countries by their Chinese names (i18n-iso-countries, zh locale) with English names (en locale).
import { createRequire } from 'node:module';

const requirePackage = createRequire(__filename);

interface CountriesLib {
  registerLocale(data: unknown): void;
  getNames(lang: string, opts: { select: 'official' | 'alias' | 'all' }): Record<string, string | string[]>;
}

export interface Country {
  code: string;
  name_zh: string;
  aliases: string[];
  name_en: string;
}

/** Names that are something else in Chinese texts: 中非 is China–Africa (中非经贸博览会); the SARs are regions of China. */
const NOT_COUNTRIES = new Set(['中非', '中国', '香港', '澳门', '台湾', '黑山']);

/** The name a reader knows: "Russia" over "Russian Federation", "United States" over "United States of America". */
function commonEnglish(names: string[]): string {
  const first = names[0].replace(/, Republic of$/, '');
  if (!/Republic|Federation|of America/.test(first)) return first;
  const plain = names.filter((n) => !/[,.]/.test(n) && n.length > 3).sort((a, b) => a.length - b.length);
  return plain[0] ?? first;
}

let cache: Country[] | null = null;

export function countries(): Country[] {
  if (cache) return cache;
  const lib = requirePackage('i18n-iso-countries') as CountriesLib;
  lib.registerLocale(requirePackage('i18n-iso-countries/langs/zh.json'));
  lib.registerLocale(requirePackage('i18n-iso-countries/langs/en.json'));
  const zh = lib.getNames('zh', { select: 'all' });
  const en = lib.getNames('en', { select: 'all' });
  const out: Country[] = [];
  for (const [code, names] of Object.entries(zh)) {
    const all = (Array.isArray(names) ? names : [names]).filter((n) => !NOT_COUNTRIES.has(n) && !/[()（）]/.test(n));
    const english = en[code];
    if (all.length === 0 || !english) continue;
    out.push({
      code,
      name_zh: all[0],
      aliases: all.slice(1),
      name_en: commonEnglish(Array.isArray(english) ? english : [english]),
    });
  }
  cache = out;
  return out;
}
