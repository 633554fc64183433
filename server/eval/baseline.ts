// The baseline we must leave behind: jieba part-of-speech tags used as named-entity tags.
import { normalizeText } from '../ingest/normalize';
import { splitSentences } from '../ingest/sentences';
import { tagger } from '../lexicon/tagger';
import type { PredEntity, PredRelation } from './score';

const TAG_TYPE: Record<string, string> = { ns: 'Place', nr: 'Person', nt: 'Organization', nz: 'Company' };

export function jiebaBaseline(raw: string): { entities: PredEntity[]; relations: PredRelation[] } {
  const { text } = normalizeText(raw);
  const jieba = tagger();
  const entities = new Map<string, PredEntity>();
  const relations: PredRelation[] = [];
  for (const s of splitSentences(text)) {
    const inSentence = new Set<string>();
    for (const { word, tag } of jieba.tag(text.slice(s.start, s.end), true)) {
      const type = TAG_TYPE[tag];
      if (!type || word.length < 2) continue;
      const id = `b:${word}`;
      if (!entities.has(id)) entities.set(id, { id, type, name_zh: word, name_en: '', aliases: [] });
      inSentence.add(id);
    }
    const ids = [...inSentence];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) relations.push({ source: ids[i], target: ids[j], type: 'CO_OCCURS' });
  }
  return { entities: [...entities.values()], relations };
}
