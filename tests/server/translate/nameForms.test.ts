import {
  foldLatin,
  foldLatinForms,
  personName,
  pinyinKey,
  pinyinKeys,
  pinyinWord,
  pinyinWords,
  splitPinyin,
  tonedPinyin,
} from '../../../server/text/nameForms';

describe('name forms (one definition for the translator and the search keys)', () => {
  test('pinyin for display keeps ü and the apostrophe before a, o, e', () => {
    expect(pinyinWord('绿谷')).toBe('Lügu');
    expect(pinyinWord('西安')).toBe("Xi'an");
    expect(pinyinWord('青禾')).toBe('Qinghe');
  });

  test('a name nothing translates is written in words of at most two syllables', () => {
    expect(pinyinWords('青禾丰泽')).toEqual(['Qinghe', 'Fengze']);
    expect(pinyinWords('青禾丰')).toEqual(['Qinghe', 'Feng']);
    expect(pinyinWords('青禾2号')).toEqual(['Qinghe', '2', 'Hao']);
  });

  test('persons are Surname Given, compound surnames and surname readings kept', () => {
    expect(personName('张新伟')).toBe('Zhang Xinwei');
    expect(personName('欧阳青禾')).toBe('Ouyang Qinghe');
    expect(personName('司马青')).toBe('Sima Qing');
    expect(personName('单立平')).toBe('Shan Liping');
    expect(personName('曾一')).toBe('Zeng Yi');
    expect(personName('买买提·艾力')).toBe('Maimaiti Aili');
  });

  test('search keys fold ü to v and also hold the u spelling; initials', () => {
    expect(pinyinKeys('绿谷')).toEqual({ full: ['lvgu', 'lugu'], initials: 'lg' });
    expect(pinyinKeys('青禾')).toEqual({ full: ['qinghe'], initials: 'qh' });
  });

  test('English names fold ü to v (or u), never dropping it', () => {
    expect(foldLatin('Lügu Mountain')).toBe('lvgu mountain');
    expect(foldLatin('Lügu', 'u')).toBe('lugu');
    expect(foldLatinForms('Lügu Park')).toEqual(['lvgu park', 'lugu park']);
    expect(foldLatin("Xi'an Café, Ltd.")).toBe('xi an cafe ltd');
  });

  test('a Latin word splits into pinyin syllables, or is not pinyin', () => {
    expect(splitPinyin('Qinxianjie')).toEqual(['qin', 'xian', 'jie']);
    expect(splitPinyin('xinan')).toEqual(['xin', 'an']);
    expect(splitPinyin('Lügu')).toEqual(['lv', 'gu']);
    expect(splitPinyin('Bank')).toBeNull();
    expect(splitPinyin('Street')).toBeNull();
  });

  test('one ü rule: display keeps ü, every key spells it v, none drops it', () => {
    expect(pinyinWord('吕梁')).toBe('Lüliang');
    expect(pinyinKeys('吕梁').full).toEqual(['lvliang', 'luliang']);
    expect(pinyinKey('Lüliang')).toBe('lvliang');
    expect(pinyinKey('Lu:3 liang2')).toBe('lvliang');
    expect(pinyinKey(pinyinWord('吕梁'))).toBe(pinyinKeys('吕梁').full[0]);
    expect(foldLatin(pinyinWord('吕梁'))).toBe('lvliang');
    expect(pinyinKey("Xi'an")).toBe('xian');
  });

  test('glosses read a word with tone marks, ü kept', () => {
    expect(tonedPinyin('绿谷')).toBe('lǜ gǔ');
    expect(tonedPinyin('政策')).toBe('zhèng cè');
  });
});
