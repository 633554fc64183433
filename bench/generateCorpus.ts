// A deterministic generator of documents in the genre of the reports, from templates and invented names
// (no sentence is copied from the corpus). Used by benchmarks and scale tests.
import fs from 'node:fs';
import path from 'node:path';
import { mulberry32 } from '../server/util/random';

export const rng = mulberry32;

const SYL = '青禾临川北辰云岭东湖南峰西岚星河丰泽瑞安嘉合龙盛华阳明远鸿图景泰新元汇通永兴宏达金石晨曦翠屏银滩';
const INDUSTRY = [
  '新材料',
  '新能源',
  '半导体',
  '高端装备',
  '生物医药',
  '数字经济',
  '氢能',
  '光伏',
  '信息技术',
  '现代物流',
];
const PRODUCT = ['电池材料', '光伏组件', '碳纤维', '特种钢', '集成电路', '智能装备', '氢燃料电池', '医疗器械'];
const SLOGAN = ['百园兴业', '千企升级', '链长护航', '双百攻关', '数智赋能', '营商提质', '招商攻坚', '人才兴城'];
const SURNAME = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗';
const GIVEN = '立明建国志强海燕文华晓东国栋春雨伟俊丽娟';
const ROLE = ['市长', '市委书记', '副市长', '县长'];
const STATUS = ['开工建设', '建成投产', '签约落地', '竣工验收', '全线通车'];

export class NameMaker {
  constructor(private readonly r: () => number) {}
  pick<T = string>(xs: readonly T[] | string): T {
    return (xs as ArrayLike<T>)[Math.floor(this.r() * xs.length)];
  }
  proper(n = 2): string {
    let s = '';
    for (let i = 0; i < n; i++) s += this.pick(SYL);
    return s;
  }
  person(): string {
    return this.pick(SURNAME) + this.pick(GIVEN) + (this.r() < 0.5 ? this.pick(GIVEN) : '');
  }
}

export interface GeneratedDoc {
  file: string;
  text: string;
}

/** Documents of about `docChars` characters each until `totalChars` are written. */
export function generateCorpus(seed: number, totalChars: number, docChars = 100_000): GeneratedDoc[] {
  const r = rng(seed);
  const m = new NameMaker(r);
  const cities = Array.from({ length: 40 }, () => m.proper(2));
  const docs: GeneratedDoc[] = [];
  let written = 0;
  for (let d = 0; written < totalChars; d++) {
    const city = `${m.pick(cities)}市`;
    const year = 2018 + Math.floor(r() * 8);
    const counties = Array.from({ length: 4 }, () => `${m.proper(2)}${m.pick(['县', '区'])}`);
    const zones = Array.from(
      { length: 3 },
      () => `${m.proper(2)}${m.pick(['经济开发区', '高新区', '示范区', '工业园区'])}`,
    );
    const companies = Array.from(
      { length: 12 },
      () => `${m.proper(2)}${m.pick(INDUSTRY)}${m.pick(['集团', '有限公司', '股份有限公司'])}`,
    );
    const lines = [`${city}${year}年政府工作报告`, ''];
    let size = 0;
    while (size < docChars) {
      const c = m.pick(companies);
      const t = Math.floor(r() * 8);
      let s: string;
      switch (t) {
        case 0:
          s = `${1 + Math.floor(r() * 12)}月${1 + Math.floor(r() * 28)}日，总投资${(1 + r() * 90).toFixed(1)}亿元的${c}年产${1 + Math.floor(r() * 90)}万吨${m.pick(PRODUCT)}项目在${m.pick(zones)}${m.pick(STATUS)}。`;
          break;
        case 1:
          s = `重点支持${m.pick(companies)}、${m.pick(companies)}、${m.pick(companies)}等企业加快数字化转型，培育壮大${m.pick(INDUSTRY)}产业集群。`;
          break;
        case 2:
          s = `深入实施“${m.pick(SLOGAN)}”行动，${m.pick(counties)}获批建设${m.proper(2)}${m.pick(['试点城市', '示范区', '创新中心'])}。`;
          break;
        case 3:
          s = `${city.slice(0, -1)}${m.pick(ROLE)}${m.person()}出席${m.proper(2)}${m.pick(INDUSTRY)}${m.pick(['博览会', '发展大会', '论坛'])}并致辞。`;
          break;
        case 4:
          s = `${m.pick(counties)}与${m.pick(cities)}市签署战略合作协议，共建${m.proper(2)}${m.pick(INDUSTRY)}产业园。`;
          break;
        case 5:
          s = `加快推进${m.proper(2)}大道、${m.proper(2)}快速路和地铁${1 + Math.floor(r() * 9)}号线建设，全年完成投资${Math.floor(10 + r() * 300)}亿元，同比增长${(r() * 15).toFixed(1)}%。`;
          break;
        case 6:
          s = `做强以${m.pick(companies)}、${m.pick(companies)}为龙头的${m.pick(INDUSTRY)}产业，${m.pick(zones)}规上工业增加值增长${(r() * 20).toFixed(1)}%。`;
          break;
        default:
          s = `全市地区生产总值实现${Math.floor(1000 + r() * 9000)}.${Math.floor(r() * 100)}亿元，${m.pick(counties)}、${m.pick(counties)}主要指标居全省前列，民生福祉持续改善。`;
      }
      lines.push(s);
      size += s.length;
      if (r() < 0.15) lines.push('');
    }
    const text = lines.join('\n');
    docs.push({ file: `generated-${String(d).padStart(5, '0')}.txt`, text });
    written += text.length;
  }
  return docs;
}

export function writeCorpus(dir: string, docs: GeneratedDoc[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const d of docs) fs.writeFileSync(path.join(dir, d.file), d.text);
}

if (require.main === module) {
  const [dir = 'data/generated-corpus', mb = '10', seed = '7'] = process.argv.slice(2);
  const docs = generateCorpus(Number(seed), (Number(mb) * 1024 * 1024) / 3);
  writeCorpus(dir, docs);
  process.stdout.write(
    `wrote ${docs.length} documents (${(docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1048576).toFixed(1)} MB UTF-8) to ${dir}\n`,
  );
}
