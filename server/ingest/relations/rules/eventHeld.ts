// Events and where they were held: the place an event's own name holds (中国(太原)国际能源产业博览会 在…举办), or the
// document's own place when the report says it hosted the event (成功举办X).
import { ADMIN, at, relation, topMentions } from '../sentence';
import type { FoundRelation, RelationRule } from '../types';

const HOLD = /(?:举办|召开|举行|开幕|承办|办好|筹办|主办)/;

export const eventPlace: RelationRule = {
  name: 'event-place',
  reads: 'an event whose name holds an administrative place: held there (中国(太原)国际能源产业博览会)',
  apply(s) {
    const out: FoundRelation[] = [];
    for (const e of topMentions(s).filter((m) => m.type === 'Event')) {
      // 中国(太原)国际能源产业博览会: the city, not the country that opens the name.
      const inner = s.mentions.find(
        (m) =>
          m.nested &&
          m.type === 'Place' &&
          m.start >= e.start &&
          m.end <= e.end &&
          ADMIN.has(m.subtype) &&
          m.subtype !== 'country',
      );
      if (inner) out.push(...relation(e, inner, 'HELD_IN', s.index, this.name));
    }
    return out;
  },
};

export const hostedByDocumentPlace: RelationRule = {
  name: 'hosted-by-document-place',
  reads: "举办/承办/办好… in the sentence, the event names no place: the document's own place held it (implicit)",
  apply(s, { home }) {
    if (!home || !HOLD.test(s.text)) return [];
    const out: FoundRelation[] = [];
    for (const e of topMentions(s).filter((m) => m.type === 'Event')) {
      // 出席/参加 X: attended, not hosted.
      if (/(?:出席|参加|参会|赴)$/.test(s.text.slice(Math.max(0, at(s, e) - 2), at(s, e)))) continue;
      if (s.mentions.some((m) => m.nested && m.type === 'Place' && m.start >= e.start && m.end <= e.end)) continue;
      out.push(...relation(e, home, 'HELD_IN', s.index, this.name, { implicit: true }));
    }
    return out;
  },
};
