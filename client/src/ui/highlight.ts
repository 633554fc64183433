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
export function findMarks(text: string, names: { forms: string[]; type: EntityType; name_en: string; entity?: string }[]): Mark[] {
  const marks: Mark[] = [];
  const all = names.flatMap((n) => n.forms.filter((f) => f.length >= 2).map((f) => ({ f, n }))).sort((a, b) => b.f.length - a.f.length);
  for (const { f, n } of all) {
    let at = text.indexOf(f);
    while (at >= 0) {
      if (!marks.some((m) => at < m.end && m.start < at + f.length)) marks.push({ start: at, end: at + f.length, type: n.type, name_en: n.name_en, entity: n.entity });
      at = text.indexOf(f, at + 1);
    }
  }
  return marks.sort((a, b) => a.start - b.start);
}

export function renderMarked(text: string, marks: Mark[], onEntity?: (id: string) => void): HTMLElement {
  const out = h('span', { class: 'marked', lang: 'zh' });
  let pos = 0;
  for (const m of marks) {
    if (m.start < pos) continue;
    if (m.start > pos) out.append(text.slice(pos, m.start));
    const word = text.slice(m.start, m.end);
    const mark = h(
      'mark',
      { class: `ent ent-${m.type}`, style: `--c:${TYPE_STYLE[m.type].color}`, title: `${pinyin(word)} — ${m.name_en}`, ...(m.entity && onEntity ? { tabindex: 0, role: 'button', onclick: () => onEntity(m.entity!), onkeydown: (e: Event) => (e as KeyboardEvent).key === 'Enter' && onEntity(m.entity!) } : {}) },
      word,
    );
    out.append(mark);
    if (lang() === 'en') out.append(h('span', { class: 'gloss-en', lang: 'en' }, ` (${m.name_en})`));
    pos = m.end;
  }
  if (pos < text.length) out.append(text.slice(pos));
  return out;
}
