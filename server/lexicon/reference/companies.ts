// Large Chinese and foreign enterprises that reports name without a legal suffix (海康威视, 巴斯夫), each with its
// own English name and a source (server/data/companies.json).
import fs from 'node:fs';
import { projectPath } from '../../util/projectRoot';
import type { GazEntry } from '../gazetteer';

interface CompanyRecord {
  name_zh: string;
  aliases: string[];
  ambiguous_aliases?: string[];
  name_en: string;
  country: string;
  source: string;
  note: string;
}

export interface CompanyEntries {
  entries: GazEntry[];
  /** Short forms that are also ordinary words (小米, 美的): a company only where the sentence says so. */
  contextual: Map<string, GazEntry>;
}

let cache: CompanyEntries | null = null;

export function companyEntries(file = projectPath('server', 'data', 'companies.json')): CompanyEntries {
  if (cache) return cache;
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as { entities: CompanyRecord[] };
  const entries: GazEntry[] = [];
  const contextual = new Map<string, GazEntry>();
  for (const c of raw.entities) {
    if (!c.source) throw new Error(`${file}: ${c.name_zh} has no source`);
    const entry: GazEntry = {
      type: 'Company',
      name_zh: c.name_zh,
      name_en: c.name_en,
      aliases: c.aliases,
      note: `${c.note} (${c.country})`,
      source: c.source,
      code: `company:${c.country}`,
    };
    entries.push(entry);
    for (const a of c.ambiguous_aliases ?? []) contextual.set(a, entry);
  }
  cache = { entries, contextual };
  return cache;
}
