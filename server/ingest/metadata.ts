// Document metadata: from a manifest.json beside the files when there is one, otherwise read from the text.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const manifestSchema = z.object({
  documents: z.array(
    z.object({
      file: z.string(),
      title_zh: z.string().optional(),
      title_en: z.string().optional(),
      kind: z.string().optional(),
      covers_year: z.number().int().optional(),
      plans_year: z.number().int().optional(),
      published: z.string().optional(),
    }),
  ),
});

export interface ManifestEntry {
  title_zh?: string;
  title_en?: string;
  kind?: string;
  year?: number;
  published?: string;
  covers_year?: number;
  plans_year?: number;
}

export function readManifest(dir: string): Map<string, ManifestEntry> {
  const file = path.join(dir, 'manifest.json');
  const out = new Map<string, ManifestEntry>();
  if (!fs.existsSync(file)) return out;
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: not a valid manifest (${parsed.error.issues[0]?.message})`);
  for (const d of parsed.data.documents) {
    const published = d.published ? Number(/^(\d{4})/.exec(d.published)?.[1]) : undefined;
    out.set(d.file, {
      title_zh: d.title_zh,
      title_en: d.title_en,
      kind: d.kind,
      year: published || d.covers_year,
      published: d.published,
      ...(d.covers_year ? { covers_year: d.covers_year } : {}),
      ...(d.plans_year ? { plans_year: d.plans_year } : {}),
    });
  }
  return out;
}

/** Stable id from the file name: readable when it is ASCII, a hash otherwise. */
export function documentId(fileName: string): string {
  const base = path.basename(fileName).replace(/\.[^.]+$/, '');
  if (/^[A-Za-z0-9_.-]{1,100}$/.test(base)) return base;
  return `doc-${crypto.createHash('sha1').update(path.basename(fileName)).digest('hex').slice(0, 12)}`;
}

export function guessTitle(text: string): string {
  for (const line of text.split('\n')) {
    const t = line.trim().replace(/^[#*\s]+|[*\s]+$/g, '');
    if (t.length >= 2 && t.length <= 60) return t;
    if (t.length > 60) return `${t.slice(0, 40)}…`;
  }
  return '';
}

/** The year a document speaks from: a year in its title, else the latest year it mentions often. */
export function guessYear(title: string, text: string): number | null {
  const inTitle = /(19|20)\d{2}(?=年)/.exec(title);
  if (inTitle) return Number(inTitle[0]);
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/((?:19|20)\d{2})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  if (counts.size === 0) return null;
  const max = Math.max(...counts.values());
  return Math.max(
    ...[...counts.entries()]
      .filter(([, c]) => c >= Math.max(2, max / 2))
      .map(([y]) => y)
      .concat([...counts.entries()].filter(([, c]) => c === max).map(([y]) => y)),
  );
}

/**
 * The period a document reports on and plans for, from the text when the manifest does not say: a report that looks
 * back on "过去一年" and ahead to "今年" covers the year before its own and plans its own; a review of a year covers it.
 */
export function documentPeriods(
  year: number | null,
  title: string,
  text: string,
): { covers_year?: number; plans_year?: number } {
  if (year === null) return {};
  const head = text.slice(0, 4000);
  const reviews = /过去一年|上一年|去年|过去五年|一年来/.test(head);
  const plans = /今年|20\d{2}年(?:工作|主要)?(?:安排|预期目标|目标任务)|总体要求/.test(text);
  if (/政府工作报告/.test(title) || (reviews && plans)) return { covers_year: year - 1, plans_year: year };
  return { covers_year: year };
}
