// jieba segmentation and part-of-speech tags, with offsets.
import type { Jieba } from '@node-rs/jieba';

export interface Token {
  w: string;
  t: string;
  start: number;
  end: number;
}

/** Words jieba glues to a name's head (试点工作, 示范区建设): split off so that the head ends a token. */
const TAILS = ['工作', '建设', '任务', '活动', '行动'];
const HEADS = /(试点|示范区|经济区|开发区|高新区|战略|工程|项目|改革)$/;

/**
 * Words jieba's dictionary tags as place or proper names (ns, nz) that are words of the language, found by listing
 * the ns/nz tokens of a dozen work reports that no gazetteer holds: they never make a name specific.
 */
const COMMON_NOUNS = new Set(
  (
    '城镇 美丽 中国式 宜居 深度 新一轮 都市 城市更新 共同富裕 法治化 人大代表 河湖 本报讯 改革开放 治本 山水 ' +
    '文明城市 开放平台 保卫战 山区 大城市 新型农村 二氧化碳 健康成长 网络安全 内陆地区 诚信 富农 旅游名县 ' +
    '道路交通 登记注册 红利 层次分明 满意率 城中村 平原 高原 大街 古城 古镇 古街 新路 东西 南北 都市区 大都市 ' +
    '国际友人 党和国家 中华民族 红十字 爱国主义 标志性 新城 新区'
  ).split(' '),
);
const COMMON_VERBS = new Set('大力发展 力争 惠及 印发 扎根 促发展 加密 普及 上市 入市 换乘'.split(' '));

function ownTag(word: string, tag: string): string {
  if (tag !== 'ns' && tag !== 'nz') return tag;
  return COMMON_NOUNS.has(word) ? 'n' : COMMON_VERBS.has(word) ? 'v' : tag;
}

export function tokenize(jieba: Jieba, text: string, offset: number): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of jieba.tag(text, true)) {
    // jieba returns words that concatenate to the input; find each defensively all the same.
    const at = text.indexOf(word, pos);
    const start = offset + (at >= 0 ? at : pos);
    pos = (at >= 0 ? at : pos) + word.length;
    // 领等/x: jieba glues 等 to a word it does not know; an enumeration needs it apart.
    if (tag === 'x' && word.length > 1 && word.endsWith('等')) {
      out.push({ w: word.slice(0, -1), t: 'x', start, end: start + word.length - 1 });
      out.push({ w: '等', t: 'u', start: start + word.length - 1, end: start + word.length });
      continue;
    }
    const tail = TAILS.find((t) => word.length > t.length + 1 && word.endsWith(t));
    if (tail && HEADS.test(word.slice(0, -tail.length))) {
      const cut = word.length - tail.length;
      out.push({ w: word.slice(0, cut), t: 'n', start, end: start + cut });
      out.push({ w: tail, t: 'n', start: start + cut, end: start + word.length });
    } else out.push({ w: word, t: ownTag(word, tag), start, end: start + word.length });
  }
  return out;
}
