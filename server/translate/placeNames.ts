// How the parts of place names read in English: a level standing first (市疾控中心), administrative suffixes, and
// streets, roads and bridges, which are signposted in pinyin whatever their words mean (not lines: 热线, 专用线 and
// 西线 are words, 京雄快线 a line between places).
import { pinyinWord } from '../text/nameForms';

/** 省/市/县 standing first means "of the province/city/county" (市疾控中心, 省第十二次党代会). */
export const LEADING_LEVEL: Record<string, string> = { 省: 'Provincial', 市: 'Municipal', 县: 'County' };
export const ADMIN_SUFFIX: Record<string, string> = {
  市: 'City',
  县: 'County',
  区: 'District',
  镇: 'Town',
  乡: 'Township',
  省: 'Province',
  村: 'Village',
};

const STREET = /^([\u4e00-\u9fff]{2,4}?)([东西南北中])?(大街|大道|街|(?<![铁公水])路|巷|桥|河)(东延|西延|南延|北延)?$/;
const STREET_HEAD: Record<string, string> = {
  大街: 'Avenue',
  大道: 'Avenue',
  街: 'Street',
  路: 'Road',
  巷: 'Lane',
  桥: 'Bridge',
};
const DIRECTION: Record<string, string> = { 东: 'East', 西: 'West', 南: 'South', 北: 'North', 中: 'Middle' };
const EXTENSION: Record<string, string> = {
  东延: 'East Extension',
  西延: 'West Extension',
  南延: 'South Extension',
  北延: 'North Extension',
};

/** 朝阳街 → Chaoyang Street, 滨河东路 → Binhe East Road, 迎泽大街东延 → Yingze Avenue East Extension; else null. */
export function streetName(zh: string): string | null {
  const street = STREET.exec(zh);
  if (!street) return null;
  const [, stem, dir, head, ext] = street;
  const words = [pinyinWord(stem), dir ? DIRECTION[dir] : '', STREET_HEAD[head], ext ? EXTENSION[ext] : ''];
  return words.filter(Boolean).join(' ');
}
