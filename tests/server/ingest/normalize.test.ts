import fc from 'fast-check';
import { normalizeText } from '../../../server/ingest/normalize';
import { splitSentences } from '../../../server/ingest/sentences';

describe('normalizeText', () => {
  test('joins a sentence that page layout broke, keeps paragraph breaks after headings', () => {
    const raw =
      '青禾县经济工作会议召开，会议要求大力发展战略\n\n性新兴产业和现代物流业，推动全县经济高质量发展。\n\n工作回顾\n\n过去一年成绩显著。';
    const c = normalizeText(raw);
    expect(c.text).toBe(
      '青禾县经济工作会议召开，会议要求大力发展战略性新兴产业和现代物流业，推动全县经济高质量发展。\n工作回顾\n过去一年成绩显著。',
    );
  });

  test('removes edition markers, markdown emphasis and headings, photo captions, layout spaces around digits', () => {
    const raw =
      '# 报告\n\n(上接第1版)**坚持创新驱动，**全县生产总值实现 512.6 亿元,增长 9.2%。（下转第3版）\n\n青禾电子新厂房。资料图片\n\n园区夜景（李明 摄）\n\n下一段。';
    const c = normalizeText(raw);
    expect(c.text).toBe('报告\n坚持创新驱动，全县生产总值实现512.6亿元,增长9.2%。\n下一段。');
  });

  test('does not join list items', () => {
    const c = normalizeText(
      '- 获批设立临川跨境电子商务综合试验区并完成首单业务办理\n- 入选首批全国文化和旅游消费试点城市名单并获得资金支持',
    );
    expect(c.text.split('\n')).toHaveLength(2);
  });

  test('every clean character maps back to the same raw character (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '太',
            '原',
            '市',
            '。',
            '\n',
            ' ',
            '2',
            '*',
            '(',
            '上接第1版',
            ')',
            '资料图片',
            '# ',
            '项目',
            'a',
            '\r\n',
            '，',
          ),
          { maxLength: 80 },
        ),
        (parts) => {
          const raw = parts.join('');
          const c = normalizeText(raw);
          expect(c.toRaw).toHaveLength(c.text.length + 1);
          for (let i = 0; i < c.text.length; i++) {
            if (c.text[i] !== '\n') expect(raw[c.toRaw[i]]).toBe(c.text[i]);
            if (i > 0) expect(c.toRaw[i]).toBeGreaterThan(c.toRaw[i - 1]);
          }
        },
      ),
    );
  });
});

describe('splitSentences', () => {
  test('splits at sentence ends and line ends, keeps closing quotes, trims', () => {
    const text = '他说：“项目开工了。”随后签约！第二项；\n标题行\n  末句';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '他说：“项目开工了。”',
      '随后签约！',
      '第二项；',
      '标题行',
      '末句',
    ]);
  });

  test('spans are ordered, inside the text, never empty (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
          last = s.end;
        }
      }),
    );
  });
});
