// Works named by their form or their status: ring roads, names before a status verb.
import type { Candidate, SentenceContext } from './candidates';
import { isPunct, nameInternal } from './chunker';
import { GENERIC_PARTS, STATUSES } from './lexicon';
import { STATUS_MANNER } from './statusWords';
import { isDateWord } from './suffix/start';
import type { Token } from './tokens';

/**
 * Ring roads (西北二环, 东四环, 五环路): a direction or 路 makes the ring a road, not a count (三环时代). Being built or
 * repaired in its clause, it is a project; else a landmark.
 */
export function ringRoads(ctx: SentenceContext): Candidate[] {
  const s = ctx.folded.slice(ctx.start, ctx.end);
  const out: Candidate[] = [];
  for (const m of s.matchAll(/([东南西北]{1,2})?[二三四五六七八]环(路|线)?(?![境保比节绕抱岛])/g)) {
    if (!m[1] && !m[2]) continue;
    const from = Math.max(...['，', ',', '；', ';', '。'].map((p) => s.lastIndexOf(p, m.index))) + 1;
    const ends = ['，', ',', '；', ';', '。'].map((p) => s.indexOf(p, m.index)).filter((x) => x >= 0);
    const here = s.slice(from, ends.length > 0 ? Math.min(...ends) : s.length);
    const built = /建设|建成|通车|改造|大修|提升|开工|贯通|扩建|入地|完工|竣工|实施|推进|加快|延伸/.test(here);
    out.push({
      start: ctx.start + m.index,
      end: ctx.start + m.index + m[0].length,
      type: built ? 'Project' : 'Place',
      ...(built ? {} : { subtype: 'site' as const }),
      rule: 'ring-road',
      score: 1.7,
    });
  }
  return out;
}

const DATE = /^(?:[0-9]{2,4}年)?(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?/;

/** A name right before a status verb is a project (太原国家级互联网骨干直联点建成投运). */
export function statusProjects(tokens: Token[], ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  for (let s = 1; s < tokens.length; s++) {
    const w = tokens[s].w;
    const opens = w === '开通' && tokens[s + 1]?.w === '运营';
    if (!STATUSES.some((st) => w.startsWith(st.word)) && !(w === '建成' && tokens[s + 1]?.w.startsWith('投')) && !opens)
      continue;
    // 首都国际会展中心正式投用: how it happened stands between the name and its status.
    let k = s;
    while (k > 1 && (STATUS_MANNER.includes(tokens[k - 1].w) || tokens[k - 1].w === '建成')) k--;
    let i = k;
    while (
      i - 1 >= 0 &&
      tokens[i - 1].start >= ctx.start &&
      nameInternal(tokens[i - 1]) &&
      tokens[k - 1].end - tokens[i - 1].start <= 24
    )
      i--;
    if (i >= k) continue;
    while (i < k - 1 && isDateWord(tokens[i])) i++;
    // 等15个高科技企业先后投产: the head of a list is a kind; its items are what started.
    if (
      /(?:等|[0-9一二三四五六七八九十几多]+[个项家批])$/.test(
        ctx.folded.slice(Math.max(0, tokens[i].start - 4), tokens[i].start),
      )
    )
      continue;
    const part = tokens.slice(i, k);
    if (part.some(isPunct)) continue;
    const specific =
      part.some((t) => ['ns', 'nz', 'nt', 'j', 'eng', 'nr'].includes(t.t)) || part.some((t) => /[0-9]/.test(t.w));
    // 2024年北辰星链建成 (2024/m 年北/x): a date before the name is not part of it, even glued to it.
    const start = part[0].start + (DATE.exec(ctx.folded.slice(part[0].start))?.[0].length ?? 0);
    const end = part[part.length - 1].end;
    if (!specific || end - start < 4) continue;
    // 太原市迎泽区建成…: places are where things are built, not what is built.
    const last = part[part.length - 1];
    if (['ns', 'nr', 'nz'].includes(last.t) && /^[\u4e00-\u9fff]{1,3}[省市县区镇乡]$/.test(last.w)) continue;
    // 10亿元工业项目竣工: a kind of project described by its investment.
    if (/[0-9.]+[万亿]*元/.test(ctx.folded.slice(start, end))) continue;
    if (part.every((t) => GENERIC_PARTS.has(t.w))) continue;
    out.push({ start, end, type: 'Project', rule: 'status-subject', score: 1.4 });
  }
  return out;
}
