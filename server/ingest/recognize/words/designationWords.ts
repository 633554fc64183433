// How a designation is given: the verb, and the batch it came in.

/** Verbs by which a place or firm receives a designation (入选…试点城市, 成为首批…), and the batch it came in. */
export const DESIGNATION_VERB =
  /(?:入选|成为|被评为|评为|获批|获评|荣获|创建|争创|被认定为|认定为|被命名为|跻身|巩固|蝉联|保持)(?:为)?(?:了)?/;
export const DESIGNATION_BATCH = /^(?:首批|第[一二三四五六七八九十0-9]+批)/;
