// English word forms a name needs that a dictionary gives word by word: a noun standing before another noun takes
// its adjective form (Economic Belt, Cultural Industry), and a counted noun its plural (Four Highlands).

/**
 * Nouns of the genre and their adjectives, as CC-CEDICT gives both as senses of one word (经济 economy; economic,
 * 文化 culture; cultural, 金融 finance; financial, 传统 tradition; traditional, 实验 experiment; experimental).
 * Not science: a science city or park keeps the noun.
 */
const ADJECTIVE: Record<string, string> = {
  economy: 'Economic',
  culture: 'Cultural',
  finance: 'Financial',
  tradition: 'Traditional',
  experiment: 'Experimental',
  commerce: 'Commercial',
  politics: 'Political',
  nature: 'Natural',
  medicine: 'Medical',
  agriculture: 'Agricultural',
  society: 'Social',
  history: 'Historical',
};

/**
 * 区 after a proper name is a district (Yuci District); after words it is a zone of some purpose (Pilot Zone,
 * Experimental Zone), as official names write them. `isEnglish` tells the words from pinyin.
 */
export function districtOrZone(parts: readonly string[], isEnglish: (word: string) => boolean): string[] {
  return parts.map((en, i) => {
    if (en !== 'District' || i === 0) return en;
    const before = /([A-Za-z]+)\W*$/.exec(parts[i - 1])?.[1];
    return before && isEnglish(before.toLowerCase()) ? 'Zone' : en;
  });
}

/** A word followed by another name word (not "and", "of", a bracket or the end) modifies it. */
const FUNCTION_WORD = /^(and|of|for|in|on|to|the|with|by)\b/i;
const modifies = (next: string | undefined): boolean =>
  next !== undefined && /^[A-Za-z0-9]/.test(next) && !FUNCTION_WORD.test(next);

/** Each part in the form its place asks for: a noun before another noun as its adjective, when it has one. */
export function modifierForms(parts: readonly string[]): string[] {
  return parts.map((en, i) => {
    const adjective = ADJECTIVE[en.toLowerCase()];
    return adjective && modifies(parts[i + 1]) ? adjective : en;
  });
}

/** Words that are adjectives by their ending or by use (Horizontal, Precise, New): they take no plural. */
const ADJECTIVE_WORD = /(al|ous|ive|ic|ful|less|able|ible|ise|ern)$|^(new|old|high|low|good|green|first)$/i;

/** The plural of an English noun phrase's last word (Highland → Highlands, Strategy → Strategies). */
export function plural(phrase: string): string {
  return phrase.replace(/([A-Za-z]+)$/, (w) => {
    if (ADJECTIVE_WORD.test(w)) return w;
    if (/(s|x|z|ch|sh)$/i.test(w)) return /ss$|x$|z$|ch$|sh$/i.test(w) ? `${w}es` : w;
    if (/[^aeiou]y$/i.test(w)) return `${w.slice(0, -1)}ies`;
    return `${w}s`;
  });
}
