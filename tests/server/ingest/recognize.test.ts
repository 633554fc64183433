// Recognition rules of the genre on sentences written for the test.
import { alike, CorrectionIndex } from '../../../server/ingest/corrections';
import { Extractor } from '../../../server/ingest/pipeline';

const extractor = new Extractor();
const entities = (text: string, type?: string) =>
  extractor
    .extractText(text, { fileName: 't.txt', meta: { title_zh: '青禾市2025年政府工作报告', year: 2025 } })
    .entities.filter((e) => !type || e.type === type);
const names = (text: string, type?: string) =>
  entities(text, type)
    .map((e) => e.name_zh)
    .sort();

describe('names from their heads and enumerations', () => {
  test('short items share the head that completes them (北辰、青禾等实验室)', () => {
    const got = entities('北辰、云岭等实验室加快建设。', 'Organization');
    expect(got.map((e) => e.name_zh).sort()).toEqual(['云岭实验室', '北辰实验室']);
    expect(got.find((e) => e.name_zh === '北辰实验室')?.aliases).toContain('北辰');
  });

  test('an explicit head types the items over their own suffixes (等项目)', () => {
    expect(names('完成青禾老年福利院、北辰儿童医院等项目建设。', 'Project')).toEqual([
      '北辰儿童医院',
      '青禾老年福利院',
    ]);
  });

  test('items of 等企业 with describing words before the head', () => {
    expect(names('培育了云岭智造、北辰聚能等一批行业领军企业。', 'Company')).toEqual(['云岭智造', '北辰聚能']);
  });

  test('lines named by their ends share the head (A至B、C经D至E等高铁); relocations are projects (迁建)', () => {
    expect(names('争取青禾至北辰、青禾经云岭至东川等高铁纳入规划。', 'Project')).toEqual(
      ['青禾至北辰高铁', '青禾经云岭至东川高铁'].sort(),
    );
    expect(names('推进市第五人民医院迁建、市儿童医院改扩建等项目建设。', 'Project')).toEqual(
      ['市儿童医院改扩建', '市第五人民医院迁建'].sort(),
    );
  });

  test('a qualifier stays after the completed name; ordinals and levels belong to names and heads', () => {
    expect(names('青北（扩建）、云禾等高速公路建成通车。', 'Project')).toEqual(
      ['云禾高速公路', '青北高速公路(扩建)'].sort(),
    );
    expect(names('加快第三水厂、北辰水厂等重点项目建设。', 'Project')).toEqual(['北辰水厂', '第三水厂'].sort());
    expect(names('成果应用于青禾探测、北辰深潜等国家重大工程。', 'Project')).toEqual(['北辰深潜', '青禾探测'].sort());
  });

  test('a list is no name where its items are predicates, and a verb or a status around it is not part of it', () => {
    expect(names('培育规模大、质量高、信誉好等企业。', 'Company')).toEqual([]);
    expect(names('开工建设青北铁路、云禾机场等项目。', 'Project')).toEqual(['云禾机场', '青北铁路'].sort());
    expect(names('青北高速、云禾环线交工验收。', 'Project')).toEqual(['云禾环线', '青北高速'].sort());
  });

  test('以A、B、C为龙头: the items are companies, even where jieba glues 为 to the last one', () => {
    expect(names('培育以岚拓、禾芯、钧瀚为龙头的新材料产业。', 'Company')).toEqual(['岚拓', '禾芯', '钧瀚'].sort());
  });

  test('a known company opening the last item of a list types its siblings (岚拓、比亚迪冲刺百亿)', () => {
    expect(names('支持岚拓、比亚迪冲刺百亿规模。', 'Company')).toEqual(['岚拓', '比亚迪'].sort());
  });

  test('systems named by 制 and lists by 清单 are policies; 体制, 控制 are words', () => {
    expect(
      names('推行项目首席负责制、经费包干制，完善市场准入负面清单，深化管理体制改革，严格控制。', 'Policy'),
    ).toEqual(['市场准入负面清单', '管理体制改革', '经费包干制', '项目首席负责制'].sort());
  });

  test('a designation runs to its full head (试点城市), also after 巩固', () => {
    expect(names('我市成为首批国家数据要素试点城市，巩固国家园林城市成果。', 'Policy')).toEqual(
      ['国家园林城市', '国家数据要素试点城市'].sort(),
    );
  });

  test('the noun after a numbered slogan completes its name (“两山”理论, “九乱”整治)', () => {
    expect(names('践行“两山”理论，深入开展“九乱”整治。', 'Policy')).toEqual(['两山理论', '九乱整治'].sort());
  });

  test('programme names hold verbs, back to the verb that governs them', () => {
    expect(names('深化营商环境优化提升行动，实施服务业扩能提质行动。', 'Policy')).toEqual(
      ['营商环境优化提升行动', '服务业扩能提质行动'].sort(),
    );
  });

  test('generic phrases are not entities; the year before a name is not part of it', () => {
    expect(names('推进城市建设项目和污染治理工程，建设物流园区，支持上市公司发展。', 'Project')).toEqual([]);
    expect(names('推进城市建设项目。', 'Company')).toEqual([]);
    expect(names('2025年青禾经济开发区加快发展。', 'Place')).toContain('青禾经济开发区');
  });

  test('a railway merely named is a place, one being built is a project', () => {
    expect(entities('依托青禾铁路和北辰机场发展物流。').find((e) => e.name_zh === '青禾铁路')?.type).toBe('Place');
    expect(entities('加快青禾铁路建设。').find((e) => e.name_zh === '青禾铁路')?.type).toBe('Project');
  });

  test('what starts, opens or is completed is a project, across a list and an adverb (等开工建设, 正式投用)', () => {
    expect(names('青禾理工大学南岸校区、北辰医院东湖院区等开工建设。', 'Project')).toEqual(
      ['北辰医院东湖院区', '青禾理工大学南岸校区'].sort(),
    );
    expect(names('北辰会议中心二期、云岭国际会展中心正式投用。', 'Project')).toEqual(
      ['云岭国际会展中心', '北辰会议中心二期'].sort(),
    );
    // 开业 of a street or a park opening is no construction status: the items keep their own types.
    expect(entities('青禾古街、北辰公园正式开业。').find((e) => e.name_zh === '北辰公园')?.type).toBe('Place');
  });

  test('a belt or a ring is named by what it runs along or around (沿…带, 环…圈)', () => {
    expect(names('推进沿青禾产业创新带、环洞庭湖科创圈建设。', 'Place')).toEqual(
      expect.arrayContaining(['沿青禾产业创新带', '环洞庭湖科创圈']),
    );
  });

  test('ring roads: repaired or built a project, else a landmark; a count of rings is neither (三环时代)', () => {
    const got = entities('东三环、西北三环大修顺利完工，实现四环路以内信号灯调度，城市跨入“三环时代”。');
    const type = (n: string) => got.find((e) => e.name_zh === n)?.type;
    expect([type('东三环'), type('西北三环'), type('四环路')]).toEqual(['Project', 'Project', 'Place']);
    expect(got.map((e) => e.name_zh)).not.toContain('三环');
  });

  test('"the first" counts a thing and is no part of its name (开通首趟…班列)', () => {
    expect(names('开通首趟青禾班列。', 'Project')).toEqual(['青禾班列']);
  });

  test('a station opened is a project; science cities and business districts are zones', () => {
    expect(entities('上海虹桥站开通运营。').find((e) => e.name_zh === '上海虹桥站')?.type).toBe('Project');
    // (the report's own place is kept too, as the implicit supporter of both)
    const zones = entities('支持青禾科学城、北辰金融商务区联动发展。', 'Place').filter((e) => e.name_zh !== '青禾市');
    expect(zones.map((e) => e.name_zh).sort()).toEqual(['北辰金融商务区', '青禾科学城']);
    expect(zones.every((e) => e.subtype === 'zone')).toBe(true);
  });

  test('a phase of works named after a national body is a project, not a designation (国家…中心二期)', () => {
    expect(names('国家青禾会议中心二期正式投用。', 'Project')).toEqual(['国家青禾会议中心二期']);
  });

  test('nouns jieba tags as adverbs stay inside a name (首都…会展中心)', () => {
    expect(names('首都北辰会展中心正式投用。', 'Project')).toEqual(['首都北辰会展中心']);
  });

  test('a last item that jieba splits before 等 keeps its last character (…国际会都等重点项目)', () => {
    expect(names('加快第四使馆区、青禾湖国际会都等重点项目建设。', 'Project')).toEqual(
      ['第四使馆区', '青禾湖国际会都'].sort(),
    );
  });

  test('a highway after a place name is a project when built, a landmark when not; a kind of road is neither', () => {
    expect(entities('新建太古公路。').find((e) => e.name_zh === '太古公路')?.type).toBe('Project');
    expect(entities('沿着太古公路前行。').find((e) => e.name_zh === '太古公路')?.type).toBe('Place');
    expect(names('建成旅游公路189公里。')).not.toContain('旅游公路');
  });

  test('a building that the clause builds is a project, a research centre stays an institution', () => {
    expect(entities('建成青禾文旅大数据中心。').find((e) => e.name_zh === '青禾文旅大数据中心')?.type).toBe('Project');
    expect(entities('建成青禾考古研究中心。').find((e) => e.name_zh === '青禾考古研究中心')?.type).toBe('Organization');
  });

  test('a direction inside a name (枢纽西环线) does not cut it', () => {
    expect(names('推动青禾铁路枢纽西环线开工建设。', 'Project')).toEqual(['青禾铁路枢纽西环线']);
  });

  test('what lists on an exchange is a company; an exchange before 上市公司 is not', () => {
    expect(names('青禾科技、北辰工业成功上市。', 'Company')).toEqual(['北辰工业', '青禾科技']);
    expect(names('科创板、北交所上市公司数量居全国第一。', 'Company')).toEqual([]);
  });

  test('works rebuilt or widened after a list are projects; a list of activities is not (老旧小区改造)', () => {
    expect(names('青禾公路、北辰北线新建改造，确保青禾客运专线投入使用。', 'Project')).toEqual(
      ['北辰北线', '青禾公路', '青禾客运专线'].sort(),
    );
    expect(names('扎实做好城中村、老旧小区改造。', 'Project')).toEqual([]);
  });

  test('a list continued by 续建 keeps the verb out of its first name', () => {
    expect(names('续建青禾路北辰大道、云岭互通立交桥等路桥工程。', 'Project')).toContain('青禾路北辰大道');
  });

  test('the size of an investment between a count and the head; an amount names no project', () => {
    const got = names('青禾Q工厂、北辰聚乳酸等11个投资超10亿元工业项目竣工投产。', 'Project');
    expect(got).toEqual(['北辰聚乳酸', '青禾Q工厂']);
  });

  test('a list head may give an approximate count (等近20个项目); a counted kind is no name (三座中型水库)', () => {
    expect(names('将青禾动力、北辰药业等近20个项目列为新开工项目。', 'Project')).toEqual(['北辰药业', '青禾动力']);
    expect(names('加快青禾上林、北辰六甲等三座中型病险水库除险加固。', 'Project')).not.toContain('三座中型病险水库');
  });
});

describe("numbers, dynasties and counts at a name's edges", () => {
  test('a line number opens its name (2号线二期工程); a dynasty opens a site (汉魏…); a year does not', () => {
    expect(names('推动青禾3号线一期、2号线二期工程尽快开工。', 'Project')).toEqual(['2号线二期工程', '青禾3号线一期']);
    expect(names('汉魏北辰故城遗址博物馆等文化新地标建成开放。', 'Project')).toEqual(['汉魏北辰故城遗址博物馆']);
    expect(names('2024年北辰星链建成投运，3月北辰东站建成投用。', 'Project')).toEqual(['北辰东站', '北辰星链']);
  });

  test('a count after the last item opens the head; describing words may stand before 工程', () => {
    expect(names('青禾综合基地、北辰水厂2项市政配套设施建设工程具备运行条件。', 'Project')).toEqual([
      '北辰水厂',
      '青禾综合基地',
    ]);
  });

  test('roads under a maintenance head stay places (…维修改造工程)', () => {
    expect(names('实施青禾西大街、北辰路等维修改造工程。', 'Project')).toEqual([]);
  });
});

describe('names inside names', () => {
  test('a port area after its city and a park after the zone that holds it are places of their own', () => {
    expect(names('实施连云港云岭港区疏港航道等项目。', 'Place')).toContain('云岭港区');
    const zones = names('在青禾经济技术开发区北辰工业园区实现投产。', 'Place');
    expect(zones).toEqual(['北辰工业园区', '青禾经济技术开发区']);
    expect(zones).not.toContain('青禾经济技术开发区北辰工业园区');
  });

  test('a park named after its province is one name (山西…产业园)', () => {
    expect(names('推进山西青禾产业园建设。', 'Place')).not.toContain('青禾产业园');
    expect(names('推进山西青禾产业园建设。', 'Project')).toEqual(['山西青禾产业园']);
  });

  test('the country inside a set phrase of the doctrine is not a mention (中国特色社会主义)', () => {
    expect(names('坚持以新时代中国特色社会主义思想为指导，推进中国式现代化。', 'Place')).toEqual([]);
    expect(names('我国经济长期向好。', 'Place')).toEqual(['中国']);
  });
});

describe('firms named inside works and lists', () => {
  test('the firm whose headquarters is built names itself first; a site for headquarters names no firm', () => {
    expect(names('推进北辰智造全球总部、云岭机器人华北总部建设。', 'Company')).toEqual(['云岭机器人', '北辰智造']);
    expect(names('打造青禾区域总部基地。', 'Company')).toEqual([]);
  });

  test('items before 等市属国企 are companies', () => {
    expect(names('北辰集团、云岭控股等市属国企迁入新区。', 'Company')).toEqual(['云岭控股', '北辰集团']);
  });
});

describe('lists of fields', () => {
  test('a list of works holding a known industry lists fields (新能源汽车、机器人等重点项目); firms stay works', () => {
    expect(names('推进新能源汽车、机器人、云岭航天等重点项目。', 'Industry')).toEqual([
      '云岭航天',
      '新能源汽车',
      '机器人',
    ]);
    expect(names('推进新能源汽车、机器人、云岭航天等重点项目。', 'Project')).toEqual([]);
    expect(names('推进青禾电池、北辰储能等重点项目。', 'Project')).toEqual(['北辰储能', '青禾电池']);
  });
});

describe('list heads with sizes and statuses', () => {
  test('an investment size without digits stands before the head (等一批总投资超亿元的项目)', () => {
    expect(names('引进了青禾精密轴承、北辰光子等一批总投资超亿元和超千万美元的高水平项目。', 'Project')).toEqual([
      '北辰光子',
      '青禾精密轴承',
    ]);
  });

  test('the head of a list before a status is a kind; its items are what started (等15个企业先后投产)', () => {
    expect(names('青禾包装、北辰汽车系统等15个高科技企业先后投产。', 'Project')).toEqual([]);
    expect(names('青禾包装、北辰汽车系统等15个高科技企业先后投产。', 'Company')).toEqual(['北辰汽车系统', '青禾包装']);
  });
});

describe('places glued to a word', () => {
  test('the compatriots of a place are named after it (台湾同胞)', () => {
    expect(names('向香港同胞、台湾同胞和海外侨胞表示感谢。', 'Place')).toEqual(
      expect.arrayContaining(['台湾省', '香港特别行政区']),
    );
  });
});

describe('short names among short names', () => {
  test('a word of the language listed among short names is a name too (长风、亲贤…等商圈); alone it is not', () => {
    expect(names('提升长风、云岭、北辰等重点商圈服务功能。', 'Place')).toEqual(['云岭商圈', '北辰商圈', '长风商圈']);
    expect(names('设备、材料等项目加快建设。', 'Project')).toEqual([]);
  });
});

describe('verbs before a name', () => {
  test('布局建设, 谋划 and 战胜 govern the name after them', () => {
    expect(names('布局建设青禾新能源产业带。', 'Place')).toEqual(['青禾新能源产业带']);
  });
});

describe('river sections', () => {
  test('a known river and a known place before 段 name a section (黄河郑州段, 长江干流江苏段)', () => {
    expect(names('黄河郑州段堤防加固，长江干流江苏段水质稳定。', 'Place')).toEqual(
      expect.arrayContaining(['黄河郑州段', '长江干流江苏段']),
    );
    expect(names('推进青禾段施工。', 'Place')).toEqual([]);
  });
});

describe('zones of a kind', () => {
  test('kinds of works and services without a proper word are no names (养老服务设施, 港口码头, 高等级航道)', () => {
    expect(names('完善养老服务设施，建设港口码头、会展场馆和高等级航道，改造大中型灌区。', 'Project')).toEqual([]);
    expect(names('建设北辰港区云岭码头。', 'Project')).toEqual(['北辰港区云岭码头']);
  });

  test('a hotline without a proper word names a kind (市民服务热线); with one it names a service', () => {
    expect(names('畅通市民服务热线和心理援助热线。', 'Project')).toEqual([]);
    expect(names('建好青禾心理援助热线。', 'Project')).toEqual(['青禾心理援助热线']);
  });

  test('a count before a name counts a kind, its measure word glued to the name or not (6座远城区…)', () => {
    expect(names('新建、改建6座远城区污水处理厂，建成3座乡镇污水处理厂。', 'Project')).toEqual([]);
    expect(names('建成青禾6号线。', 'Project')).toEqual(['青禾6号线']);
  });

  test('a zone head without a proper word names a kind (现有开发区, 城市活力片区); with one it names a zone', () => {
    expect(names('整合提升现有开发区，打造城市活力片区和人工智能集聚区。', 'Place')).toEqual([]);
    expect(names('推进北辰开发区、云岭片区建设。', 'Place')).toEqual(['云岭片区', '北辰开发区']);
  });
});

describe('villages and ports', () => {
  test('a village after a proper word is a place; 乡村 and 城中村 are not', () => {
    expect(names('河底村断面水质达到Ⅲ类。', 'Place')).toContain('河底村');
    expect(names('推进城中村改造和美丽乡村建设。', 'Place')).toEqual([]);
  });

  test('a port built as works is a project (…科技创新港, …物流园); opening a port is not a name', () => {
    expect(names('推进青禾农业科技创新港和北辰物流园建设。', 'Project')).toEqual(['北辰物流园', '青禾农业科技创新港']);
    expect(names('青禾港中心作业区开港运营。', 'Project')).not.toContain('青禾港中心作业区开港');
  });
});

describe('places written together', () => {
  test('a place glued to its parent by jieba (山西太原) is two mentions; places are not built (…迎泽区建成)', () => {
    expect(names('山西太原加快建设。', 'Place')).toEqual(['太原市', '山西省']);
    expect(names('太原市迎泽区建成一批项目。', 'Project')).toEqual([]);
  });
});

describe('programme names', () => {
  test('predicates and adverbs before a head name no programme (全面深化改革); a named reform does', () => {
    expect(names('进一步全面深化改革，推进青禾零基预算改革。', 'Policy')).toEqual(['青禾零基预算改革']);
  });

  test('descriptions headed by 体系, 举措, 措施 are not programmes unless numbered or composite', () => {
    expect(names('构建现代化产业体系，推出更多开放举措，出台一系列政策措施。', 'Policy')).toEqual([]);
    expect(names('完善青禾1+7+4人才政策体系。', 'Policy')).toEqual(['青禾1+7+4人才政策体系']);
  });

  test('a count with its measure word glued to a programme head counts a kind (等30项市级疏堵工程)', () => {
    expect(names('实施青禾坎等30项市级疏堵工程。', 'Policy')).toEqual([]);
  });

  test('an enumerating ordinal and a governing verb stay outside the name (三是…, 深入开展…)', () => {
    expect(names('三是深入开展青禾优品行动。', 'Policy')).toEqual(['青禾优品行动']);
  });
});

describe('titles, short forms, notes', () => {
  test('a titled document is a policy named by its title; a titled work of art is not', () => {
    const got = names('制定《青禾市优化营商环境若干措施》，电影《北辰之光》热映。', 'Policy');
    expect(got).toEqual(['青禾市优化营商环境若干措施']);
  });

  test('a short form introduced as (以下简称X) is the same entity wherever it recurs', () => {
    const e = entities('组建青禾新材料有限公司（以下简称“青禾材料”）。青禾材料投资建设电池项目。', 'Company');
    expect(e.map((x) => x.name_zh)).toEqual(['青禾新材料有限公司']);
    expect(e[0].aliases).toContain('青禾材料');
  });

  test('a glossary note is not part of a name; the resultative 好 does not start one', () => {
    expect(names('发展南珠（指北部湾珍珠）产业。', 'Industry')).toEqual(['南珠产业']);
    expect(names('落实好育儿补贴制度。', 'Policy')).toEqual(['育儿补贴制度']);
  });
});

describe('print errors', () => {
  test('characters alike in shape (a listed pair) or, within a document, in sound', () => {
    expect(alike('大', '太')).toBe(true);
    expect(alike('禾', '河')).toBe(false);
    expect(alike('禾', '河', true)).toBe(true);
  });

  test('one character off one known name of the same type', () => {
    const index = new CorrectionIndex([
      { name: '太钢', type: 'Company' },
      { name: '井冈', type: 'Place' },
    ]);
    expect(index.correct('大钢', 'Company')).toBe('太钢');
    expect(index.correct('大钢', 'Place')).toBeUndefined();
    expect(index.correct('大铁', 'Company')).toBeUndefined();
  });

  test('a misprint becomes an alias of the known company, recorded as a correction', () => {
    const taigang = entities('全面保障富士康、大钢等企业稳产增产。').find((e) => e.name_zh === '太钢集团');
    expect(taigang?.aliases).toContain('大钢');
    expect(taigang?.facts.find((f) => f.kind === 'correction')).toMatchObject({ value: '大钢' });
  });
});
