// Statuses of projects, the words that say them and the attribute key they set.

/** Statuses of projects (ontology attributes). */
export const STATUSES: { word: string; key: string }[] = [
  { word: '签约', key: '签约' },
  { word: '开工', key: '开工' },
  { word: '奠基', key: '开工' },
  { word: '封顶', key: '封顶' },
  { word: '竣工', key: '竣工' },
  { word: '建成', key: '竣工' },
  { word: '通车', key: '通车' },
  { word: '投产', key: '投产' },
  { word: '点火投产', key: '投产' },
  { word: '投用', key: '投产' },
  { word: '投运', key: '投产' },
  { word: '开业', key: '开业' },
  { word: '开园', key: '开业' },
  { word: '开通运营', key: '通车' },
  { word: '揭牌', key: '揭牌' },
];
