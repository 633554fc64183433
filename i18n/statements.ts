// Relation statements as whole sentences, through i18next with the shared resources.
import i18next, { type i18n } from 'i18next';
import type { Lang } from './format';
import { resources } from './resources';

let instance: i18n | null = null;

export function serverI18n(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources,
      lng: 'zh',
      fallbackLng: false,
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }
  return instance;
}

export interface Named {
  name_zh: string;
  name_en: string;
}

export interface StatementExtras {
  role?: string;
  /** The relation's subject is the report's own government, unnamed in the sentence (the year of the report). */
  implicitYear?: number | null;
}

export function relationStatement(
  t: i18n['t'],
  type: string,
  a: Named,
  b: Named,
  lang: Lang,
  extras: StatementExtras = {},
): string {
  const name = (n: Named) => (lang === 'zh' ? n.name_zh : n.name_en);
  let text = t(`statement.${type}`, { a: name(a), b: name(b), lng: lang });
  if (extras.role) text = t('statement.role', { statement: text, role: extras.role, lng: lang });
  if (extras.implicitYear !== undefined) {
    text = t('statement.implicit', { statement: text, a: name(a), year: extras.implicitYear ?? '', lng: lang });
  }
  return text;
}
