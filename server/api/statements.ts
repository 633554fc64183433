// Relation statements as whole sentences in either language ("{{a}} is located in {{b}}" / "{{a}}位于{{b}}").
import type { RelationType } from '../ontology';
import { RELATION_LABELS } from '../ontology';

export type Lang = 'zh' | 'en';

export function statement(type: RelationType, a: { name_zh: string; name_en: string }, b: { name_zh: string; name_en: string }, lang: Lang, role?: string): string {
  const l = RELATION_LABELS[type];
  const tpl = lang === 'zh' ? l.statementZh : l.statementEn;
  const text = tpl.replace('{{a}}', lang === 'zh' ? a.name_zh : a.name_en).replace('{{b}}', lang === 'zh' ? b.name_zh : b.name_en);
  return role ? `${text}${lang === 'zh' ? `（${role}）` : ` (${role})`}` : text;
}
