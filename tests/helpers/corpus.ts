// Where tests find the five source documents: KG_CORPUS, else ../shared/corpus beside the checkout.
import fs from 'node:fs';
import path from 'node:path';

export const CORPUS_DIR = path.resolve(
  process.env.KG_CORPUS ?? path.join(__dirname, '..', '..', '..', 'shared', 'corpus'),
);
export const GOLD_DIR = path.resolve(CORPUS_DIR, '..', 'gold');

export function corpusFiles(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) throw new Error(`Corpus not found at ${CORPUS_DIR}: set KG_CORPUS`);
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(CORPUS_DIR, f));
}
