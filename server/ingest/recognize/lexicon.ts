// Grammar of names in Chinese policy documents: head suffixes that type a name, words that end a name on the left,
// and heads of enumerations. These are rules of the genre, not a list of answers; one module per concept in words/.
export { DESIGNATION_BATCH, DESIGNATION_VERB } from './words/designationWords';
export { ENUM_HEADS } from './words/enumHeads';
export { FALSE_HEADS } from './words/falseHeads';
export { GENERIC_PARTS } from './words/genericParts';
export { NAME_VERBS } from './words/nameVerbs';
export { ROLES } from './words/roles';
export { STATUSES } from './words/statuses';
export { nameAdverb, PREDICATE_AFTER_NAME, STOP_BUT_NAME_START, STOP_WORDS } from './words/stopWords';
export { PHYSICAL_WORKS, SUFFIXES, type SuffixRule } from './words/suffixes';
