// Rules: nested-place, in-place, administrative-parent, event-place, hosted-by-document-place, segment-of.
import { byRule, extract } from './helpers';

describe('where things are', () => {
  test('a zone named inside a park is its parent; a project named after a place is in it', () => {
    const b = extract('青禾经济开发区北辰产业园加快建设，青禾市北辰湖大桥开工。');
    expect(byRule(b, 'nested-place')).toEqual(expect.arrayContaining(['青禾经济开发区北辰产业园→青禾经济开发区']));
  });

  test('a company is not located in the province its name holds (山西电机 is a company)', () => {
    const b = extract('山西电机有限公司扩大生产。');
    expect(byRule(b, 'nested-place')).toEqual([]);
  });

  test('works named after a river or a region are about it, not located in it', () => {
    const b = extract('汾河五期工程开工建设，黄河流域生态保护工程加快推进，太原市北辰大桥开工。');
    expect(byRule(b, 'nested-place').filter((r) => /汾河|黄河/.test(r.split('→')[1]))).toEqual([]);
    expect(byRule(b, 'nested-place')).toContain('太原市北辰大桥→太原市');
  });

  test("a line's ends are where it stands only within the report's place (阜阳至黄冈 runs beyond 江苏)", () => {
    const b = extract('实施京沪高速新沂至江都段扩建，推进京港高铁阜阳至黄冈段建设。', '2025年江苏省政府工作报告');
    expect(byRule(b, 'nested-place')).toEqual(['京沪高速新沂至江都段→新沂市', '京沪高速新沂至江都段→江都区']);
  });

  test('a metropolitan area named after its city holds the city, not the other way round', () => {
    const b = extract('加快太原都市圈建设，推进太原北辰博物馆建设。', '2025年太原市政府工作报告');
    expect(byRule(b, 'nested-place')).toEqual(['太原北辰博物馆→太原市', '太原市→太原都市圈']);
    expect(byRule(b, 'nested-place', 'PART_OF')).toEqual(['太原市→太原都市圈']);
  });

  test('a listed project named by its firm first: the firm develops it', () => {
    const b = extract('推进岚擎机器人全球生产制造中心、岚拓光子通信芯片等项目建设。');
    expect(byRule(b, 'nested-developer')).toEqual(
      ['岚擎机器人→岚擎机器人全球生产制造中心', '岚拓光子→岚拓光子通信芯片'].sort(),
    );
  });

  test('X项目，在Y…投产: a clause opening with 在 continues the subject the clause before closed with', () => {
    const b = extract('北辰新材料有限公司年产5万吨电池材料项目，在青禾经济开发区实现投产，带动就业。');
    expect(byRule(b, 'in-place')).toEqual(['北辰新材料有限公司年产5万吨电池材料项目→青禾经济开发区']);
  });

  test('在X建设Y: the project is located in the zone', () => {
    const b = extract('北辰新材料有限公司年产5万吨电池材料项目在青禾经济开发区开工。');
    expect(byRule(b, 'in-place')).toEqual(['北辰新材料有限公司年产5万吨电池材料项目→青禾经济开发区']);
  });

  test('A、B等企业迁入X: each company is located in the zone it moves into', () => {
    const b = extract('北辰科技有限公司、云岭材料有限公司等企业迁入青禾经济开发区。');
    expect(byRule(b, 'in-place')).toEqual(['云岭材料有限公司→青禾经济开发区', '北辰科技有限公司→青禾经济开发区']);
  });

  test('a county written under its prefecture (下辖, or right after it; reference data): PART_OF', () => {
    const b = extract('太原市下辖阳曲县和清徐县。');
    expect(byRule(b, 'administrative-parent')).toEqual(['清徐县→太原市', '阳曲县→太原市']);
    expect(byRule(extract('太原市阳曲县建成一批项目。'), 'administrative-parent')).toEqual(['阳曲县→太原市']);
  });

  test('a county and its prefecture merely named in one sentence are no PART_OF statement', () => {
    const b = extract('阳曲县与太原市中心城区联动发展。');
    expect(byRule(b, 'administrative-parent')).toEqual([]);
  });

  test('a county named before its prefecture (县…，我市) is no PART_OF statement: the parent must come first', () => {
    const b = extract('阳曲县、清徐县全面完成任务，太原市经济稳步增长。', '2025年太原市政府工作报告');
    expect(byRule(b, 'administrative-parent')).toEqual([]);
  });

  test('names inside other names are not parents (山西电机 and 太原锅炉 hold no 山西 and 太原)', () => {
    const b = extract('山西电机、太原锅炉等企业稳产增产。', '2025年太原市政府工作报告');
    expect(byRule(b, 'administrative-parent')).toEqual([]);
  });

  test("an event held at home (成功举办) is held in the report's place, implicitly", () => {
    const b = extract('成功举办青禾国际物流博览会。');
    expect(byRule(b, 'hosted-by-document-place')).toEqual(['青禾国际物流博览会→青禾市 (implicit)']);
  });

  test('hosting anywhere in the sentence (等成功举办, 办好); attending is not hosting', () => {
    const b = extract('青禾国际物流博览会、北辰文化论坛等活动成功举办。市长出席云岭国际车展。');
    expect(byRule(b, 'hosted-by-document-place')).toEqual([
      '北辰文化论坛→青禾市 (implicit)',
      '青禾国际物流博览会→青禾市 (implicit)',
    ]);
  });

  test('an event held where its name says, the city and not the country opening it; a session is in its name', () => {
    const b = extract('办好中国(太原)国际能源产业博览会。', '2025年山西省政府工作报告');
    // (the fair is known by its short name 能博会)
    expect(byRule(b, 'event-place').map((r) => r.split('→')[1])).toEqual(['太原市']);
    const c = extract('在青禾市第十六届人民代表大会第四次会议上。');
    expect(c.entities.map((e) => e.name_zh)).toContain('青禾市第十六届人民代表大会第四次会议');
  });
});

describe('one entity per thing, and the parts of things', () => {
  test('project variants are one entity; phases stay apart and are part of it', () => {
    const b = extract('北辰地铁1号线进展顺利，地铁1号线、轨道交通1号线二期加快建设。', '2025年北辰市政府工作报告');
    const projects = b.entities
      .filter((e) => e.type === 'Project')
      .map((e) => e.name_zh)
      .sort();
    expect(projects).toEqual(['北辰地铁1号线', '轨道交通1号线二期']);
    expect(byRule(b, 'phase-of')).toEqual(['轨道交通1号线二期→北辰地铁1号线']);
  });

  test('a segment named after its line (X高铁Y段, X高速Y至Z段) is part of the line; a line is no segment', () => {
    const b = extract(
      '建成青禾高铁北辰段，推进云岭高速公路青禾至北辰段建设，开通北辰高铁。',
      '2025年云岭省政府工作报告',
    );
    expect(byRule(b, 'segment-of')).toEqual(
      ['云岭高速公路青禾至北辰段→云岭高速公路', '青禾高铁北辰段→青禾高铁'].sort(),
    );
  });

  test('a strategy named inside a zone supports the zone it creates', () => {
    const b = extract('加快太忻一体化经济区建设。', '2025年太原市政府工作报告');
    expect(byRule(b, 'zone-of-strategy')).toEqual(['太忻一体化→太忻一体化经济区']);
  });
});
