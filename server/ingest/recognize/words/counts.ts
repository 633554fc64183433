// A count and its measure word (4项, 三座, 15个): what counts things of a kind, never part of a name.

/** A number in figures or in words, as reports count things. */
export const COUNT_NUMBER = '(?:[0-9]+|[两三四五六七八九十几]+)';
/** Measure words of counted things (个 projects, 座 plants, 家 firms …). */
export const MEASURE = '[个项家座所条批类]';
/** A count right before a measure word. */
export const COUNTED = COUNT_NUMBER + MEASURE;
