// Streets, roads and bridges read in pinyin with their kind, direction and extension in English.
import { streetName } from '../../../server/translate/placeNames';

describe('street names', () => {
  test.each([
    ['青禾大街', 'Qinghe Avenue'],
    ['丰泽东路', 'Fengze East Road'],
    ['青禾桥', 'Qinghe Bridge'],
    ['丰泽大街东延', 'Fengze Avenue East Extension'],
    ['青禾北巷', 'Qinghe North Lane'],
  ])('%s → %s', (zh, en) => {
    expect(streetName(zh)).toBe(en);
  });

  test('a railway, a road of one character and a name without a street word are not streets', () => {
    expect(streetName('铁路')).toBeNull();
    expect(streetName('公路')).toBeNull();
    expect(streetName('青禾丰泽')).toBeNull();
  });
});
