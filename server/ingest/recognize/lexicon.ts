// Grammar of names in Chinese policy documents: head suffixes that type a name, words that end a name on the left,
// and heads of enumerations. These are rules of the genre, not a list of answers.
import type { EntityType, PlaceSubtype } from '../../ontology';

export interface SuffixRule {
  suffix: string;
  type: EntityType;
  subtype?: PlaceSubtype;
  /** Characters the name needs before the suffix. */
  minPrefix: number;
  maxLen: number;
  /** The suffix is a common word (河, 门, 路): a name needs a proper word before it. */
  proper?: boolean;
}

const S = (suffix: string, type: EntityType, subtype?: PlaceSubtype, minPrefix = 2, maxLen = 30): SuffixRule => ({ suffix, type, subtype, minPrefix, maxLen });

const P = (suffix: string, maxLen = 8, minPrefix = 2): SuffixRule => ({ suffix, type: 'Place', subtype: 'site', minPrefix, maxLen, proper: true });

/** Longest suffix wins; order does not matter. */
export const SUFFIXES: SuffixRule[] = [
  // Company
  S('股份有限公司', 'Company', undefined, 2, 40), S('有限责任公司', 'Company', undefined, 2, 40), S('有限公司', 'Company', undefined, 2, 40),
  S('集团', 'Company', undefined, 2), S('公司', 'Company', undefined, 2), S('机床厂', 'Company'), S('钢厂', 'Company', undefined, 1), S('银行', 'Company'),
  S('制药厂', 'Company'), S('电机厂', 'Company'), S('机械厂', 'Company'),
  // Project
  S('项目', 'Project', undefined, 3, 48), S('工程', 'Project', undefined, 2, 40), S('大道', 'Project'), S('高速公路', 'Project'), S('高速', 'Project'),
  S('快速路', 'Project'), S('快速路网', 'Project'), S('号线', 'Project', undefined, 2), S('高铁', 'Project'),
  S('铁路', 'Project'), S('隧道', 'Project'), S('大桥', 'Project'), S('桥', 'Project', undefined, 2, 8), S('机场', 'Project'), S('产业园', 'Project'),
  S('基地', 'Project'), S('环线', 'Project'), S('专用线', 'Project'), S('干线', 'Project'), S('轨道交通', 'Project', undefined, 1), S('直联点', 'Project'), S('污水处理厂', 'Project', undefined, 1), S('电厂', 'Project'),
  S('水厂', 'Project'), S('电站', 'Project'), S('枢纽', 'Project'), S('综合体', 'Project'), S('生产线', 'Project', undefined, 3), S('供水工程', 'Project', undefined, 1),
  S('一期', 'Project', undefined, 3), S('二期', 'Project', undefined, 3), S('三期', 'Project', undefined, 3), S('四期', 'Project', undefined, 3),
  S('改扩建工程', 'Project', undefined, 2), S('总部', 'Project', undefined, 3), S('体育中心', 'Project'), S('体育场', 'Project'), S('博物馆', 'Project'),
  S('图书馆', 'Project'), S('场馆', 'Project'),
  S('东延', 'Project'), S('西延', 'Project'), S('南延', 'Project'), S('北延', 'Project'), S('技改', 'Project', undefined, 2),
  S('厂', 'Company', undefined, 2, 12), S('工厂', 'Policy', undefined, 2, 12), S('班列', 'Project'), S('灌区', 'Project'), S('作业区', 'Project'), S('廊道', 'Project'), S('航道', 'Project'), S('船闸', 'Project'),
  S('过江通道', 'Project', undefined, 2), S('通道', 'Project', undefined, 2, 16), S('设施', 'Project', undefined, 3), S('热线', 'Project'),
  S('试验网', 'Project'), S('高铁网', 'Project'), S('新馆', 'Project'), S('院区', 'Project'), S('南站', 'Project'), S('北站', 'Project'),
  S('东站', 'Project'), S('西站', 'Project'), S('港区', 'Place', 'zone'), S('码头', 'Project'), S('水库', 'Project'),
  // Place
  S('省', 'Place', 'province', 2, 6), S('市', 'Place', 'city', 2, 6), S('县', 'Place', 'county', 2, 6), S('区', 'Place', 'district', 2, 6),
  S('镇', 'Place', 'town', 2, 6), S('乡', 'Place', 'town', 2, 6), S('街道', 'Place', 'town', 2, 8),
  S('经济区', 'Place', 'zone'), S('示范区', 'Place', 'zone'), S('开发区', 'Place', 'zone'), S('高新区', 'Place', 'zone'), S('新区', 'Place', 'zone'),
  S('新城', 'Place', 'zone'), S('园区', 'Place', 'zone'), S('工业园区', 'Place', 'zone'), S('工业园', 'Place', 'zone'), S('试验区', 'Place', 'zone'), S('自贸区', 'Place', 'zone'),
  S('保税区', 'Place', 'zone'), S('综保区', 'Place', 'zone'), S('综试区', 'Place', 'zone'), S('实验区', 'Place', 'zone'),
  S('农高区', 'Place', 'zone'), S('先导区', 'Place', 'zone'), S('协同区', 'Place', 'zone'), S('合作区', 'Place', 'zone'),
  S('片区', 'Place', 'zone', 2, 16), S('创新带', 'Place', 'region'), S('科创带', 'Place', 'region'), S('产业带', 'Place', 'region'),
  S('发展带', 'Place', 'region'), S('经济走廊', 'Place', 'region'), S('科创圈', 'Place', 'region'), S('生活圈', 'Policy'),
  S('遗址', 'Place', 'site'), S('专业镇', 'Place', 'zone'), S('古镇', 'Place', 'site'), S('街区', 'Place', 'site'), S('国家公园', 'Place', 'site'),
  S('文化公园', 'Place', 'site'),
  // Landmarks named by a proper word and a common head (正阳门, 温榆河, 颐和园, 孚王府, 南锣鼓巷胡同).
  P('河'), P('湖'), P('寺'), P('宫'), P('园'), P('坛'), P('城楼'), P('王府'), P('胡同'), P('大街'), P('路', 8),
  P('门', 4), P('塔'), P('古城'), P('湿地公园'), P('郊野公园'), S('集聚区', 'Place', 'zone'), S('启动区', 'Place', 'zone'), S('城市群', 'Place', 'region'),
  S('城镇带', 'Place', 'region'), S('经济带', 'Place', 'region'), S('经济圈', 'Place', 'region'), S('都市圈', 'Place', 'region'), S('流域', 'Place', 'region'),
  S('广场', 'Place', 'site'), S('公园', 'Place', 'site'), S('石窟', 'Place', 'site'), S('古城', 'Place', 'site'), S('古县城', 'Place', 'site'),
  S('县城', 'Place', 'site', 2), S('景区', 'Place', 'site'), S('商圈', 'Place', 'site'), S('街', 'Place', 'site', 2, 6),
  S('文化宫', 'Place', 'site'), S('步行街', 'Place', 'site'), S('湿地', 'Place', 'site'), S('森林公园', 'Place', 'site'),
  // Policy
  S('战略', 'Policy', undefined, 2), S('行动', 'Policy', undefined, 2), S('三年行动', 'Policy', undefined, 2), S('行动计划', 'Policy'), S('计划', 'Policy', undefined, 3),
  S('规划', 'Policy', undefined, 3), S('改革', 'Policy', undefined, 3), S('机制', 'Policy', undefined, 3), S('模式', 'Policy', undefined, 3), S('试点', 'Policy', undefined, 4),
  S('试点城市', 'Policy'), S('示范城市', 'Policy'), S('示范社区', 'Policy'), S('理念', 'Policy', undefined, 2), S('格局', 'Policy', undefined, 3),
  S('措施', 'Policy', undefined, 4), S('方案', 'Policy', undefined, 4), S('倡议', 'Policy'), S('制度', 'Policy', undefined, 4), S('一体化', 'Policy', undefined, 2, 12),
  S('一体', 'Policy', undefined, 2, 8), S('体系', 'Policy', undefined, 4), S('工程', 'Policy', undefined, 2, 30), S('政策', 'Policy', undefined, 3), S('条例', 'Policy'),
  S('中心城市', 'Policy'), S('示范县', 'Policy'), S('示范市', 'Policy'), S('示范镇', 'Policy'), S('示范村', 'Policy'), S('枢纽城市', 'Policy'), S('标杆城市', 'Policy'),
  // Organization
  S('局', 'Organization', undefined, 1, 16), S('委', 'Organization', undefined, 1, 12), S('委员会', 'Organization'), S('办公室', 'Organization'), S('院', 'Organization', undefined, 2),
  S('研究院', 'Organization'), S('研究所', 'Organization'), S('大学', 'Organization'), S('学院', 'Organization'), S('实验室', 'Organization', undefined, 2),
  S('中心', 'Organization', undefined, 2), S('创新中心', 'Organization'), S('医院', 'Organization'), S('幼儿园', 'Organization'), S('学校', 'Organization'),
  S('中学', 'Organization'), S('小学', 'Organization'), S('基金', 'Organization'), S('协会', 'Organization'), S('商会', 'Organization'), S('联盟', 'Organization'),
  S('政府', 'Organization'), S('法院', 'Organization'), S('检察院', 'Organization'), S('孵化器', 'Organization'), S('党委', 'Organization'),
  // Industry
  S('产业', 'Industry', undefined, 2, 14), S('产业链', 'Industry', undefined, 2, 14), S('产业集群', 'Industry', undefined, 2, 16), S('集群', 'Industry', undefined, 2, 16),
  S('制造业', 'Industry', undefined, 2, 12), S('服务业', 'Industry', undefined, 2, 12), S('经济', 'Industry', undefined, 2, 8),
  // Event
  S('大会', 'Event'), S('博览会', 'Event'), S('论坛', 'Event'), S('峰会', 'Event'), S('研讨会', 'Event'), S('运动会', 'Event'), S('交易会', 'Event'),
  S('洽谈会', 'Event'), S('展览会', 'Event'), S('推介会', 'Event'), S('党代会', 'Event', undefined, 1), S('青运会', 'Event'), S('文化节', 'Event'), S('旅游节', 'Event'),
];

/** 工程 names a physical project when it carries one of these; otherwise it is a programme (Policy). */
export const PHYSICAL_WORKS = /[路桥河湖渠库坝站线厂场馆园港隧管网]|供水|引水|治理|改扩建|扩建|新建|建设|期|改造|修复|水利|公路|铁路|机场|轨道/;

/** Words that end a name on its left: predicates of the genre, function words. */
export const STOP_WORDS = new Set([
  '的', '和', '与', '及', '以及', '或', '等', '在', '对', '为', '以', '把', '将', '由', '从', '向', '到', '于', '了', '着', '是', '有', '被', '让', '使',
  '获', '批', '获批', '入选', '设立', '获得', '荣获', '成为', '打造', '实施', '推进', '推动', '深化', '深入', '加快', '加强', '全面', '积极', '主动', '持续', '不断',
  '完成', '建成', '开工', '启动', '支持', '聚焦', '围绕', '依托', '融入', '对接', '贯彻', '落实', '坚持', '实现', '取得', '开展', '组织', '举办', '召开', '举行',
  '参加', '出席', '引进', '培育', '发展', '壮大', '提升', '提高', '加大', '扩大', '形成', '构建', '完善', '优化', '服务', '保障', '争创', '创建', '申报', '认定',
  '落地', '签约', '投产', '通车', '开业', '揭牌', '竣工', '封顶', '投用', '投运', '运营', '开通', '建立', '健全', '用好', '抓好', '做好', '办好', '更新', '改造为',
  '重点', '大力', '着力', '全力', '努力', '力争', '争取', '确保', '力促', '助力', '带动', '引领', '带领', '促进', '保持', '突破', '达到', '增长', '下降',
  '我市', '全市', '我省', '全省', '全国', '我国', '今年', '去年', '明年', '其中', '同时', '目前', '已', '已经', '正在', '将要', '继续', '进一步', '新增', '累计',
  '共', '各', '各类', '一批', '首批', '一系列', '这', '该', '此', '其', '这些', '通过', '按照', '根据', '随着', '作为', '包括', '位于', '总投资', '投资', '总',
  '谋划', '优先', '调研', '督导', '重塑', '锚定', '抢抓', '聚力', '筑牢', '夯实', '厚植', '激发', '释放', '拓展', '拓宽', '畅通', '深耕', '瞄准', '紧扣', '统筹',
  '承接', '吸引', '鼓励', '引导', '规范', '做强', '做优', '做大', '实行', '推行', '探索', '启用', '连接', '打通', '搭建', '营造', '汇聚', '创设', '转化', '出台',
  '印发', '制定', '编制', '发布', '召集', '部署', '要求', '强调', '指出', '表示', '介绍', '称', '据', '预计', '计划', '拟', '正', '将', '要', '需', '应', '能',
  '还', '也', '都', '又', '再', '更', '最', '很', '较', '比', '并', '而', '但', '则', '即', '就', '才', '仍', '均', '皆', '全力支持', '大力发展', '加快建设', '全面建设', '改善', '依托', '落实', '全面落实', '走上', '代表', '暨', '之', '举全市之力', '全年',
]);
/** Verbs that make a name part of a predicate when a complete name stands just before them (阳曲示范区 建设 …). */
export const PREDICATE_AFTER_NAME = new Set(['建设', '发展', '打造', '培育', '提升', '服务', '改造', '升级', '管理', '运营']);
/** Left stops that belong to a name when they start it (全国老年友好型示范社区, 全国物流枢纽…). */
export const STOP_BUT_NAME_START = new Set(['全国', '全省']);

/** Verbs that live inside names (智能制造项目, 综改示范区, 创新驱动发展战略); other verbs end a name. */
export const NAME_VERBS = new Set([
  '制造', '示范', '改', '综改', '驱动', '协同', '整治', '出口', '监管', '配送', '消费', '养老', '调控', '改扩建', '扩建', '供水', '引水', '治理', '保护',
  '开发', '转型', '创新', '孵化', '研发', '生产', '加工', '物流', '储能', '融合', '振兴', '再造', '倍增', '稳', '攻坚', '招商', '创业', '交易', '展览',
  '运输', '冶炼', '装备', '兴', '建设', '发展', '服务', '提升', '培育', '增长', '新建', '改造', '升级', '管理', '流通', '检测', '应用', '集成', '设计',
  '制', '建', '通', '投', '育', '可', '持续', '共享', '贸易', '监测', '防控', '救援', '控股', '联运', '转运', '综合', '联合', '直联', '处理', '指挥', '保税', '试验', '运营',
]);

/** Enumeration heads: "A、B、C等企业" types A, B and C. */
export const ENUM_HEADS: { head: RegExp; type: EntityType; subtype?: PlaceSubtype }[] = [
  // 等一批行业领军企业, 等商业航天企业: a few describing words may stand before the head noun.
  {
    head: /^(?:一批|一大批|[0-9]+[家户])?(?:(?!领域|项目|工程|平台|赛道|引|育|培|扶|支持|推动)[\u4e00-\u9fff]){0,6}?(?:企业|公司|集团|厂商|商家|老字号|龙头)(?![家企])/,
    type: 'Company',
  },
  { head: /^(?:一批|一大批)?(?:重大|重点|标志性|大|[\u4e00-\u9fff]{1,2}?)?(?:项目|工程|综合体)/, type: 'Project' },
  { head: /^(?:重点|主导|优势|新兴)?(?:产业|行业|领域)/, type: 'Industry' },
  { head: /^(?:开发区|园区|示范区|经济区|高新区)/, type: 'Place', subtype: 'zone' },
  { head: /^(?:县|区|县区|县\(市、区\)|市|城市|省会城市)/, type: 'Place' },
  { head: /^(?:重大|重要|系列)?(?:会议|展会|赛事|盛会)/, type: 'Event' },
  { head: /^(?:主题|系列|促消费)?活动/, type: 'Policy' },
  { head: /^(?:高校|院校|大学|科研院所|机构|平台|实验室|研究院)/, type: 'Organization' },
  { head: /^(?:行动|改革|政策|举措|措施|机制|战略)/, type: 'Policy' },
];

/** Roles that precede a person's name (市长张新伟, 太原市委书记韦韬). */
export const ROLES = [
  '省委书记', '市委书记', '县委书记', '区委书记', '省长', '副省长', '市长', '副市长', '县长', '区长', '书记', '主任', '局长', '董事长', '总经理', '总裁',
  '院长', '校长', '院士', '主席', '秘书长', '常委', '省委常委', '党委书记', '首席执行官', '创始人',
];

/** Statuses of projects (ontology attributes). */
export const STATUSES: { word: string; key: string }[] = [
  { word: '签约', key: '签约' }, { word: '开工', key: '开工' }, { word: '奠基', key: '开工' }, { word: '封顶', key: '封顶' }, { word: '竣工', key: '竣工' },
  { word: '建成', key: '竣工' }, { word: '通车', key: '通车' }, { word: '投产', key: '投产' }, { word: '点火投产', key: '投产' }, { word: '投用', key: '投产' },
  { word: '投运', key: '投产' }, { word: '开业', key: '开业' }, { word: '开园', key: '开业' }, { word: '开通运营', key: '通车' }, { word: '揭牌', key: '揭牌' },
];

/** Names made only of these words are generic (重点项目, 传统产业, 国家重点实验室) and not entities. */
export const GENERIC_PARTS = new Set([
  '重点', '重大', '新', '在建', '新开工', '开工', '产业', '基础设施', '民生', '省级', '市级', '国家级', '国家', '省', '市', '县', '区', '各类', '一批', '相关',
  '传统', '非传统', '新兴', '主导', '优势', '特色', '现代', '城市', '农村', '乡村', '社区', '老旧', '小区', '各', '亿元', '以上', '千亿级', '百亿级', '龙头',
  '大', '小', '中', '高', '低', '重点实验室', '实验室', '企业', '公司', '中心', '技术', '科技型', '中小', '骨干', '头部', '链主', '本地', '外资', '民营',
  '招商', '续建', '储备', '谋划', '签约', '投产', '竣工', '这', '该', '全部', '所有', '其他', '领域', '行业', '规上', '工业', '商业', '服务', '整体', '发展',
  '高质量', '全市', '全省', '全国', '本土', '地方', '一流', '公办', '民办', '公立', '方舱', '设备', '国字号', '民用', '支柱', '重要', '主要', '最大', '大型', '国有', '新型', '改扩建', '新建', '改造', '扩建', '新改扩建', '区域', '实体', '县域', '宏观', '开放型', '外向型', '国字号', '创新', '数字', '智能', '绿色', '首个', '多个', '两个', '三个', '下游', '上游', '配套', '本级', '基层',
]);

/** Words that end in a typing suffix without naming anything (布局 is not a bureau). */
export const FALSE_HEADS = new Set(['布局', '开局', '格局', '大局', '全局', '结局', '新局', '当局', '时局', '变局', '常委', '地区', '社区', '小区', '城区', '市区', '山区', '辖区', '矿区', '库区', '灾区', '园区', '校区', '城市', '都市', '超市', '古街', '老街', '地带', '集市', '股市', '楼市', '车市', '城乡']);
