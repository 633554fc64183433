// Rules: nested-place, in-place, administrative-parent, event-place, hosted-by-document-place.
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

  test('在X建设Y: the project is located in the zone', () => {
    const b = extract('北辰新材料有限公司年产5万吨电池材料项目在青禾经济开发区开工。');
    expect(byRule(b, 'in-place')).toEqual(['北辰新材料有限公司年产5万吨电池材料项目→青禾经济开发区']);
  });

  test('a county and its prefecture named in one sentence (reference data): PART_OF', () => {
    const b = extract('太原市下辖阳曲县和清徐县。');
    expect(byRule(b, 'administrative-parent')).toEqual(['清徐县→太原市', '阳曲县→太原市']);
  });

  test('names inside other names are not parents (山西电机 and 太原锅炉 hold no 山西 and 太原)', () => {
    const b = extract('山西电机、太原锅炉等企业稳产增产。', '2025年太原市政府工作报告');
    expect(byRule(b, 'administrative-parent')).toEqual([]);
  });

  test('an event held at home (成功举办) is held in the report\'s place, implicitly', () => {
    const b = extract('成功举办青禾国际物流博览会。');
    expect(byRule(b, 'hosted-by-document-place')).toEqual(['青禾国际物流博览会→青禾市 (implicit)']);
  });
});
