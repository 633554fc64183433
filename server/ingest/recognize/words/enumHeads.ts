// Head nouns of enumerations and the type they give the items.
import type { EntityType, PlaceSubtype } from '../../../ontology';

/** Enumeration heads: "A、B、C等企业" types A, B and C. */
export const ENUM_HEADS: { head: RegExp; type: EntityType; subtype?: PlaceSubtype }[] = [
  // 等一批行业领军企业, 等商业航天企业: a few describing words may stand before the head noun.
  {
    head: /^(?:一批|一大批|[0-9]+[家户])?(?:(?!领域|项目|工程|平台|赛道|引|育|培|扶|支持|推动)[\u4e00-\u9fff]){0,6}?(?:企业|公司|集团|国企|央企|民企|厂商|商家|老字号|龙头)(?![家企])/,
    type: 'Company',
  },
  // 等30项市级疏堵工程, 等国家重大工程, 4项市政配套设施建设工程: a level or a few describing words before the head.
  {
    head: /^(?:一批|一大批)?(?:国家|省级|市级|国家级)?(?:重大|重点|标志性|大|(?:(?!领域|行业|产业|方面|维修|养护|整治|改造|提升|[的和与及])[\u4e00-\u9fff]){1,8}?)?(?:项目|工程|综合体)/,
    type: 'Project',
  },
  { head: /^(?:重点|主导|优势|新兴)?(?:产业|行业|领域)/, type: 'Industry' },
  { head: /^(?:开发区|园区|示范区|经济区|高新区)/, type: 'Place', subtype: 'zone' },
  { head: /^(?:县|区|县区|县\(市、区\)|市|城市|省会城市)/, type: 'Place' },
  { head: /^(?:重大|重要|系列)?(?:会议|展会|赛事|盛会)/, type: 'Event' },
  { head: /^(?:主题|系列|促消费)?活动/, type: 'Policy' },
  { head: /^(?:高校|院校|大学|科研院所|机构|平台|实验室|研究院)/, type: 'Organization' },
  { head: /^(?:行动|改革|政策|举措|措施|机制|战略)/, type: 'Policy' },
];
