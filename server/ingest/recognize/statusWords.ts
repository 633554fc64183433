// What follows a project's name to say how far it has come: construction statuses, rebuilding, listing.

/** Construction statuses: what a project reaches, typing a list before them (等开工建设, 正式投用). */
const REACHED = '(?:开工|建成|投用|投产|投运|开通|通车|竣工|封顶|启用)';
/** …and, also ending a list's last item (环线交工), the handover of works. */
const ITEM_STATUS = new RegExp(`^(?:${REACHED}|交工|完工)`);
/** How it happened may stand between the name and its status (正式投用, 顺利完工). */
export const STATUS_MANNER = [
  '正式',
  '全面',
  '顺利',
  '相继',
  '先后',
  '均',
  '已',
  '陆续',
  '如期',
  '提前',
  '尽快',
  '基本',
  '同步',
  '集中',
  '即将',
];
export const STATUS_AFTER = new RegExp(`^(?:${STATUS_MANNER.join('|')})?${REACHED}`);
/** Listing on an exchange, which only a company does (成功上市, 在北交所上市, 挂牌上市). */
export const LISTED_AFTER = /^(?:成功|相继|先后|分别|已)?(?:在[^，,。；]{2,10})?(?:首发|挂牌)?上市(?!公司|企业)/;
/** Works being built, rebuilt, widened or extended after a list of them (新建改造, 扩建). */
export const REBUILT_AFTER = /^(?:新建|改建|扩建|改造|拓宽|续建|大修)(?:改造)?(?=[，,。；;、]|$)/;
/** A later item ends where its status, its rebuilding or its listing begins (…北线新建改造, …工业成功上市). */
export const itemEnds = (rest: string): boolean =>
  ITEM_STATUS.test(rest) || REBUILT_AFTER.test(rest) || LISTED_AFTER.test(rest);
