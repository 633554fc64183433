// jieba with the process's one dictionary: the tagger that recognition and the translator both read.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let shared: Jieba | null = null;
let plain: Jieba | null = null;

/** jieba with its own dictionary only: for asking what a word is in general, whatever names were added. */
export function plainTagger(): Jieba {
  plain ??= Jieba.withDict(dict);
  return plain;
}

/** One tagger per process: loading the dictionary costs ~140 ms. Extra words (gazetteer names) keep names whole. */
export function tagger(extraWords: string[] = []): Jieba {
  if (!shared) {
    shared = Jieba.withDict(dict);
    if (extraWords.length > 0) shared.loadDict(Buffer.from(extraWords.map((w) => `${w} 1000 nz`).join('\n')));
  }
  return shared;
}
