// Names of programmes, campaigns and strategies hold verbs (营商环境优化提升行动, 服务业扩能提质行动): from the head
// (行动, 战略, 计划…) back to the verb that governs the name (实施, 深化, 开展…), a particle or punctuation.
import type { Candidate, SentenceContext } from './candidates';
import { isPunct, typeOfWorks } from './chunker';
import { GENERIC_PARTS } from './lexicon';
import type { Token } from './tokens';

/** Heads of programme names. */
// 体系, 机制, 举措, 模式, 规划, 方案 were left out: on the dev gold they headed descriptions (路网体系, 合作机制,
// 政策举措) ten times for each name.
const HEADS = /(?:专项行动|行动计划|三年行动|行动|攻坚战|保卫战|战役|战略|计划|工程|改革|试点|政策|制度)$/;
/** Verbs that govern a programme name from outside it. */
export const GOVERNING = new Set([
  '实施',
  '开展',
  '深化',
  '推进',
  '落实',
  '启动',
  '推行',
  '组织',
  '打好',
  '打赢',
  '加快',
  '推动',
  '持续',
  '继续',
  '完善',
  '建立',
  '健全',
  '制定',
  '出台',
  '印发',
  '争创',
  '创建',
  '获批',
  '入选',
  '成为',
  '被评为',
  '获评',
  '荣获',
  '跻身',
  '首批',
  '实行',
  '深入',
  '扎实',
  '抓好',
  '做好',
  '用好',
  '坚持',
  '贯彻',
  '围绕',
  '聚焦',
  '锚定',
  '探索',
  '构建',
  '编制',
  '谋划',
  '部署',
  '开启',
  '提出',
  '发布',
  '强化',
  '加强',
  '全面实施',
  '深入实施',
  '深入推进',
  '全面推进',
  '加快推进',
  '大力实施',
  '纵深推进',
  '持续推进',
  '扎实推进',
  '积极稳妥',
  '全面落实',
  '认真落实',
  '推广',
  '复制',
  '承接',
  '融入',
  '服务',
  '对接',
  '打造',
  '参与',
  '完成',
  '启用',
  '试行',
  '实现',
  '建设',
  '启动建设',
  '开工建设',
  '新建',
  '改造',
  '加快建设',
  '深入开展',
  '超额完成',
  '建强',
  '创设',
  '发挥',
  '更好发挥',
  '纳入',
  '助力',
  '评为',
  '形成',
  '拓展',
]);
const PARTICLES = new Set([
  '的',
  '了',
  '之',
  '等',
  '与',
  '和',
  '及',
  '或',
  '是',
  '为',
  '在',
  '对',
  '把',
  '将',
  '以',
  '向',
  '从',
  '由',
  '被',
  '让',
  '使',
  '并',
  '和',
]);
const MAX_LEN = 16;

function stopsName(t: Token): boolean {
  if (isPunct(t)) return !['“', '”', '"', '+', '×', '·', '—', '-'].includes(t.w);
  if (GOVERNING.has(t.w) || PARTICLES.has(t.w) || t.w === '好') return true;
  // 三是…: an enumerating ordinal opens a sentence, not a name.
  if (/^[一二三四五六七八九十]是$/.test(t.w)) return true;
  if (['p', 'c', 'u', 'uj', 'ul', 'r', 'q', 'y', 'e', 'o'].includes(t.t)) return true;
  return /^[0-9.]+[%万亿个项家]*$/.test(t.w);
}

export function policyNames(tokens: Token[], ctx: SentenceContext): Candidate[] {
  const out: Candidate[] = [];
  const text = ctx.folded;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (isPunct(tok) || !HEADS.test(tok.w)) continue;
    // The head must end the name: 行动计划 over 行动 when jieba wrote 行动/计划.
    const next = tokens[k + 1];
    if (next && !isPunct(next) && HEADS.test(next.w) && next.w.length <= 2) continue;
    // 试点城市, 示范县: the designation runs on to the place it makes.
    if (next && /^(?:城市|县|区|市)$/.test(next.w)) continue;
    let i = k;
    while (
      i - 1 >= 0 &&
      tokens[i - 1].start >= ctx.start &&
      !stopsName(tokens[i - 1]) &&
      tok.end - tokens[i - 1].start <= MAX_LEN
    )
      i--;
    if (i === k) continue;
    // 深化改革/j: a governing verb glued to the head leaves nothing of a name.
    const head = HEADS.exec(tok.w)?.[0] ?? '';
    if (GOVERNING.has(tok.w.slice(0, tok.w.length - head.length))) continue;
    // Quotes must balance: a name does not start inside someone else's quotation.
    const name = text.slice(tokens[i].start, tok.end);
    if ((name.match(/[“"]/g)?.length ?? 0) !== (name.match(/[”"]/g)?.length ?? 0)) continue;
    const body = tokens.slice(i, k).map((t) => t.w);
    if (body.every((w) => GENERIC_PARTS.has(w) || /^[“”"]$/.test(w))) continue;
    // 全面深化改革, 进一步深化改革: predicates and adverbs before a head describe an activity, they name none.
    const parts = tokens.slice(i, k);
    if (parts.every((t) => ['v', 'vd', 'd', 'ad'].includes(t.t) || GENERIC_PARTS.has(t.w))) continue;
    if (name.replace(/[“”"]/g, '').length < 4) continue;
    // 等30项市级疏堵工程 (项市级/x): a count with its measure word glued to the name counts a kind.
    if (/^[个项家条座所批类]/.test(name) && /[0-9一二三四五六七八九十几多]$/.test(text.slice(0, tokens[i].start)))
      continue;
    // 滹沱河供水工程 is a work being built, not a programme.
    if (tok.w.endsWith('工程') && typeOfWorks(name, '工程') === 'Project') continue;
    out.push({ start: tokens[i].start, end: tok.end, type: 'Policy', rule: 'policy-name', score: 1.9 });
  }
  return out;
}
