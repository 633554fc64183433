// CC-CEDICT senses for names: a proper noun whose English is its pinyin is marked so, ü included.
import { wordSenses } from '../../../server/translate/senses';

describe('proper nouns in CC-CEDICT', () => {
  test('a name CC-CEDICT gives in pinyin with ü is pinyin, not an English name (吕梁: Lüliang)', () => {
    expect(wordSenses().get('吕梁')).toEqual({ proper: { en: null } });
    expect(wordSenses().get('旅顺')).toEqual({ proper: { en: null } });
    expect(wordSenses().get('郑州')).toEqual({ proper: { en: null } });
  });

  test('a name with an English name of its own keeps it', () => {
    expect(wordSenses().get('长江')?.proper).toEqual({ en: 'Yangtze River' });
  });
});
