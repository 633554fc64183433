// A sentence with named entities marked by type; in English mode their English names stand beside them.
import { pinyin } from 'pinyin-pro';
import { TYPE_STYLE } from '../graph/style';
import { lang } from '../i18n';
import type { EntityType } from '../types';
import { h } from './dom';

export interface Mark {
  start: number;
  end: number;
  type: EntityType;
  name_en: string;
  entity?: string;
}

/** Marks for names found in the text (the names themselves, longest first, without overlaps). */
export function findMarks(
  text: string,
  names: { forms: string[]; type: EntityType; name_en: string; entity?: string }[],
): Mark[] {
  const marks: Mark[] = [];
  const all = names
    .flatMap((n) => n.forms.filter((f) => f.length >= 2).map((f) => ({ f, n })))
    .sort((a, b) => b.f.length - a.f.length);
  for (const { f, n } of all) {
    let at = text.indexOf(f);
    while (at >= 0) {
      if (!marks.some((m) => at < m.end && m.start < at + f.length))
        marks.push({ start: at, end: at + f.length, type: n.type, name_en: n.name_en, entity: n.entity });
      at = text.indexOf(f, at + 1);
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

interface Gloss {
  word: string;
  pinyin: string;
  english: string[];
}
const glossCache = new Map<string, Promise<Gloss[]>>();

function glosses(text: string): Promise<Gloss[]> {
  let g = glossCache.get(text);
  if (!g) {
    g = fetch(`/api/gloss?text=${encodeURIComponent(text.slice(0, 300))}`)
      .then((r) => (r.ok ? (r.json() as Promise<{ words: Gloss[] }>) : { words: [] }))
      .then((b) => b.words)
      .catch(() => []);
    glossCache.set(text, g);
  }
  return g;
}

/** English readers: the words between the marked names get pinyin and a dictionary gloss on hover. */
function glossOnHover(el: HTMLElement, text: string, marks: Mark[], onEntity?: (id: string) => void): void {
  el.addEventListener(
    'mouseenter',
    () =>
      void glosses(text).then((words) => {
        if (words.length === 0 || words.map((w) => w.word).join('') !== text.slice(0, 300)) return;
        const rebuilt = renderMarked(text, marks, onEntity, words);
        el.replaceWith(rebuilt);
      }),
    { once: true },
  );
}

export function renderMarked(
  text: string,
  marks: Mark[],
  onEntity?: (id: string) => void,
  words?: Gloss[],
): HTMLElement {
  const out = h('span', { class: 'marked', lang: 'zh' });
  if (lang() === 'en' && !words) glossOnHover(out, text, marks, onEntity);
  const plain = (from: number, to: number) => {
    if (!words) return out.append(text.slice(from, to));
    let at = 0;
    for (const w of words) {
      const a = at;
      at += w.word.length;
      const s = Math.max(a, from);
      const e = Math.min(at, to);
      if (s >= e) continue;
      const piece = text.slice(s, e);
      out.append(
        w.english.length > 0 || w.pinyin
          ? h(
              'span',
              { class: 'word', title: `${w.pinyin}${w.english.length ? ` — ${w.english.join('; ')}` : ''}` },
              piece,
            )
          : piece,
      );
    }
  };
  let pos = 0;
  for (const m of marks) {
    if (m.start < pos) continue;
    if (m.start > pos) plain(pos, m.start);
    const word = text.slice(m.start, m.end);
    const mark = h(
      'mark',
      {
        class: `ent ent-${m.type}`,
        style: `--c:${TYPE_STYLE[m.type].color}`,
        title: `${pinyin(word)} — ${m.name_en}`,
        ...(m.entity && onEntity
          ? {
              tabindex: 0,
              role: 'button',
              onclick: () => onEntity(m.entity!),
              onkeydown: (e: Event) => (e as KeyboardEvent).key === 'Enter' && onEntity(m.entity!),
            }
          : {}),
      },
      word,
    );
    out.append(mark);
    if (lang() === 'en') out.append(h('span', { class: 'gloss-en', lang: 'en' }, ` (${m.name_en})`));
    pos = m.end;
  }
  if (pos < text.length) plain(pos, text.length);
  return out;
}
