// jieba segmentation and part-of-speech tags, with offsets.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

export interface Token {
  w: string;
  t: string;
  start: number;
  end: number;
}

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

/** Words jieba glues to a name's head (试点工作, 示范区建设): split off so that the head ends a token. */
const TAILS = ['工作', '建设', '任务', '活动', '行动'];
const HEADS = /(试点|示范区|经济区|开发区|高新区|战略|工程|项目|改革)$/;

export function tokenize(jieba: Jieba, text: string, offset: number): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of jieba.tag(text, true)) {
    // jieba returns words that concatenate to the input; find each defensively all the same.
    const at = text.indexOf(word, pos);
    const start = offset + (at >= 0 ? at : pos);
    pos = (at >= 0 ? at : pos) + word.length;
    // 领等/x: jieba glues 等 to a word it does not know; an enumeration needs it apart.
    if (tag === 'x' && word.length > 1 && word.endsWith('等')) {
      out.push({ w: word.slice(0, -1), t: 'x', start, end: start + word.length - 1 });
      out.push({ w: '等', t: 'u', start: start + word.length - 1, end: start + word.length });
      continue;
    }
    const tail = TAILS.find((t) => word.length > t.length + 1 && word.endsWith(t));
    if (tail && HEADS.test(word.slice(0, -tail.length))) {
      const cut = word.length - tail.length;
      out.push({ w: word.slice(0, cut), t: 'n', start, end: start + cut });
      out.push({ w: tail, t: 'n', start: start + cut, end: start + word.length });
    } else out.push({ w: word, t: tag, start, end: start + word.length });
  }
  return out;
}
