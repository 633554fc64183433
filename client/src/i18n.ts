// i18next in the browser: explicit choice > ?lang= > browser language; the choice persists.
import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { formatDate, formatMoney, formatNumber, type Lang } from '../../i18n/format';
import { resources } from '../../i18n/resources';

export async function initI18n(): Promise<void> {
  await i18next.use(LanguageDetector).init({
    resources,
    supportedLngs: ['zh', 'en'],
    nonExplicitSupportedLngs: true,
    fallbackLng: false,
    load: 'languageOnly',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'querystring', 'navigator'],
      lookupQuerystring: 'lang',
      lookupLocalStorage: 'policy-graph-lang',
      caches: ['localStorage'],
    },
  });
}

export const t = (key: string, opts?: Record<string, unknown>): string => i18next.t(key, opts) as string;

export function lang(): Lang {
  return i18next.resolvedLanguage === 'en' ? 'en' : 'zh';
}

export async function setLang(l: Lang): Promise<void> {
  await i18next.changeLanguage(l);
  document.documentElement.lang = l;
}

export const money = (n: number) => formatMoney(n, lang());
export const number = (n: number) => formatNumber(n, lang());
export const date = (iso: string) => formatDate(iso, lang());

/** Fills every element marked data-i18n with its text (data-i18n-label: its aria-label) in the current language. */
export function translateStatic(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n!);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel!));
  });
}
