// i18next resources shared by the server (generated text) and the client (every visible label).
import en from './locales/en.json';
import zh from './locales/zh.json';

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;
export const LANGS = ['zh', 'en'] as const;
