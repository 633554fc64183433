// Terms of the genre: the words the glossary translates (综合保税区, 经济开发区, 产业园). A name that is exactly one
// of them names a kind of thing, not one thing.
import fs from 'node:fs';
import { projectPath } from '../../util/projectRoot';

const glossary = JSON.parse(fs.readFileSync(projectPath('server', 'data', 'glossary.json'), 'utf8')) as {
  terms: Record<string, string>;
};

export const GENRE_TERMS: ReadonlySet<string> = new Set(Object.keys(glossary.terms).filter((t) => t.length >= 3));
